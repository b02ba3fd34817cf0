#include "ContactDataView.h"

#include "DisplayFormat.h"
#include "ProfileCodes.h"
#include "ProfileFields.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStringList>

namespace {
QString addressText(const ContactAddress &a)
{
    QStringList parts;
    if (!a.addr1.trimmed().isEmpty())
        parts << a.addr1.trimmed();
    if (!a.neighborhood.trimmed().isEmpty() && a.neighborhood.trimmed() != QLatin1String("NA"))
        parts << a.neighborhood.trimmed();
    if (!a.cityId.trimmed().isEmpty())
        parts << ContactDataView::tr("city %1").arg(a.cityId.trimmed());
    return parts.join(QStringLiteral(", "));
}

QString phoneText(const ContactAddress &a)
{
    if (a.phoneExt.trimmed().isEmpty())
        return a.phone.trimmed();
    return ContactDataView::tr("%1 ext. %2").arg(a.phone.trimmed(), a.phoneExt.trimmed());
}

QString moneyText(const QString &asSent)
{
    const auto amount = CustomerContactData::amount(asSent);
    return amount ? DisplayFormat::money(*amount) : asSent.trimmed();
}

QString dateText(const QDate &date, const QString &asSent)
{
    return date.isValid() ? DisplayFormat::date(date) : asSent.trimmed();
}
} // namespace

ContactDataView::ContactDataView(QWidget *parent)
    : QWidget(parent)
    , m_addresses(new ProfileFields(this))
    , m_finances(new ProfileFields(this))
{
    m_residence = m_addresses->addRow(tr("Residence:"), QStringLiteral("contactResidence"));
    m_residencePhone = m_addresses->addRow(tr("Residence phone:"), QStringLiteral("contactResidencePhone"));
    m_office = m_addresses->addRow(tr("Office:"), QStringLiteral("contactOffice"));
    m_officePhone = m_addresses->addRow(tr("Office phone:"), QStringLiteral("contactOfficePhone"));
    m_occupation = m_addresses->addRow(tr("Main occupation (code):"), QStringLiteral("contactOccupation"));
    m_professionGeneral = m_addresses->addRow(tr("General occupation (code):"), QStringLiteral("contactProfessionGeneral"));
    m_professionSpecific =
        m_addresses->addRow(tr("Specific occupation (code):"), QStringLiteral("contactProfessionSpecific"));
    m_birthDate = m_addresses->addRow(tr("Birth date:"), QStringLiteral("contactBirthDate"));
    m_gender = m_addresses->addRow(tr("Gender:"), QStringLiteral("contactGender"));

    m_income = m_finances->addRow(tr("Monthly income:"), QStringLiteral("contactIncome"));
    m_expenses = m_finances->addRow(tr("Monthly expenses:"), QStringLiteral("contactExpenses"));
    m_assets = m_finances->addRow(tr("Assets:"), QStringLiteral("contactAssets"));
    m_liabilities = m_finances->addRow(tr("Liabilities:"), QStringLiteral("contactLiabilities"));
    m_heritage = m_finances->addRow(tr("Family heritage:"), QStringLiteral("contactFamilyHeritage"));
    m_sarlaft = m_finances->addRow(tr("SARLAFT date:"), QStringLiteral("contactSarlaftDate"));
    m_bindable = m_finances->addRow(tr("Can be linked:"), QStringLiteral("contactBindable"));
    // Amounts line up on the right, as on a statement.
    for (QLabel *amount : {m_income, m_expenses, m_assets, m_liabilities, m_heritage})
        amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(32);
    layout->addWidget(m_addresses, 3);
    layout->addWidget(m_finances, 2);
}

void ContactDataView::showData(const CustomerContactData &d)
{
    m_addresses->setValue(m_residence, addressText(d.residence));
    m_addresses->setValue(m_residencePhone, phoneText(d.residence));
    m_addresses->setValue(m_office, addressText(d.office));
    m_addresses->setValue(m_officePhone, phoneText(d.office));
    m_addresses->setValue(m_occupation, d.businessOccupationCode);
    m_addresses->setValue(m_professionGeneral, d.businessProfessionGeneralCode);
    m_addresses->setValue(m_professionSpecific, d.businessProfessionSpecificCode);
    m_addresses->setValue(m_birthDate, dateText(d.birthDate(), d.birthDt));
    m_addresses->setValue(m_gender, ProfileCodes::gender(d.gender));
    m_finances->setValue(m_income, moneyText(d.incomeAmt));
    m_finances->setValue(m_expenses, moneyText(d.expensesAmt));
    m_finances->setValue(m_assets, moneyText(d.assetsAmt));
    m_finances->setValue(m_liabilities, moneyText(d.liabilitiesAmt));
    m_finances->setValue(m_heritage, moneyText(d.familyHeritageAmt));
    m_finances->setValue(m_sarlaft, dateText(d.sarlaftOn(), d.sarlaftDate));
    QString bindable;
    if (d.bindable)
        bindable = *d.bindable ? tr("Yes") : tr("No: the bank marks this person as not bindable");
    m_finances->setValue(m_bindable, bindable);
}

QString ContactDataView::plainText() const
{
    return m_addresses->plainText(true) + QLatin1Char('\n') + m_finances->plainText(true);
}
