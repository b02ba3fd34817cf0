#include "ObpTaxResidencesTab.h"

#include "ObpFormParts.h"
#include "ObpTableModel.h"
#include "widgets/MessageBanner.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace ObpFormParts;

ObpTaxResidencesTab::ObpTaxResidencesTab(ObpFormContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("obpTaxResidencesTab"));
    m_model = new ObpTableModel({tr("Domain"), tr("Tax number"), tr("TAX_RESIDENCE_ID")}, this);
    m_table = table(this, m_model, "obpTaxResidencesTable", tr("Tax residences"), Selection::SingleRow);

    auto *form = new QFormLayout;
    auto *fields = new QWidget(this);
    fields->setLayout(form);
    m_domain = lineEdit(fields, "obpTaxDomain", tr("Tax domain"));
    m_domain->setPlaceholderText(tr("DE"));
    m_taxNumber = lineEdit(fields, "obpTaxNumber", tr("Tax number"));
    m_errors.add(QStringLiteral("domain"), m_domain, addRow(form, tr("Domain:"), m_domain, "obpTaxDomainError"));
    m_errors.add(QStringLiteral("tax_number"), m_taxNumber, addRow(form, tr("Tax number:"), m_taxNumber, "obpTaxNumberError"));

    m_addButton = new QPushButton(tr("Add tax residence"), this);
    m_addButton->setObjectName(QStringLiteral("obpAddTaxResidenceButton"));
    m_addButton->setProperty("submitsForm", true);
    m_deleteButton = new QPushButton(tr("Delete selected\u2026"), this);
    m_deleteButton->setObjectName(QStringLiteral("obpDeleteTaxResidenceButton"));
    m_refreshButton = new QPushButton(tr("Refresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("obpRefreshTaxResidencesButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refreshButton);
    buttons->addStretch(1);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_addButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(fields);
    layout->addLayout(buttons);

    const auto updateButtons = [this] {
        const bool busy = m_context->isBusy();
        m_addButton->setEnabled(!busy);
        m_refreshButton->setEnabled(!busy);
        m_deleteButton->setEnabled(!busy && m_table->selectionModel()->hasSelection());
    };
    updateButtons();
    connect(m_context, &ObpFormContext::busyChanged, this, updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    connect(m_addButton, &QPushButton::clicked, this, &ObpTaxResidencesTab::add);
    connect(m_deleteButton, &QPushButton::clicked, this, &ObpTaxResidencesTab::askToDeleteSelected);
    connect(m_refreshButton, &QPushButton::clicked, this, &ObpTaxResidencesTab::refresh);
}

void ObpTaxResidencesTab::refresh()
{
    if (!m_context->hasCustomer() || m_context->isBusy())
        return;
    m_context->run<ObpTaxResidenceList>(
        m_context->api()->taxResidences(m_context->customerBankId(), m_context->customer().customerId), this,
        tr("Loading tax residences\u2026"), [this](const ObpTaxResidenceList &list) { show(list.taxResidences); });
}

void ObpTaxResidencesTab::show(const QList<ObpTaxResidence> &list)
{
    m_list = list;
    QList<ObpTableModel::Row> rows;
    for (const ObpTaxResidence &t : list)
        rows.append({t.taxResidenceId, {t.domain, t.taxNumber, t.taxResidenceId}});
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
}

void ObpTaxResidencesTab::add()
{
    if (!m_context->hasCustomer() || m_context->isBusy())
        return;
    const ObpTaxResidenceRequest r{m_domain->text(), m_taxNumber->text()};
    const FieldIssues issues = r.validate();
    m_errors.show(issues);
    if (!issues.isEmpty())
        return;
    m_context->run<ObpTaxResidence>(
        m_context->api()->createTaxResidence(m_context->customerBankId(), m_context->customer().customerId, r), this,
        tr("Adding the tax residence\u2026"),
        [this](const ObpTaxResidence &created) {
            m_list.append(created);
            show(m_list);
            m_domain->clear();
            m_taxNumber->clear();
            m_context->showDone(tr("Tax residence added: %1 %2.").arg(created.domain, created.taxNumber));
        },
        ObpFormContext::Changes::NotIdempotent);
}

void ObpTaxResidencesTab::askToDeleteSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_context->isBusy() || m_confirmation)
        return;
    const QString id = m_model->idAt(rows.first().row());
    const QString what = m_model->data(m_model->index(rows.first().row(), 0)).toString() + QLatin1Char(' ')
                         + m_model->data(m_model->index(rows.first().row(), 1)).toString();
    m_context->confirm(
        this, m_confirmation, "obpConfirmDeleteTaxResidence", tr("Delete tax residence"),
        tr("Delete the tax residence \"%1\" of %2?").arg(what, m_context->customer().legalName),
        tr("Nothing was deleted."),
        [this, id, what] {
            m_context->run<bool>(
                m_context->api()->deleteTaxResidence(m_context->customerBankId(), m_context->customer().customerId, id),
                this, tr("Deleting the tax residence\u2026"),
                [this, id, what](const bool &) {
                    m_list.removeIf([&id](const ObpTaxResidence &t) { return t.taxResidenceId == id; });
                    show(m_list);
                    m_context->showDone(tr("Tax residence deleted: %1.").arg(what));
                },
                ObpFormContext::Changes::NotIdempotent);
        });
}
