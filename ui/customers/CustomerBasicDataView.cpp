#include "CustomerBasicDataView.h"

#include "CustomerAddressModel.h"
#include "IdentificationType.h"
#include "widgets/FormParts.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QString orNotRecorded(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? CustomerBasicDataView::tr("not recorded") : trimmed;
}

QString identificationText(const CustomerBasicData &data)
{
    const auto type = IdentificationTypes::fromCode(data.govIssueIdentType);
    if (!type)
        return QStringLiteral("%1 %2").arg(data.govIssueIdentType, data.identSerialNum).trimmed();
    return CustomerBasicDataView::tr("%1 (%2) %3")
        .arg(IdentificationTypes::description(*type), IdentificationTypes::code(*type), data.identSerialNum);
}

// flagAlert is "N" when there is nothing to say; anything else matters.
QString alertText(const QString &flag)
{
    const QString value = flag.trimmed().toUpper();
    if (value.isEmpty() || value == QLatin1String("N"))
        return {};
    if (value == QLatin1String("S") || value == QLatin1String("Y"))
        return CustomerBasicDataView::tr("This customer has an alert on file: follow the branch procedure "
                                         "before continuing.");
    return CustomerBasicDataView::tr("Alert flag \"%1\" on file: follow the branch procedure before continuing.")
        .arg(flag.trimmed());
}

} // namespace

CustomerBasicDataView::CustomerBasicDataView(QWidget *parent)
    : QGroupBox(tr("Customer"), parent)
    , m_identityForm(new QFormLayout)
    , m_recordForm(new QFormLayout)
    , m_addressTable(new QTableView(this))
    , m_addressModel(new CustomerAddressModel(this))
{
    setObjectName(QStringLiteral("resultPanel"));
    setAccessibleName(tr("Customer found"));

    m_name = FormParts::valueRow(m_identityForm, tr("Name:"), QStringLiteral("resultName"), this);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_name->setFont(nameFont);
    m_identification = FormParts::valueRow(m_identityForm, tr("Identification:"),
                                           QStringLiteral("resultIdentification"), this);
    m_personType = FormParts::valueRow(m_identityForm, tr("Person type:"), QStringLiteral("resultPersonType"), this);
    m_birthDate = FormParts::valueRow(m_identityForm, tr("Birth date:"), QStringLiteral("resultBirthDate"), this);
    m_deceasedDate = FormParts::valueRow(m_identityForm, tr("Deceased:"), QStringLiteral("resultDeceasedDate"), this);
    m_alert = FormParts::valueRow(m_identityForm, tr("Alert:"), QStringLiteral("resultAlert"), this);
    m_status = FormParts::valueRow(m_identityForm, tr("Status:"), QStringLiteral("resultStatus"), this);
    // Facts a teller must not miss stand out in bold red, with words that say why.
    for (QLabel *warning : {m_deceasedDate, m_alert}) {
        warning->setWordWrap(true);
        QFont font = warning->font();
        font.setBold(true);
        warning->setFont(font);
        warning->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    }

    m_email = FormParts::valueRow(m_recordForm, tr("Email:"), QStringLiteral("resultEmail"), this);
    m_cellphone = FormParts::valueRow(m_recordForm, tr("Contact cellphone:"), QStringLiteral("resultCellphone"), this);
    m_registeredCellphone = FormParts::valueRow(m_recordForm, tr("Registered cellphone:"),
                                                QStringLiteral("resultRegisteredCellphone"), this);
    m_createdDate = FormParts::valueRow(m_recordForm, tr("Customer since:"), QStringLiteral("resultCreatedDate"), this);
    m_updatedDate = FormParts::valueRow(m_recordForm, tr("Last updated:"), QStringLiteral("resultUpdatedDate"), this);
    m_sarlaftDate = FormParts::valueRow(m_recordForm, tr("SARLAFT date:"), QStringLiteral("resultSarlaftDate"), this);

    m_addressTable->setObjectName(QStringLiteral("addressTable"));
    m_addressTable->setAccessibleName(tr("Postal addresses"));
    m_addressTable->setModel(m_addressModel);
    FormParts::readOnlyRecordsTable(m_addressTable, tr("Select all addresses"));
    m_addressTable->horizontalHeader()->setSectionResizeMode(CustomerAddressModel::Address, QHeaderView::Stretch);
    m_addressTable->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    m_addressesCaption = new QLabel(tr("Postal a&ddresses:"), this);
    m_addressesCaption->setBuddy(m_addressTable);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(FormParts::twoColumns(m_identityForm, m_recordForm));
    layout->addWidget(m_addressesCaption);
    layout->addWidget(m_addressTable);

    clear();
}

