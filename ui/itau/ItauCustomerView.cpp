#include "ItauCustomerView.h"

#include "DisplayFormat.h"
#include "ItauManagersTableModel.h"
#include "widgets/FormParts.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QStringList>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QString orNotRecorded(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? ItauCustomerView::tr("not recorded") : trimmed;
}

QString dateText(const QDate &date, const QString &asSent)
{
    return date.isValid() ? DisplayFormat::date(date) : orNotRecorded(asSent);
}

// "Identificado" is the document's value; anything else is worth a look.
bool identified(const QString &value)
{
    return value.trimmed().compare(QLatin1String("Identificado"), Qt::CaseInsensitive) == 0;
}

} // namespace

ItauCustomerView::ItauCustomerView(QWidget *parent)
    : QGroupBox(tr("Itau client"), parent)
    , m_identityForm(new QFormLayout)
    , m_contactForm(new QFormLayout)
    , m_managersTable(new QTableView(this))
    , m_managersModel(new ItauManagersTableModel(this))
{
    setObjectName(QStringLiteral("itauResultPanel"));
    setAccessibleName(tr("Itau client found"));

    m_name = FormParts::valueRow(m_identityForm, tr("Name:"), QStringLiteral("resultName"), this);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_name->setFont(nameFont);
    m_nickname = FormParts::valueRow(m_identityForm, tr("Trade name / nickname:"),
                                     QStringLiteral("resultNickname"), this);
    m_socialName = FormParts::valueRow(m_identityForm, tr("Social name:"), QStringLiteral("resultSocialName"), this);
    m_clientId = FormParts::valueRow(m_identityForm, tr("Client id:"), QStringLiteral("resultClientId"), this);
    m_document = FormParts::valueRow(m_identityForm, tr("CPF/CNPJ:"), QStringLiteral("resultDocument"), this);
    m_personType = FormParts::valueRow(m_identityForm, tr("Person type:"), QStringLiteral("resultPersonType"), this);
    m_birthDate = FormParts::valueRow(m_identityForm, tr("Birth / foundation date:"),
                                      QStringLiteral("resultBirthDate"), this);
    m_birthCaption = qobject_cast<QLabel *>(m_identityForm->labelForField(m_birthDate));
    m_identified = FormParts::valueRow(m_identityForm, tr("Identification:"), QStringLiteral("resultIdentified"), this);

    m_agencyAccount = FormParts::valueRow(m_contactForm, tr("Agency / account:"),
                                          QStringLiteral("resultAgencyAccount"), this);
    m_opened = FormParts::valueRow(m_contactForm, tr("Account opened:"), QStringLiteral("resultAccountOpened"), this);
    m_emails = FormParts::valueRow(m_contactForm, tr("E-mails:"), QStringLiteral("resultEmails"), this);
    m_phones = FormParts::valueRow(m_contactForm, tr("Phones:"), QStringLiteral("resultPhones"), this);
    for (QLabel *multi : {m_emails, m_phones, m_name})
        multi->setWordWrap(true);

    m_managersTable->setObjectName(QStringLiteral("managersTable"));
    m_managersTable->setAccessibleName(tr("Relationship managers"));
    m_managersTable->setModel(m_managersModel);
    FormParts::readOnlyRecordsTable(m_managersTable, tr("Select all managers"));
    m_managersTable->setWordWrap(false);
    m_managersTable->horizontalHeader()->setStretchLastSection(true);
    m_managersCaption = new QLabel(tr("Relationship &managers:"), this);
    m_managersCaption->setBuddy(m_managersTable);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(FormParts::twoColumns(m_identityForm, m_contactForm));
    layout->addWidget(m_managersCaption);
    layout->addWidget(m_managersTable);
    clear();
}

void ItauCustomerView::fitManagersTable()
{
    constexpr int maxVisibleRows = 6;
    const int rows = qBound(1, m_managersModel->rowCount(), maxVisibleRows);
    const int height = m_managersTable->horizontalHeader()->sizeHint().height()
                       + rows * m_managersTable->verticalHeader()->defaultSectionSize()
                       + 2 * m_managersTable->frameWidth()
                       + m_managersTable->horizontalScrollBar()->sizeHint().height();
    m_managersTable->setFixedHeight(height);
}

void ItauCustomerView::showCustomer(const ItauCustomer &c)
{
    m_name->setText(orNotRecorded(c.nomeCompleto));
    m_nickname->setText(orNotRecorded(c.nomeFantasiaApelido));
    m_socialName->setText(orNotRecorded(c.nomeSocial));
    m_clientId->setText(orNotRecorded(c.idCliente));
    m_document->setText(orNotRecorded(c.cpfCnpj));
    m_personType->setText(orNotRecorded(c.personTypeText()));
    switch (c.personType()) {
    case ItauCustomer::PersonType::Individual: m_birthCaption->setText(tr("Birth date:")); break;
    case ItauCustomer::PersonType::Company: m_birthCaption->setText(tr("Foundation date:")); break;
    case ItauCustomer::PersonType::Unknown: m_birthCaption->setText(tr("Birth / foundation date:")); break;
    }
    m_birthDate->setText(dateText(c.birthOrFoundationDate(), c.dataNascimentoFundacao));
    m_identified->setText(orNotRecorded(c.identificado));
    // Not identified: the teller must follow the identification procedure.
    const bool warn = !c.identificado.isEmpty() && !identified(c.identificado);
    QFont font = m_identified->font();
    font.setBold(warn);
    m_identified->setFont(font);
    m_identified->setStyleSheet(warn ? QStringLiteral("color: #b71c1c;") : QString());

    const QString agency = c.agencia.trimmed();
    const QString account = c.contaCorrente.trimmed();
    m_agencyAccount->setText(agency.isEmpty() && account.isEmpty()
                                 ? orNotRecorded(QString())
                                 : tr("Agency %1 \u00b7 account %2").arg(orNotRecorded(agency), orNotRecorded(account)));
    m_opened->setText(dateText(c.accountOpened(), c.dataAberturaConta));

    QStringList emails;
    for (const ItauEmail &e : c.emails)
        emails << (e.isMain() ? tr("%1 (main)").arg(e.email) : e.email);
    m_emails->setText(emails.isEmpty() ? orNotRecorded(QString()) : emails.join(QLatin1Char('\n')));
    const QString phones = ItauManagersTableModel::phonesText(c.telefones);
    m_phones->setText(orNotRecorded(QString(phones).replace(QStringLiteral("; "), QStringLiteral("\n"))));

    m_managersModel->setManagers(c.gerentes);
    const bool hasManagers = !c.gerentes.isEmpty();
    m_managersCaption->setText(hasManagers ? tr("Relationship &managers:") : tr("No relationship manager on file."));
    m_managersTable->setVisible(hasManagers);
    m_managersTable->resizeColumnsToContents();
    fitManagersTable();
    show();
}

void ItauCustomerView::clear()
{
    for (QLabel *value : findChildren<QLabel *>()) {
        if (value->objectName().startsWith(QLatin1String("result")))
            value->clear();
    }
    m_managersModel->setManagers({});
    hide();
}
