// LifeInsuranceForm, continued: step 1, the simulation (plans side by side).

#include "LifeInsuranceForm.h"

#include "DisplayFormat.h"
#include "PolicyCodes.h"
#include "SaleInputs.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace SaleInputs;
using DisplayFormat::money;

QWidget *LifeInsuranceForm::buildSimulationStep()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("simulationStep"));
    m_product = combo(QStringLiteral("product"), tr("Product"), page);
    fill(m_product, PolicyCodes::lifeProducts());
    m_channel = combo(QStringLiteral("saleChannel"), tr("Sale channel"), page);
    fill(m_channel, PolicyCodes::saleChannels());
    select(m_channel, QStringLiteral("114")); // Oficinas: the branch is the usual channel
    m_birthDate = dateEdit(QStringLiteral("birthDate"), tr("Insured's birth date"), page);
    m_birthDate->setMinimumWidth(150);
    m_simulateButton = new QPushButton(tr("&Simulate"), page);
    m_simulateButton->setObjectName(QStringLiteral("simulateButton"));
    m_simulateButton->setProperty("submitsForm", true); // Ctrl+Enter
    m_simulateButton->setAutoDefault(true);

    auto *form = new QFormLayout;
    auto *productLabel = new QLabel(tr("&Product:"), page);
    productLabel->setBuddy(m_product);
    auto *channelLabel = new QLabel(tr("Sale channel:"), page);
    channelLabel->setBuddy(m_channel);
    auto *birthLabel = new QLabel(tr("Insured's birth &date:"), page);
    birthLabel->setBuddy(m_birthDate);
    form->addRow(productLabel, field(m_product, QStringLiteral("product.productIdNumber")));
    form->addRow(channelLabel, field(m_channel, QStringLiteral("insuranceInfo.channel")));
    form->addRow(birthLabel, field(m_birthDate, QStringLiteral("insuranceInfo.personName.birthDt")));
    form->addRow(QString(), m_simulateButton);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_product->setMinimumWidth(420);
    m_channel->setMinimumWidth(420);

    m_planTable = new QTableWidget(page);
    m_planTable->setObjectName(QStringLiteral("planTable"));
    m_planTable->setAccessibleName(tr("Plans side by side; choose a column"));
    m_planTable->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_planTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_planTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_planTable->horizontalHeader()->setDefaultSectionSize(170);
    m_planTable->setMinimumHeight(220);
    m_planChoice = new QLabel(tr("Simulate, then choose a plan by clicking its column."), page);
    m_planChoice->setObjectName(QStringLiteral("planChoice"));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(SaleInputs::heading(tr("1. Simulation"), page));
    layout->addLayout(form);
    layout->addWidget(m_planTable, 1);
    layout->addWidget(m_planChoice);

    connect(m_simulateButton, &QPushButton::clicked, this, &LifeInsuranceForm::simulate);
    connect(m_planTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetSelectionRange> ranges = m_planTable->selectedRanges();
        selectPlan(ranges.isEmpty() ? -1 : ranges.first().leftColumn());
    });
    for (QComboBox *box : {m_product, m_channel})
        connect(box, &QComboBox::currentIndexChanged, this, &LifeInsuranceForm::invalidateSimulation);
    connect(m_birthDate, &QDateEdit::dateChanged, this, &LifeInsuranceForm::invalidateSimulation);
    return page;
}

LifeSimulationRequest LifeInsuranceForm::simulationRequest() const
{
    LifeSimulationRequest request;
    request.items.append({code(m_product), code(m_channel), dateOf(m_birthDate)});
    return request;
}

void LifeInsuranceForm::simulate()
{
    if (m_busy)
        return;
    m_banner->clear();
    const LifeSimulationRequest request = simulationRequest();
    if (showIssues(request.validate()))
        return;
    const PendingCall<SimulationResult> call = m_policyApi.lifeSimulation(request);
    const auto failed = [this](const ApiError &error) {
        showError(error, tr("The simulation could not be made."));
    };
    m_call.await(tr("Simulating\u2026"), call, [this](const SimulationResult &reply) {
        if (reply.plans.isEmpty()) {
            m_banner->showMessage(MessageBanner::Type::Warning, tr("The insurer offers no plan for this product and age."));
            return;
        }
        m_simulation = reply;
        showPlans();
        draftChanged();
    }, failed);
}

void LifeInsuranceForm::showPlans()
{
    const QList<InsurancePlan> &plans = m_simulation->plans;
    // Rows: the plan's figures, then one row per coverage (by description).
    QStringList coverageNames;
    for (const InsurancePlan &plan : plans) {
        for (const PlanCoverage &coverage : plan.coverages) {
            if (!coverageNames.contains(coverage.desc))
                coverageNames << coverage.desc;
        }
    }
    QStringList rows{tr("Plan"), tr("Payment frequency"), tr("Premium per payment"), tr("Total insured amount")};
    rows << coverageNames;
    m_planTable->clear();
    m_planTable->setRowCount(int(rows.size()));
    m_planTable->setColumnCount(int(plans.size()));
    m_planTable->setVerticalHeaderLabels(rows);
    for (int c = 0; c < plans.size(); ++c) {
        const InsurancePlan &plan = plans.at(c);
        m_planTable->setHorizontalHeaderItem(c, new QTableWidgetItem(tr("Plan %1").arg(plan.idItem)));
        m_planTable->setItem(0, c, new QTableWidgetItem(plan.desc));
        m_planTable->setItem(1, c, new QTableWidgetItem(PolicyCodes::nameOf(PolicyCodes::frequencies(), plan.freq)));
        m_planTable->setItem(2, c, new QTableWidgetItem(money(plan.totalPremium)));
        m_planTable->setItem(3, c, new QTableWidgetItem(money(plan.insuredAmount())));
        for (const PlanCoverage &coverage : plan.coverages) {
            const int row = 4 + int(coverageNames.indexOf(coverage.desc));
            auto *item = new QTableWidgetItem(tr("%1\npremium %2 a year").arg(money(coverage.amt), money(coverage.annualPremium)));
            item->setToolTip(coverage.desc);
            m_planTable->setItem(row, c, item);
        }
    }
    m_planTable->resizeRowsToContents();
    m_selectedPlan = -1;
    m_planChoice->setText(tr("%n plan(s) offered. Choose one by clicking its column.", nullptr, int(plans.size())));
    m_planTable->setFocus(Qt::OtherFocusReason);
    updateButtons();
}

void LifeInsuranceForm::selectPlan(int column)
{
    if (!m_simulation || column < 0 || column >= m_simulation->plans.size()) {
        m_selectedPlan = -1;
    } else {
        if (column != m_selectedPlan)
            invalidateQuote();
        m_selectedPlan = column;
        const InsurancePlan &plan = m_simulation->plans.at(column);
        m_planChoice->setText(tr("Chosen: %1 (plan %2), %3 per payment.").arg(plan.desc).arg(plan.idItem).arg(money(plan.totalPremium)));
    }
    updateButtons();
}

void LifeInsuranceForm::invalidateSimulation()
{
    if (!m_simulation || m_policy)
        return;
    m_simulation.reset();
    m_selectedPlan = -1;
    m_planTable->clear();
    m_planTable->setRowCount(0);
    m_planTable->setColumnCount(0);
    m_planChoice->setText(tr("The inputs changed: simulate again."));
    invalidateQuote();
    updateButtons();
}