void CustomerBasicDataView::setRowShown(QLabel *value, bool shown)
{
    if (m_identityForm->indexOf(value) >= 0)
        m_identityForm->setRowVisible(value, shown);
    else
        m_recordForm->setRowVisible(value, shown);
}

// As tall as its rows (up to a handful, then it scrolls): an empty white box
// under one address reads as "something is missing".
void CustomerBasicDataView::fitAddressTable()
{
    constexpr int maxVisibleRows = 6;
    const int rows = qBound(1, m_addressModel->rowCount(), maxVisibleRows);
    const int height = m_addressTable->horizontalHeader()->sizeHint().height()
                       + rows * m_addressTable->verticalHeader()->defaultSectionSize()
                       + 2 * m_addressTable->frameWidth();
    m_addressTable->setFixedHeight(height);
}

QString CustomerBasicDataView::formatDate(const QDate &date, const QString &asSent)
{
    if (date.isValid())
        return date.toString(QStringLiteral("dd/MM/yyyy"));
    return orNotRecorded(asSent);
}

void CustomerBasicDataView::showCustomer(const CustomerBasicData &data)
{
    m_name->setText(orNotRecorded(data.displayName()));
    m_identification->setText(identificationText(data));
    m_personType->setText(orNotRecorded(data.personType));
    m_birthDate->setText(formatDate(data.birthDate(), data.birthDt));

    const bool deceased = data.deceasedOn().isValid() || !data.deceasedDt.trimmed().isEmpty();
    m_deceasedDate->setText(deceased ? tr("Recorded as deceased on %1").arg(formatDate(data.deceasedOn(), data.deceasedDt))
                                     : QString());
    setRowShown(m_deceasedDate, deceased);

    const QString alert = alertText(data.flagAlert);
    m_alert->setText(alert);
    setRowShown(m_alert, !alert.isEmpty());
    m_status->setText(data.status.trimmed());
    setRowShown(m_status, !data.status.trimmed().isEmpty());

    m_email->setText(orNotRecorded(data.emailAddr));
    m_cellphone->setText(orNotRecorded(data.contactCellPhone.isEmpty() ? data.cellPhone : data.contactCellPhone));
    // The cellphone the customer is registered with may differ from the
    // contact one; show it only when it adds something.
    const bool otherCellphone = !data.cellPhone.trimmed().isEmpty() && !data.contactCellPhone.trimmed().isEmpty()
                                && data.cellPhone.trimmed() != data.contactCellPhone.trimmed();
    m_registeredCellphone->setText(otherCellphone ? data.cellPhone.trimmed() : QString());
    setRowShown(m_registeredCellphone, otherCellphone);

    m_createdDate->setText(formatDate(data.createdOn(), data.createDt));
    m_updatedDate->setText(formatDate(data.updatedOn(), data.upDt));
    m_sarlaftDate->setText(formatDate(data.sarlaftDate(), data.sarlaDt));

    m_addressModel->setAddresses(data.postAddr);
    const bool hasAddresses = !data.postAddr.isEmpty();
    m_addressesCaption->setText(hasAddresses ? tr("Postal a&ddresses:") : tr("No postal address on file."));
    m_addressTable->setVisible(hasAddresses);
    fitAddressTable();
    show();
}

void CustomerBasicDataView::clear()
{
    for (QLabel *value : findChildren<QLabel *>()) {
        if (value->objectName().startsWith(QLatin1String("result")))
            value->clear();
    }
    m_addressModel->setAddresses({});
    hide();
}
