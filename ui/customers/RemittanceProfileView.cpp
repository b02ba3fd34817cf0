#include "RemittanceProfileView.h"

#include "BankJson.h"
#include "DisplayFormat.h"
#include "FilterableTable.h"
#include "IdentificationType.h"
#include "ProfileCodes.h"
#include "ProfileExport.h"
#include "ProfileFields.h"
#include "ProfileTableModels.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStringList>
#include <QVBoxLayout>

namespace {
QString dateText(const QString &asSent)
{
    const QDate date = BankJson::date(asSent);
    return date.isValid() ? DisplayFormat::date(date) : asSent.trimmed();
}

QString consentText(const std::optional<bool> &consent)
{
    if (!consent)
        return {};
    return *consent ? RemittanceProfileView::tr("Accepted") : RemittanceProfileView::tr("Not accepted");
}

QString joined(const QStringList &parts, const QString &separator = QStringLiteral(", "))
{
    QStringList nonEmpty;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            nonEmpty << part.trimmed();
    }
    return nonEmpty.join(separator);
}
} // namespace

RemittanceProfileView::RemittanceProfileView(QWidget *parent)
    : QWidget(parent)
    , m_identity(new ProfileFields(this))
    , m_activity(new ProfileFields(this))
    , m_addresses(new RemittanceAddressTableModel(this))
    , m_beneficiaries(new RemittanceBeneficiaryTableModel(this))
{
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("remittanceWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Bold words on a framed amber box: the text says it, the colour only helps.
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c3c00; border: 2px solid #b26a00;"
                                            " border-radius: 4px; padding: 8px; font-weight: bold; }"));
    m_warning->hide();

    m_name = m_identity->addRow(tr("Name:"), QStringLiteral("remittanceName"));
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_identification = m_identity->addRow(tr("Identification:"), QStringLiteral("remittanceIdentification"),
                                          ProfileFields::Kind::IdentityNumber);
    m_issued = m_identity->addRow(tr("Issued:"), QStringLiteral("remittanceIssued"));
    m_expires = m_identity->addRow(tr("Expires:"), QStringLiteral("remittanceExpires"));
    m_nationality = m_identity->addRow(tr("Nationality:"), QStringLiteral("remittanceNationality"));
    m_birth = m_identity->addRow(tr("Born:"), QStringLiteral("remittanceBirth"));
    m_gender = m_identity->addRow(tr("Gender:"), QStringLiteral("remittanceGender"));
    m_email = m_identity->addRow(tr("E-mail:"), QStringLiteral("remittanceEmail"));

    m_status = m_activity->addRow(tr("Status:"), QStringLiteral("remittanceStatus"));
    m_pep = m_activity->addRow(tr("Publicly exposed (PEP):"), QStringLiteral("remittancePep"));
    m_occupation = m_activity->addRow(tr("Activity:"), QStringLiteral("remittanceOccupation"));
    m_company = m_activity->addRow(tr("Company:"), QStringLiteral("remittanceCompany"));
    m_concepts = m_activity->addRow(tr("Financial ranges:"), QStringLiteral("remittanceConcepts"));
    m_dataProcessing = m_activity->addRow(tr("Personal data processing:"), QStringLiteral("remittanceDataProcessing"));
    m_commercialUse = m_activity->addRow(tr("Commercial use of data:"), QStringLiteral("remittanceCommercialUse"));
    m_updated = m_activity->addRow(tr("Last updated:"), QStringLiteral("remittanceUpdated"));
    m_ids = m_activity->addRow(tr("Record ids:"), QStringLiteral("remittanceRecordIds"));

    m_addressesTable =
        new FilterableTable(m_addresses, QStringLiteral("remittanceAddresses"), tr("Addr&esses:"), this, 4);
    m_beneficiariesTable =
        new FilterableTable(m_beneficiaries, QStringLiteral("beneficiaries"), tr("&Beneficiaries (recipients):"), this);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(32);
    columns->addWidget(m_identity, 1);
    columns->addWidget(m_activity, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_warning);
    layout->addLayout(columns);
    layout->addWidget(m_addressesTable);
    layout->addWidget(m_beneficiariesTable);
}

