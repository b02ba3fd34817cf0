#include "HomeRiskPart.h"

#include "SaleInputs.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace SaleInputs;

namespace {
std::optional<QString> optionalText(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}
} // namespace

HomeRiskPart::HomeRiskPart(SaleFieldErrors *errors, QWidget *parent)
    : QGroupBox(tr("Insured home"), parent)
{
    setObjectName(QStringLiteral("homeGroup"));

    auto *capitalBox = new QWidget(this);
    m_capital = new QDoubleSpinBox(capitalBox);
    m_capital->setObjectName(QStringLiteral("homeCapital"));
    m_capital->setAccessibleName(tr("Insured capital of the home"));
    m_capital->setRange(0, 100000000000.0);
    m_capital->setDecimals(0);
    m_capital->setSingleStep(1000000);
    m_capital->setGroupSeparatorShown(true);
    // The insurer's capitalization codes; the document's examples send 2 and 2
    // for the whole capital (100%), which is what a branch sells.
    m_capitalAccount = digitsEdit(QStringLiteral("capitalizationAccount"), tr("Capitalization account code"), capitalBox, 3);
    m_capitalAccount->setText(QStringLiteral("2"));
    m_capitalAmountCode = digitsEdit(QStringLiteral("capitalizationAmountCode"), tr("Capitalization amount code"), capitalBox, 3);
    m_capitalAmountCode->setText(QStringLiteral("2"));
    m_capitalRate = new QSpinBox(capitalBox);
    m_capitalRate->setObjectName(QStringLiteral("capitalizationRate"));
    m_capitalRate->setAccessibleName(tr("Percentage of the capital insured"));
    m_capitalRate->setRange(1, 100);
    m_capitalRate->setValue(100);
    m_capitalRate->setSuffix(QStringLiteral(" %"));

    m_address = lineEdit(QStringLiteral("riskAddress"), tr("Address of the insured home"), this, 100);
    m_floor = digitsEdit(QStringLiteral("riskFloor"), tr("Floor of the insured home"), this, 3);
    m_department = digitsEdit(QStringLiteral("riskDepartment"), tr("Department code of the insured home"), this, 2);
    m_city = digitsEdit(QStringLiteral("riskCity"), tr("City code of the insured home"), this, 10);
    m_municipality = digitsEdit(QStringLiteral("riskNeighborhood"), tr("Municipality code of the insured home"), this, 10);
    m_postalCode = digitsEdit(QStringLiteral("riskPostalCode"), tr("Postal code of the insured home"), this, 10);

    m_areaType = digitsEdit(QStringLiteral("areaType"), tr("Area type code"), this, 2);
    m_socialClass = digitsEdit(QStringLiteral("socialClass"), tr("Social class (estrato) code"), this, 2);
    m_useType = digitsEdit(QStringLiteral("useType"), tr("Use type code"), this, 2);
    m_buildingType = digitsEdit(QStringLiteral("buildingType"), tr("Building type code"), this, 2);
    m_year = digitsEdit(QStringLiteral("buildingYear"), tr("Year the building was built"), this, 4);
    m_floors = digitsEdit(QStringLiteral("buildingFloors"), tr("Number of floors of the building"), this, 3);
    m_description = lineEdit(QStringLiteral("buildingDescription"), tr("Description of the building"), this, 100);
    m_housingType = digitsEdit(QStringLiteral("housingType"), tr("Housing type code"), this, 2);
    for (QLineEdit *code : {m_areaType, m_socialClass, m_useType, m_buildingType, m_housingType})
        code->setMaximumWidth(80);

    auto *capitalRow = new QHBoxLayout(capitalBox);
    capitalRow->setContentsMargins(0, 0, 0, 0);
    capitalRow->addWidget(errors->wrap(m_capital, QStringLiteral("capitalization.amt")), 2);
    capitalRow->addWidget(errors->wrap(m_capitalRate, QStringLiteral("capitalization.rate")));
    auto *codesBox = new QWidget(this);
    auto *codesRow = new QHBoxLayout(codesBox);
    codesRow->setContentsMargins(0, 0, 0, 0);
    auto *accountLabel = new QLabel(tr("account"), codesBox);
    accountLabel->setBuddy(m_capitalAccount);
    auto *amountLabel = new QLabel(tr("amount"), codesBox);
    amountLabel->setBuddy(m_capitalAmountCode);
    codesRow->addWidget(accountLabel);
    codesRow->addWidget(errors->wrap(m_capitalAccount, QStringLiteral("capitalization.capitalizationAcctId")));
    codesRow->addWidget(amountLabel);
    codesRow->addWidget(errors->wrap(m_capitalAmountCode, QStringLiteral("capitalization.capitalizationAcctAm")));
    codesRow->addStretch(1);

    // Two columns: where the home is, and what it is.
    auto *where = new QFormLayout;
    addRow(where, tr("Insured &capital and %:"), m_capital, capitalBox);
    addRow(where, tr("Capitalization codes:"), m_capitalAccount, codesBox);
    addRow(where, tr("Ho&me address:"), m_address, errors->wrap(m_address, QStringLiteral("riskInfo.postAddr.addr1")));
    addRow(where, tr("Floor:"), m_floor, m_floor);
    addRow(where, tr("Department code:"), m_department, errors->wrap(m_department, QStringLiteral("riskInfo.postAddr.stateProv")));
    addRow(where, tr("H&ome city code:"), m_city, errors->wrap(m_city, QStringLiteral("riskInfo.postAddr.cityId")));
    addRow(where, tr("Munici&pality (neighborhood) code:"), m_municipality, m_municipality);
    addRow(where, tr("Postal code:"), m_postalCode, m_postalCode);
    auto *what = new QFormLayout;
    addRow(what, tr("Area t&ype:"), m_areaType, errors->wrap(m_areaType, QStringLiteral("riskInfo.additionalData.areaType")));
    addRow(what, tr("Social class (es&trato):"), m_socialClass,
           errors->wrap(m_socialClass, QStringLiteral("riskInfo.additionalData.socialClass")));
    addRow(what, tr("&Use type:"), m_useType, errors->wrap(m_useType, QStringLiteral("riskInfo.additionalData.useType")));
    addRow(what, tr("Building type:"), m_buildingType, errors->wrap(m_buildingType, QStringLiteral("riskInfo.additionalData.type")));
    addRow(what, tr("Housin&g type:"), m_housingType,
           errors->wrap(m_housingType, QStringLiteral("riskInfo.additionalData.housingType")));
    addRow(what, tr("Year built:"), m_year, errors->wrap(m_year, QStringLiteral("riskInfo.additionalData.year")));
    addRow(what, tr("Floors:"), m_floors, errors->wrap(m_floors, QStringLiteral("riskInfo.additionalData.floor")));
    addRow(what, tr("Description:"), m_description, m_description);
    auto *columns = new QHBoxLayout(this);
    columns->addLayout(where, 3);
    columns->addLayout(what, 2);

    connect(m_capital, &QDoubleSpinBox::valueChanged, this, &HomeRiskPart::changed);
    connect(m_capitalRate, &QSpinBox::valueChanged, this, &HomeRiskPart::changed);
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (!edit->objectName().isEmpty() && !edit->objectName().startsWith(QLatin1String("qt_")))
            connect(edit, &QLineEdit::textEdited, this, &HomeRiskPart::changed);
    }
}

