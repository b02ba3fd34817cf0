#include "ObpSocialMediaTab.h"

#include "ObpFormParts.h"
#include "ObpJson.h"
#include "ObpTableModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace ObpFormParts;

ObpSocialMediaTab::ObpSocialMediaTab(ObpFormContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("obpSocialMediaTab"));
    m_model = new ObpTableModel({tr("Type"), tr("Handle"), tr("Added"), tr("Activated"), tr("Customer number")}, this);
    m_table = table(this, m_model, "obpSocialMediaTable", tr("Social media handles"));

    auto *form = new QFormLayout;
    auto *fields = new QWidget(this);
    fields->setLayout(form);
    m_type = editableCombo(fields, "obpSocialType", tr("Social network"),
                           {QStringLiteral("twitter"), QStringLiteral("facebook"), QStringLiteral("linkedin"),
                            QStringLiteral("instagram")});
    m_handle = lineEdit(fields, "obpSocialHandle", tr("Handle"));
    m_handle->setPlaceholderText(tr("@eveline"));
    m_dateAdded = dateEdit(fields, "obpSocialDateAdded", tr("Date added"));
    m_dateActivated = dateEdit(fields, "obpSocialDateActivated", tr("Date activated"));
    m_errors.add(QStringLiteral("type"), m_type, addRow(form, tr("Netwo&rk:"), m_type, "obpSocialTypeError"));
    m_errors.add(QStringLiteral("handle"), m_handle, addRow(form, tr("Handle:"), m_handle, "obpSocialHandleError"));
    m_errors.add(QStringLiteral("date_added"), m_dateAdded, addRow(form, tr("Date added:"), m_dateAdded, "obpSocialDateAddedError"));
    m_errors.add(QStringLiteral("date_activated"), m_dateActivated,
                 addRow(form, tr("Date activated:"), m_dateActivated, "obpSocialDateActivatedError"));

    m_addButton = new QPushButton(tr("Add handle"), this);
    m_addButton->setObjectName(QStringLiteral("obpAddSocialHandleButton"));
    m_addButton->setProperty("submitsForm", true);
    m_refreshButton = new QPushButton(tr("Refresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("obpRefreshSocialButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refreshButton);
    buttons->addStretch(1);
    buttons->addWidget(m_addButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(fields);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &ObpSocialMediaTab::add);
    connect(m_refreshButton, &QPushButton::clicked, this, &ObpSocialMediaTab::refresh);
    connect(m_context, &ObpFormContext::busyChanged, this, [this](bool busy) {
        m_addButton->setEnabled(!busy);
        m_refreshButton->setEnabled(!busy);
    });
}

void ObpSocialMediaTab::refresh()
{
    if (!m_context->hasCustomer() || m_context->isBusy())
        return;
    m_context->run<ObpSocialMediaHandleList>(
        m_context->api()->socialMediaHandles(m_context->customerBankId(), m_context->customer().customerId), this,
        tr("Loading social media handles\u2026"), [this](const ObpSocialMediaHandleList &list) { show(list.checks); });
}

void ObpSocialMediaTab::show(const QList<ObpSocialMediaHandle> &handles)
{
    QList<ObpTableModel::Row> rows;
    for (const ObpSocialMediaHandle &h : handles)
        rows.append({h.handle, {h.type, h.handle, displayDate(h.dateAdded), displayDate(h.dateActivated), h.customerNumber}});
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
}

void ObpSocialMediaTab::add()
{
    if (!m_context->hasCustomer() || m_context->isBusy())
        return;
    ObpSocialMediaHandle h;
    h.customerNumber = m_context->customer().customerNumber;
    h.type = m_type->currentText().trimmed();
    h.handle = m_handle->text().trimmed();
    h.dateAdded = ObpJson::date(m_dateAdded->date());
    h.dateActivated = ObpJson::date(m_dateActivated->date());
    const FieldIssues issues = h.validate();
    m_errors.show(issues);
    if (!issues.isEmpty())
        return;
    m_context->run<ObpSuccess>(
        m_context->api()->addSocialMediaHandle(m_context->customerBankId(), m_context->customer().customerId, h), this,
        tr("Adding the handle\u2026"),
        [this, h](const ObpSuccess &) {
            m_handle->clear();
            m_context->showDone(tr("Handle %1 (%2) added.").arg(h.handle, h.type));
            refresh();
        },
        ObpFormContext::Changes::NotIdempotent);
}