void RemittanceProfileView::showProfile(const RemittanceCustomer &r)
{
    QStringList warnings;
    if (r.publiclyExposed)
        warnings << tr("WARNING: publicly exposed person (PEP). Apply the enhanced due-diligence procedure "
                       "and get the approval it requires before paying or sending a remittance.");
    if (r.isInactive())
        warnings << tr("WARNING: this customer is INACTIVE for remittances. Do not process a remittance; "
                       "refer the customer to update their data first.");
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setAccessibleName(warnings.isEmpty() ? QString() : tr("Warning"));
    m_warning->setAccessibleDescription(m_warning->text());
    m_warning->setVisible(!warnings.isEmpty());

    m_identity->setValue(m_name, r.fullName());
    const auto type = IdentificationTypes::fromCode(r.govIssueIdentType);
    const QString typeText = type ? tr("%1 (%2)").arg(IdentificationTypes::description(*type), r.govIssueIdentType)
                                  : r.govIssueIdentType;
    m_identity->setValue(m_identification, joined({typeText, r.identSerialNum}, QStringLiteral(" ")), r.identSerialNum);
    m_identity->setValue(m_issued, joined({dateText(r.issDt), joined({r.expCity, r.expCityId.isEmpty() ? QString()
                                                                                  : tr("DANE %1").arg(r.expCityId)},
                                                                     QStringLiteral(" "))},
                                          tr(" in ")));
    m_identity->setValue(m_expires, dateText(r.expDt));
    m_identity->setRowShown(m_expires, !r.expDt.trimmed().isEmpty()); // only types that expire send it
    m_identity->setValue(m_nationality, r.nationality);
    m_identity->setValue(m_birth, joined({dateText(r.birthDt), r.birthCountry}, tr(" in ")));
    m_identity->setValue(m_gender, ProfileCodes::gender(r.gender));
    m_identity->setValue(m_email, r.emailAddr);

    m_activity->setValue(m_status, ProfileCodes::statusDescription(r.status));
    m_activity->setValue(m_pep, r.publiclyExposed ? tr("YES") : tr("No"));
    m_activity->setValue(m_occupation, joined({r.certCode.isEmpty() ? QString() : tr("CIIU %1").arg(r.certCode),
                                               r.jobTitle.isEmpty() ? QString() : tr("occupation %1").arg(r.jobTitle),
                                               r.employmentRank.isEmpty() ? QString()
                                                                          : tr("level %1").arg(r.employmentRank)}));
    m_activity->setValue(m_company, r.companyName);
    QStringList concepts;
    for (const RemittanceFinancialConcept &c : r.concepts)
        concepts << tr("%1 (%2): range %3").arg(ProfileCodes::conceptDescription(c.type), c.type, c.rank);
    m_activity->setValue(m_concepts, concepts.join(QLatin1Char('\n')));
    m_activity->setValue(m_dataProcessing, consentText(r.termsConditions));
    m_activity->setValue(m_commercialUse, consentText(r.personDataProcessing));
    const QString by = joined({r.updateRefId, r.updateBranchId}, QStringLiteral(" / "));
    m_activity->setValue(m_updated, by.isEmpty() ? dateText(r.upDt) : tr("%1 by %2").arg(dateText(r.upDt), by));
    m_activity->setValue(m_ids, tr("customer %1, master %2").arg(r.cspRefId, r.clientTerminalSeqId));

    m_addresses->setAddresses(r.addresses);
    m_beneficiaries->setBeneficiaries(r.beneficiaries);
    m_addressesTable->refresh();
    m_beneficiariesTable->refresh();
}

QString RemittanceProfileView::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

QString RemittanceProfileView::plainText(bool revealIdentity) const
{
    QStringList parts;
    if (!warningText().isEmpty())
        parts << warningText();
    parts << m_identity->plainText(revealIdentity) << m_activity->plainText(revealIdentity)
          << ProfileExport::tableText(m_addresses, tr("Addresses"), {}, revealIdentity)
          << ProfileExport::tableText(m_beneficiaries, tr("Beneficiaries"),
                                      {RemittanceBeneficiaryTableModel::Identification}, revealIdentity);
    return parts.join(QLatin1Char('\n'));
}