HomeRisk HomeRiskPart::homeRisk() const
{
    HomeRisk home;
    home.capitalization = {{m_capitalAccount->text().trimmed(), m_capitalAmountCode->text().trimmed(),
                            double(m_capitalRate->value()), m_capital->value()}};
    PostalAddress address;
    address.addr1 = m_address->text().trimmed();
    address.floor = optionalText(m_floor);
    address.stateProv = optionalText(m_department);
    address.cityId = m_city->text().trimmed();
    address.neighborhood = optionalText(m_municipality);
    address.postalCode = optionalText(m_postalCode);
    address.hasPhones = false;
    home.riskAddresses = {address};
    home.idItem = QStringLiteral("1"); // the first (only) risk of the policy
    home.areaType = m_areaType->text().trimmed();
    home.socialClass = m_socialClass->text().trimmed();
    home.useType = m_useType->text().trimmed();
    home.type = m_buildingType->text().trimmed();
    home.year = m_year->text().trimmed();
    home.floor = m_floors->text().trimmed();
    home.desc = m_description->text().trimmed();
    home.housingType = m_housingType->text().trimmed();
    return home;
}

void HomeRiskPart::clear()
{
    m_capital->setValue(0);
    m_capitalRate->setValue(100);
    m_capitalAccount->setText(QStringLiteral("2"));
    m_capitalAmountCode->setText(QStringLiteral("2"));
    for (QLineEdit *edit : {m_address, m_floor, m_department, m_city, m_municipality, m_postalCode, m_areaType,
                            m_socialClass, m_useType, m_buildingType, m_year, m_floors, m_description, m_housingType})
        edit->clear();
}
