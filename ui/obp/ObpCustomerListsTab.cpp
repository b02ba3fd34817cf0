#include "ObpCustomerListsTab.h"

#include "ObpFormParts.h"
#include "ObpTableModel.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace {
enum Which { Mine, MineAtBank, Firehose };
}

ObpCustomerListsTab::ObpCustomerListsTab(ObpFormContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("obpListsTab"));
    m_which = new QComboBox(this);
    m_which->setObjectName(QStringLiteral("obpListWhich"));
    m_which->setAccessibleName(tr("Which customers"));
    m_which->addItem(tr("My customers (all banks)"), Mine);
    m_which->addItem(tr("My customers at this bank"), MineAtBank);
    m_which->addItem(tr("Firehose: every customer of this bank"), Firehose);
    auto *whichLabel = new QLabel(tr("&Get:"), this);
    whichLabel->setBuddy(m_which);
    m_limit = new QSpinBox(this);
    m_limit->setObjectName(QStringLiteral("obpFirehoseLimit"));
    m_limit->setAccessibleName(tr("Firehose page size (limit)"));
    m_limit->setRange(1, 1000);
    m_limit->setValue(50);
    auto *limitLabel = new QLabel(tr("Li&mit:"), this);
    limitLabel->setBuddy(m_limit);
    m_offset = new QSpinBox(this);
    m_offset->setObjectName(QStringLiteral("obpFirehoseOffset"));
    m_offset->setAccessibleName(tr("Firehose offset"));
    m_offset->setRange(0, 1000000);
    auto *offsetLabel = new QLabel(tr("Offs&et:"), this);
    offsetLabel->setBuddy(m_offset);
    m_loadButton = new QPushButton(tr("Lo&ad"), this);
    m_loadButton->setObjectName(QStringLiteral("obpListLoadButton"));
    m_loadButton->setProperty("submitsForm", true);

    m_filter = ObpFormParts::lineEdit(this, "obpListFilter", tr("Filter the customers"));
    m_filter->setPlaceholderText(tr("Type to filter by any column"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("Filte&r:"), this);
    filterLabel->setBuddy(m_filter);

    m_model = new ObpTableModel({tr("Legal name"), tr("Customer number"), tr("Bank"), tr("Date of birth"), tr("E-mail"),
                                 tr("Mobile"), tr("Branch"), tr("KYC"), tr("CUSTOMER_ID")},
                                this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table = ObpFormParts::table(this, m_proxy, "obpCustomersTable", tr("Customers"),
                                  ObpFormParts::Selection::SingleRow);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_openButton = new QPushButton(tr("Open customer"), this);
    m_openButton->setObjectName(QStringLiteral("obpOpenCustomerButton"));
    m_openButton->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->addWidget(whichLabel);
    top->addWidget(m_which, 1);
    top->addWidget(limitLabel);
    top->addWidget(m_limit);
    top->addWidget(offsetLabel);
    top->addWidget(m_offset);
    top->addWidget(m_loadButton);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_openButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    const auto firehoseOnly = [this] {
        const bool firehose = m_which->currentData().toInt() == Firehose;
        m_limit->setEnabled(firehose);
        m_offset->setEnabled(firehose);
    };
    firehoseOnly();
    connect(m_which, &QComboBox::currentIndexChanged, this, firehoseOnly);
    connect(m_loadButton, &QPushButton::clicked, this, &ObpCustomerListsTab::load);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_openButton, &QPushButton::clicked, this, &ObpCustomerListsTab::openSelected);
    connect(m_table, &QTableView::activated, this, &ObpCustomerListsTab::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_openButton->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(m_context, &ObpFormContext::busyChanged, this, [this](bool busy) { m_loadButton->setEnabled(!busy); });
}

void ObpCustomerListsTab::load()
{
    if (m_context->isBusy())
        return;
    ObpApi *api = m_context->api();
    const QString bank = m_context->bankId();
    PendingCall<ObpCustomerList> call;
    switch (m_which->currentData().toInt()) {
    case Mine: call = api->customersForCurrentUser(); break;
    case MineAtBank: call = api->customersForCurrentUserAtBank(bank); break;
    default: call = api->firehoseCustomers(bank, m_limit->value(), m_offset->value()); break;
    }
    m_context->run<ObpCustomerList>(call, this, tr("Loading customers\u2026"), [this](const ObpCustomerList &list) {
        show(list.customers);
        if (list.customers.isEmpty())
            m_context->banner()->showMessage(MessageBanner::Type::Information, tr("No customers in this list."));
    });
}

void ObpCustomerListsTab::show(const QList<ObpCustomer> &customers)
{
    m_customers = customers;
    QList<ObpTableModel::Row> rows;
    for (const ObpCustomer &c : customers) {
        rows.append({c.customerId,
                     {c.legalName, c.customerNumber, c.bankId, ObpFormParts::displayDate(c.dateOfBirth), c.email,
                      c.mobilePhoneNumber, c.branchId, c.kycStatus ? tr("yes") : tr("no"), c.customerId}});
    }
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
}

void ObpCustomerListsTab::openSelected()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const QString id = m_proxy->data(selected.first(), ObpTableModel::IdRole).toString();
    for (const ObpCustomer &c : m_customers) {
        if (c.customerId == id) {
            m_context->setCustomer(c);
            emit m_context->showCustomerRequested();
            return;
        }
    }
}
