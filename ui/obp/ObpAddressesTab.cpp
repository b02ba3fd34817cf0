#include "ObpAddressesTab.h"

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

ObpAddressesTab::ObpAddressesTab(ObpFormContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("obpAddressesTab"));
    m_model = new ObpTableModel({tr("Address"), tr("State"), tr("Tags"), tr("Status"), tr("Added")}, this);
    m_table = table(this, m_model, "obpAddressesTable", tr("Addresses"), Selection::SingleRow);

    auto *fields = new QWidget(this);
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    m_line1 = lineEdit(fields, "obpAddressLine1", tr("Address line 1"));
    m_line2 = lineEdit(fields, "obpAddressLine2", tr("Address line 2"));
    m_line3 = lineEdit(fields, "obpAddressLine3", tr("Address line 3"));
    m_city = lineEdit(fields, "obpAddressCity", tr("City"));
    m_county = lineEdit(fields, "obpAddressCounty", tr("County"));
    m_state = lineEdit(fields, "obpAddressState", tr("State"));
    m_postcode = lineEdit(fields, "obpAddressPostcode", tr("Postcode"));
    m_countryCode = lineEdit(fields, "obpAddressCountryCode", tr("Country code"));
    m_countryCode->setPlaceholderText(tr("DE"));
    m_tags = lineEdit(fields, "obpAddressTags", tr("Tags, separated by spaces"));
    m_tags->setPlaceholderText(tr("mailing home"));
    m_status = lineEdit(fields, "obpAddressStatus", tr("Address status"));
    m_status->setPlaceholderText(tr("OK"));
    auto *leftBox = new QWidget(fields);
    leftBox->setLayout(left);
    auto *rightBox = new QWidget(fields);
    rightBox->setLayout(right);
    m_errors.add(QStringLiteral("line_1"), m_line1, addRow(left, tr("Line &1:"), m_line1, "obpAddressLine1Error"));
    m_errors.add(QStringLiteral("line_2"), m_line2, addRow(left, tr("Line &2:"), m_line2, "obpAddressLine2Error"));
    m_errors.add(QStringLiteral("line_3"), m_line3, addRow(left, tr("Line &3:"), m_line3, "obpAddressLine3Error"));
    m_errors.add(QStringLiteral("city"), m_city, addRow(left, tr("Cit&y:"), m_city, "obpAddressCityError"));
    m_errors.add(QStringLiteral("county"), m_county, addRow(left, tr("County:"), m_county, "obpAddressCountyError"));
    m_errors.add(QStringLiteral("state"), m_state, addRow(right, tr("State:"), m_state, "obpAddressStateError"));
    m_errors.add(QStringLiteral("postcode"), m_postcode, addRow(right, tr("Postcode:"), m_postcode, "obpAddressPostcodeError"));
    m_errors.add(QStringLiteral("country_code"), m_countryCode,
                 addRow(right, tr("Country code:"), m_countryCode, "obpAddressCountryCodeError"));
    m_errors.add(QStringLiteral("tags"), m_tags, addRow(right, tr("Ta&gs:"), m_tags, "obpAddressTagsError"));
    m_errors.add(QStringLiteral("status"), m_status, addRow(right, tr("Status:"), m_status, "obpAddressStatusError"));
    auto *columns = new QHBoxLayout(fields);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(leftBox, 1);
    columns->addWidget(rightBox, 1);

    m_addButton = new QPushButton(tr("Add address"), this);
    m_addButton->setObjectName(QStringLiteral("obpAddAddressButton"));
    m_addButton->setProperty("submitsForm", true);
    m_saveButton = new QPushButton(tr("Save changes to selected"), this);
    m_saveButton->setObjectName(QStringLiteral("obpSaveAddressButton"));
    m_deleteButton = new QPushButton(tr("Delete selected\u2026"), this);
    m_deleteButton->setObjectName(QStringLiteral("obpDeleteAddressButton"));
    m_refreshButton = new QPushButton(tr("Refresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("obpRefreshAddressesButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refreshButton);
    buttons->addStretch(1);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_addButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(fields);
    layout->addLayout(buttons);

    const auto updateButtons = [this] {
        const bool busy = m_context->isBusy();
        const bool chosen = selected() != nullptr;
        m_addButton->setEnabled(!busy);
        m_refreshButton->setEnabled(!busy);
        m_saveButton->setEnabled(!busy && chosen);
        m_deleteButton->setEnabled(!busy && chosen);
    };
    updateButtons();
    connect(m_context, &ObpFormContext::busyChanged, this, updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, updateButtons] {
        fillFromSelection();
        updateButtons();
    });
    connect(m_addButton, &QPushButton::clicked, this, &ObpAddressesTab::add);
    connect(m_saveButton, &QPushButton::clicked, this, &ObpAddressesTab::saveSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &ObpAddressesTab::askToDeleteSelected);
    connect(m_refreshButton, &QPushButton::clicked, this, &ObpAddressesTab::refresh);
}

