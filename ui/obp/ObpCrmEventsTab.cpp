#include "ObpCrmEventsTab.h"

#include "ObpFormParts.h"
#include "ObpTableModel.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

ObpCrmEventsTab::ObpCrmEventsTab(ObpFormContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("obpCrmEventsTab"));
    m_model = new ObpTableModel({tr("Scheduled"), tr("Done"), tr("Category"), tr("Channel"), tr("Detail"), tr("Result"),
                                 tr("Customer"), tr("Customer number")},
                                this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    m_table = ObpFormParts::table(this, proxy, "obpCrmEventsTable", tr("CRM events"));
    m_table->setSortingEnabled(true);
    m_onlyCustomer = new QCheckBox(tr("Only this customer's events"), this);
    m_onlyCustomer->setObjectName(QStringLiteral("obpCrmOnlyCustomer"));
    m_onlyCustomer->setChecked(true);
    m_loadButton = new QPushButton(tr("Load CRM events"), this);
    m_loadButton->setObjectName(QStringLiteral("obpLoadCrmEventsButton"));
    m_loadButton->setProperty("submitsForm", true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_onlyCustomer);
    row->addStretch(1);
    row->addWidget(m_loadButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    connect(m_loadButton, &QPushButton::clicked, this, &ObpCrmEventsTab::load);
    connect(m_context, &ObpFormContext::busyChanged, this, [this](bool busy) { m_loadButton->setEnabled(!busy); });
}

void ObpCrmEventsTab::load()
{
    if (m_context->isBusy())
        return;
    const bool only = m_onlyCustomer->isChecked() && m_context->hasCustomer();
    const QString number = m_context->customer().customerNumber;
    m_context->run<ObpCrmEventList>(
        m_context->api()->crmEvents(m_context->customerBankId()), this, tr("Loading CRM events\u2026"),
        [this, only, number](const ObpCrmEventList &list) {
            QList<ObpTableModel::Row> rows;
            for (const ObpCrmEvent &e : list.crmEvents) {
                if (only && e.customerNumber != number)
                    continue;
                rows.append({e.id,
                             {ObpFormParts::displayDate(e.scheduledDate), ObpFormParts::displayDate(e.actualDate),
                              e.category, e.channel, e.detail, e.result, e.customerName, e.customerNumber}});
            }
            m_model->setRows(rows);
            m_table->resizeColumnsToContents();
            if (rows.isEmpty())
                m_context->banner()->showMessage(MessageBanner::Type::Information, tr("No CRM events available."));
        });
}
