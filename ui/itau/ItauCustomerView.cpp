#include "ItauCustomerView.h"

#include "DisplayFormat.h"
#include "ItauManagersTableModel.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QHBoxLayout>
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

    m_name = addRow(m_identityForm, tr("Name:"), QStringLiteral("resultName"));
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_name->setFont(nameFont);
    m_nickname = addRow(m_identityForm, tr("Trade name / nickname:"), QStringLiteral("resultNickname"));
    m_socialName = addRow(m_identityForm, tr("Social name:"), QStringLiteral("resultSocialName"));
    m_clientId = addRow(m_identityForm, tr("Client id:"), QStringLiteral("resultClientId"));
    m_document = addRow(m_identityForm, tr("CPF/CNPJ:"), QStringLiteral("resultDocument"));
    m_personType = addRow(m_identityForm, tr("Person type:"), QStringLiteral("resultPersonType"));
    m_birthDate = addRow(m_identityForm, tr("Birth / foundation date:"), QStringLiteral("resultBirthDate"));
    m_birthCaption = qobject_cast<QLabel *>(m_identityForm->labelForField(m_birthDate));
    m_identified = addRow(m_identityForm, tr("Identification:"), QStringLiteral("resultIdentified"));

    m_agencyAccount = addRow(m_contactForm, tr("Agency / account:"), QStringLiteral("resultAgencyAccount"));
    m_opened = addRow(m_contactForm, tr("Account opened:"), QStringLiteral("resultAccountOpened"));
    m_emails = addRow(m_contactForm, tr("E-mails:"), QStringLiteral("resultEmails"));
    m_phones = addRow(m_contactForm, tr("Phones:"), QStringLiteral("resultPhones"));
    for (QLabel *multi : {m_emails, m_phones, m_name})
        multi->setWordWrap(true);

    m_managersTable->setObjectName(QStringLiteral("managersTable"));
    m_managersTable->setAccessibleName(tr("Relationship managers"));
    m_managersTable->setModel(m_managersModel);
    m_managersTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_managersTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_managersTable->setAlternatingRowColors(true);
    m_managersTable->setTabKeyNavigation(false);
    m_managersTable->setWordWrap(false);
    m_managersTable->verticalHeader()->hide();
    m_managersTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_managersTable->horizontalHeader()->setStretchLastSection(true);
    if (auto *corner = m_managersTable->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Select all managers"));
    m_managersCaption = new QLabel(tr("Relationship &managers:"), this);
    m_managersCaption->setBuddy(m_managersTable);

    for (QFormLayout *form : {m_identityForm, m_contactForm}) {
        form->setVerticalSpacing(6);
        form->setHorizontalSpacing(12);
    }
    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addLayout(m_identityForm, 1);
    columns->addLayout(m_contactForm, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_managersCaption);
    layout->addWidget(m_managersTable);
    clear();
}

QLabel *ItauCustomerView::addRow(QFormLayout *form, const QString &caption, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setBuddy(value);
    form->addRow(captionLabel, value);
    return value;
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