const ObpAddress *ObpAddressesTab::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const QString id = m_model->idAt(rows.first().row());
    for (const ObpAddress &a : m_addresses)
        if (a.customerAddressId == id)
            return &a;
    return nullptr;
}

void ObpAddressesTab::refresh()
{
    if (!m_context->hasCustomer() || m_context->isBusy())
        return;
    m_context->run<ObpAddressList>(
        m_context->api()->addresses(m_context->customerBankId(), m_context->customer().customerId), this,
        tr("Loading addresses\u2026"), [this](const ObpAddressList &list) { show(list.addresses); });
}

void ObpAddressesTab::show(const QList<ObpAddress> &addresses)
{
    m_addresses = addresses;
    QList<ObpTableModel::Row> rows;
    for (const ObpAddress &a : addresses)
        rows.append({a.customerAddressId,
                     {a.summary(), a.state, a.tags.join(QLatin1Char(' ')), a.status, displayDate(a.insertDate)}});
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
}

ObpAddressRequest ObpAddressesTab::request() const
{
    ObpAddressRequest r;
    r.line1 = m_line1->text();
    r.line2 = m_line2->text();
    r.line3 = m_line3->text();
    r.city = m_city->text();
    r.county = m_county->text();
    r.state = m_state->text();
    r.postcode = m_postcode->text();
    r.countryCode = m_countryCode->text();
    r.tags = m_tags->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    r.status = m_status->text();
    return r;
}

bool ObpAddressesTab::validate(const ObpAddressRequest &r)
{
    const FieldIssues issues = r.validate();
    m_errors.show(issues);
    if (!issues.isEmpty())
        m_context->banner()->showMessage(MessageBanner::Type::Error, tr("Correct the marked fields; nothing was sent."));
    return issues.isEmpty();
}

void ObpAddressesTab::add()
{
    if (!m_context->hasCustomer() || m_context->isBusy())
        return;
    const ObpAddressRequest r = request();
    if (!validate(r))
        return;
    m_context->run<ObpAddress>(
        m_context->api()->createAddress(m_context->customerBankId(), m_context->customer().customerId, r), this,
        tr("Adding the address\u2026"),
        [this](const ObpAddress &created) {
            m_addresses.append(created);
            show(m_addresses);
            m_context->showDone(tr("Address added: %1.").arg(created.summary()));
        },
        ObpFormContext::Changes::NotIdempotent);
}

void ObpAddressesTab::saveSelected()
{
    const ObpAddress *address = selected();
    if (!address || m_context->isBusy())
        return;
    const ObpAddressRequest r = request();
    if (!validate(r))
        return;
    const QString id = address->customerAddressId;
    m_context->run<ObpAddress>(
        m_context->api()->updateAddress(m_context->customerBankId(), m_context->customer().customerId, id, r), this,
        tr("Saving the address\u2026"), [this, id](const ObpAddress &updated) {
            for (ObpAddress &a : m_addresses)
                if (a.customerAddressId == id)
                    a = updated;
            show(m_addresses);
            m_context->showDone(tr("Address saved: %1.").arg(updated.summary()));
        });
}

void ObpAddressesTab::askToDeleteSelected()
{
    const ObpAddress *address = selected();
    if (!address || m_context->isBusy() || m_confirmation)
        return;
    const QString id = address->customerAddressId;
    const QString summary = address->summary();
    m_context->confirm(
        this, m_confirmation, "obpConfirmDeleteAddress", tr("Delete address"),
        tr("Delete the address \"%1\" of %2?").arg(summary, m_context->customer().legalName),
        tr("Nothing was deleted."),
        [this, id, summary] {
            m_context->run<bool>(
                m_context->api()->deleteAddress(m_context->customerBankId(), m_context->customer().customerId, id),
                this, tr("Deleting the address\u2026"),
                [this, id, summary](const bool &) {
                    m_addresses.removeIf([&id](const ObpAddress &a) { return a.customerAddressId == id; });
                    show(m_addresses);
                    m_context->showDone(tr("Address deleted: %1.").arg(summary));
                },
                ObpFormContext::Changes::NotIdempotent);
        });
}

void ObpAddressesTab::fillFromSelection()
{
    const ObpAddress *a = selected();
    if (!a)
        return;
    m_line1->setText(a->line1);
    m_line2->setText(a->line2);
    m_line3->setText(a->line3);
    m_city->setText(a->city);
    m_county->setText(a->county);
    m_state->setText(a->state);
    m_postcode->setText(a->postcode);
    m_countryCode->setText(a->countryCode);
    m_tags->setText(a->tags.join(QLatin1Char(' ')));
    m_status->setText(a->status);
}
