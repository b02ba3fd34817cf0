#include "BeneficiariesPart.h"

#include "PolicyCodes.h"
#include "SaleInputs.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace SaleInputs;

namespace {
enum Column { IdTypeColumn, IdNumberColumn, FirstNameColumn, LastNameColumn, RelationshipColumn, RateColumn };
}

BeneficiariesPart::BeneficiariesPart(SaleFieldErrors *errors, QWidget *parent)
    : QGroupBox(tr("Beneficiaries"), parent)
{
    setObjectName(QStringLiteral("beneficiariesPart"));
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("beneficiaryTable"));
    m_table->setAccessibleName(tr("Beneficiaries"));
    m_table->setHorizontalHeaderLabels({tr("ID type"), tr("ID number"), tr("First name"), tr("Last name"),
                                        tr("Relationship code"), tr("Percentage")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(IdTypeColumn, 200);
    m_table->setMinimumHeight(110);
    auto *addButton = new QPushButton(tr("A&dd beneficiary"), this);
    addButton->setObjectName(QStringLiteral("addBeneficiaryButton"));
    auto *removeButton = new QPushButton(tr("Remo&ve beneficiary"), this);
    removeButton->setObjectName(QStringLiteral("removeBeneficiaryButton"));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("beneficiaryTotal"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_total);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errors->wrap(m_table, QStringLiteral("beneficiary")));
    layout->addLayout(buttons);

    connect(addButton, &QPushButton::clicked, this, &BeneficiariesPart::addBeneficiary);
    connect(removeButton, &QPushButton::clicked, this, &BeneficiariesPart::removeBeneficiary);
    connect(m_table, &QTableWidget::itemChanged, this, &BeneficiariesPart::updateTotal);
    addBeneficiary();
}

void BeneficiariesPart::addBeneficiary()
{
    const int row = m_table->rowCount();
    const QSignalBlocker blocker(m_table);
    m_table->insertRow(row);
    auto *type = new QComboBox(m_table);
    type->setObjectName(QStringLiteral("beneficiaryIdType%1").arg(row));
    type->setAccessibleName(tr("Beneficiary %1 identification type").arg(row + 1));
    fill(type, PolicyCodes::identificationTypes());
    select(type, QStringLiteral("2"));
    m_table->setCellWidget(row, IdTypeColumn, type);
    for (int column = IdNumberColumn; column <= RateColumn; ++column)
        m_table->setItem(row, column, new QTableWidgetItem);
    // The first beneficiary takes everything until others are added.
    m_table->item(row, RateColumn)->setText(row == 0 ? QStringLiteral("100") : QString());
    updateTotal();
}

void BeneficiariesPart::removeBeneficiary()
{
    const int row = m_table->currentRow() >= 0 ? m_table->currentRow() : m_table->rowCount() - 1;
    if (row >= 0)
        m_table->removeRow(row);
    updateTotal();
}

void BeneficiariesPart::ensureOne()
{
    if (m_table->rowCount() == 0)
        addBeneficiary();
}

void BeneficiariesPart::reset()
{
    m_table->setRowCount(0);
    addBeneficiary();
}

QList<Beneficiary> BeneficiariesPart::beneficiaries() const
{
    QList<Beneficiary> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text = [this, row](int column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        Beneficiary b;
        b.personType = QStringLiteral("1");
        if (auto *type = qobject_cast<QComboBox *>(m_table->cellWidget(row, IdTypeColumn)))
            b.govIssueIdentType = code(type);
        b.identSerialNum = text(IdNumberColumn);
        b.firstName = text(FirstNameColumn);
        b.lastName = text(LastNameColumn);
        b.fullName = QString(b.firstName + QLatin1Char(' ') + b.lastName).trimmed();
        b.relationshipType = text(RelationshipColumn);
        b.rate = text(RateColumn);
        result.append(b);
    }
    return result;
}

void BeneficiariesPart::updateTotal()
{
    int total = 0;
    for (const Beneficiary &b : beneficiaries())
        total += b.rate.toInt();
    m_total->setText(tr("Total: %1% of 100%").arg(total));
    m_total->setStyleSheet(total == 100 ? QString() : QStringLiteral("color: #b71c1c;"));
}

QJsonArray BeneficiariesPart::toDraft() const
{
    QJsonArray rows;
    for (const Beneficiary &b : beneficiaries())
        rows.append(b.toJson());
    return rows;
}

void BeneficiariesPart::restoreDraft(const QJsonArray &rows)
{
    if (rows.isEmpty())
        return;
    m_table->setRowCount(0);
    for (const QJsonValue &value : rows) {
        const Beneficiary b = Beneficiary::fromJson(value.toObject());
        addBeneficiary();
        const int row = m_table->rowCount() - 1;
        const QSignalBlocker blocker(m_table);
        if (auto *type = qobject_cast<QComboBox *>(m_table->cellWidget(row, IdTypeColumn)))
            select(type, b.govIssueIdentType);
        m_table->item(row, IdNumberColumn)->setText(b.identSerialNum);
        m_table->item(row, FirstNameColumn)->setText(b.firstName);
        m_table->item(row, LastNameColumn)->setText(b.lastName);
        m_table->item(row, RelationshipColumn)->setText(b.relationshipType);
        m_table->item(row, RateColumn)->setText(b.rate);
    }
    updateTotal();
}
