#include "ChannelHoldsForm.h"
#include "widgets/FormParts.h"

#include "ChannelHoldsTableModel.h"
#include "IdentificationType.h"
#include "widgets/MessageBanner.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>


ChannelHoldsForm::ChannelHoldsForm(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_api(client)
    , m_client(client)
{
    // Esc stops a running request, as in every form.
    FormParts::cancelOnEscape(this, [this] { m_call.abort(); });
    setObjectName(QStringLiteral("channelHoldsForm"));
    setAccessibleName(tr("Channel holds"));
    buildUi();
    updateInputs();
}

ChannelHoldsForm::~ChannelHoldsForm() = default;

void ChannelHoldsForm::buildUi()
{
    QLabel *heading = FormParts::pageHeading(tr("Channel holds"), this);
    QLabel *intro = FormParts::pageIntro(
        tr("See which of a customer's channels are locked, and lock or unlock a channel at the customer's "
           "request."),
        this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));

    auto *searchBox = new QGroupBox(tr("Customer"), this);
    auto *search = new QHBoxLayout(searchBox);
    m_identificationType = new QComboBox(searchBox);
    m_identificationType->setObjectName(QStringLiteral("identificationType"));
    m_identificationType->setAccessibleName(tr("Identification type"));
    for (IdentificationType type : IdentificationTypes::all())
        m_identificationType->addItem(IdentificationTypes::code(type), IdentificationTypes::code(type));
    m_identificationNumber = new QLineEdit(searchBox);
    m_identificationNumber->setObjectName(QStringLiteral("identificationNumber"));
    m_identificationNumber->setAccessibleName(tr("Identification number"));
    m_identificationNumber->setMaxLength(SecurityJson::maxIdentSerialNumLength);
    m_identificationError = FormParts::fieldErrorLabel(QStringLiteral("identificationNumberError"), searchBox);
    auto *numberLabel = new QLabel(tr("Identification &number:"), searchBox);
    numberLabel->setBuddy(m_identificationNumber);
    m_status = new QComboBox(searchBox);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Which holds"));
    m_status->addItem(tr("All channels"), false);
    m_status->addItem(tr("Locked only"), true);
    m_perPage = new QSpinBox(searchBox);
    m_perPage->setObjectName(QStringLiteral("recordsPerPage"));
    m_perPage->setAccessibleName(tr("Records per page"));
    m_perPage->setRange(1, ChannelHoldsQuery::maxRecordsPerPage);
    m_perPage->setValue(10);
    auto *perPageLabel = new QLabel(tr("&Per page:"), searchBox);
    perPageLabel->setBuddy(m_perPage);
    m_consultButton = new QPushButton(tr("&Consult"), searchBox);
    m_consultButton->setObjectName(QStringLiteral("consultButton"));
    m_consultButton->setProperty("submitsForm", true); // Ctrl+Enter
    m_consultButton->setAutoDefault(true);
    auto *numberBox = new QVBoxLayout;
    numberBox->addWidget(m_identificationNumber);
    numberBox->addWidget(m_identificationError);
    search->addWidget(m_identificationType);
    search->addWidget(numberLabel);
    search->addLayout(numberBox, 1);
    search->addWidget(m_status);
    search->addWidget(perPageLabel);
    search->addWidget(m_perPage);
    search->addWidget(m_consultButton);

    m_model = new ChannelHoldsTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("holdsTable"));
    m_table->setAccessibleName(tr("Channel holds"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Columns as wide as their captions ("Fecha de bloqueo" was cut).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(200);

    m_previousButton = new QPushButton(tr("\u25c0 P&revious"), this);
    m_previousButton->setObjectName(QStringLiteral("previousPageButton"));
    m_nextButton = new QPushButton(tr("Ne&xt \u25b6"), this);
    m_nextButton->setObjectName(QStringLiteral("nextPageButton"));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    auto *paging = new QHBoxLayout;
    paging->addWidget(m_previousButton);
    paging->addWidget(m_pageLabel);
    paging->addWidget(m_nextButton);
    paging->addStretch(1);

    auto *changeBox = new QGroupBox(tr("Lock or unlock"), this);
    changeBox->setObjectName(QStringLiteral("changeBox"));
    auto *form = new QFormLayout(changeBox);
    m_action = new QComboBox(changeBox);
    m_action->setObjectName(QStringLiteral("action"));
    m_action->setAccessibleName(tr("Lock or unlock"));
    m_action->addItem(tr("Lock"), true);
    m_action->addItem(tr("Unlock"), false);
    m_action->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // two words, not the page width
    auto *actionLabel = new QLabel(tr("&Action:"), changeBox);
    actionLabel->setBuddy(m_action);
    form->addRow(actionLabel, m_action);

    m_byChannel = new QRadioButton(tr("Channel and su&bchannel"), changeBox);
    m_byChannel->setObjectName(QStringLiteral("byChannel"));
    m_byChannel->setChecked(true);
    m_byPseudoChannel = new QRadioButton(tr("P&seudo-channel"), changeBox);
    m_byPseudoChannel->setObjectName(QStringLiteral("byPseudoChannel"));
    auto *byGroup = new QButtonGroup(this);
    byGroup->addButton(m_byChannel);
    byGroup->addButton(m_byPseudoChannel);
    m_channel = new QLineEdit(changeBox);
    m_channel->setObjectName(QStringLiteral("channel"));
    m_channel->setAccessibleName(tr("Channel code"));
    m_channel->setMaxLength(3);
    m_channel->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), m_channel));
    m_subChannel = new QLineEdit(changeBox);
    m_subChannel->setObjectName(QStringLiteral("subChannel"));
    m_subChannel->setAccessibleName(tr("Subchannel code"));
    m_subChannel->setMaxLength(2);
    m_subChannel->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), m_subChannel));
    m_pseudoChannel = new QComboBox(changeBox);
    m_pseudoChannel->setObjectName(QStringLiteral("pseudoChannel"));
    m_pseudoChannel->setAccessibleName(tr("Pseudo-channel"));
    for (const char *name : {"INTERNET", "APP", "OFICINAS", "ATM", "IVR"})
        m_pseudoChannel->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    auto *channelRow = new QHBoxLayout;
    channelRow->addWidget(m_byChannel);
    channelRow->addWidget(m_channel);
    channelRow->addWidget(m_subChannel);
    channelRow->addSpacing(16);
    channelRow->addWidget(m_byPseudoChannel);
    channelRow->addWidget(m_pseudoChannel);
    channelRow->addStretch(1);
    form->addRow(tr("Which channel:"), channelRow);

    m_forCustomer = new QRadioButton(tr("Every product of the c&ustomer"), changeBox);
    m_forCustomer->setObjectName(QStringLiteral("forCustomer"));
    m_forCustomer->setChecked(true);
    m_forProduct = new QRadioButton(tr("One pr&oduct:"), changeBox);
    m_forProduct->setObjectName(QStringLiteral("forProduct"));
    auto *scopeGroup = new QButtonGroup(this);
    scopeGroup->addButton(m_forCustomer);
    scopeGroup->addButton(m_forProduct);
    m_product = new QLineEdit(changeBox);
    m_product->setObjectName(QStringLiteral("product"));
    m_product->setAccessibleName(tr("Product number"));
    m_product->setMaxLength(20);
    m_product->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), m_product));
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_forCustomer);
    scopeRow->addWidget(m_forProduct);
    scopeRow->addWidget(m_product);
    scopeRow->addStretch(1);
    form->addRow(tr("Scope:"), scopeRow);
    m_changeError = FormParts::fieldErrorLabel(QStringLiteral("changeError"), changeBox);
    form->addRow(m_changeError);
    m_applyButton = new QPushButton(tr("Appl&y\u2026"), changeBox);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    // A button as wide as its caption, not as the fields above it.
    m_applyButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(QString(), m_applyButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(searchBox);
    layout->addWidget(m_table, 1);
    layout->addLayout(paging);
    layout->addWidget(changeBox);

    connect(m_consultButton, &QPushButton::clicked, this, &ChannelHoldsForm::consult);
    connect(m_identificationNumber, &QLineEdit::returnPressed, this, &ChannelHoldsForm::consult);
    connect(m_previousButton, &QPushButton::clicked, this, [this] { load(m_query, m_page - 1); });
    connect(m_nextButton, &QPushButton::clicked, this, [this] { load(m_query, m_page + 1); });
    connect(m_applyButton, &QPushButton::clicked, this, &ChannelHoldsForm::askToApply);
    connect(m_byChannel, &QRadioButton::toggled, this, [this] { updateInputs(); });
    connect(m_forProduct, &QRadioButton::toggled, this, [this] { updateInputs(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChannelHoldsForm::fillFromSelection);
}

int ChannelHoldsForm::pageCount() const
{
    return ChannelHolds::pageCount(m_totalRecords, m_recordsPerPage);
}

void ChannelHoldsForm::consult()
{
    if (isBusy())
        return;
    m_identificationError->hide();
    ChannelHoldsQuery query;
    query.govIssueIdentType = m_identificationType->currentData().toString();
    query.identSerialNum = m_identificationNumber->text().trimmed();
    query.lockedOnly = m_status->currentData().toBool();
    query.recordsPerPage = m_perPage->value();
    load(query, 1);
}

void ChannelHoldsForm::load(ChannelHoldsQuery query, int page)
{
    if (isBusy())
        return;
    page = qMax(1, page);
    query.initialRecord = ChannelHoldsQuery::initialRecordOfPage(page, query.recordsPerPage);
    const FieldIssues issues = query.validate();
    if (!issues.isEmpty()) {
        showIssues(issues);
        return;
    }
    const PendingCall<ChannelHolds> call = m_api.channelHolds(query);
    m_call.await(call, [this, query, page](const ChannelHolds &reply) {
        m_query = query;
        m_page = page;
        m_recordsPerPage = query.recordsPerPage;
        showPage(reply);
    });
}

void ChannelHoldsForm::showPage(const ChannelHolds &holds)
{
    m_totalRecords = holds.totalRecords;
    m_model->setHolds(holds.holds);
    m_table->resizeColumnsToContents();
    const int first = holds.holds.isEmpty() ? 0 : m_query.initialRecord;
    const int last = holds.holds.isEmpty() ? 0 : m_query.initialRecord + int(holds.holds.size()) - 1;
    m_pageLabel->setText(tr("Page %1 of %2 \u00b7 records %3\u2013%4 of %5")
                             .arg(m_page)
                             .arg(pageCount())
                             .arg(first)
                             .arg(last)
                             .arg(m_totalRecords));
    if (holds.holds.isEmpty())
        m_banner->showMessage(MessageBanner::Type::Information,
                              m_query.lockedOnly ? tr("The customer has no locked channels.")
                                                 : tr("The customer has no channel holds on record."));
    updateInputs();
}

ChannelHoldChange ChannelHoldsForm::change() const
{
    ChannelHoldChange c;
    c.govIssueIdentType = m_query.identSerialNum.isEmpty() ? m_identificationType->currentData().toString()
                                                           : m_query.govIssueIdentType;
    c.identSerialNum = m_query.identSerialNum.isEmpty() ? m_identificationNumber->text().trimmed()
                                                        : m_query.identSerialNum;
    if (m_byPseudoChannel->isChecked()) {
        c.channelDesc = m_pseudoChannel->currentData().toString();
    } else {
        c.channel = m_channel->text().trimmed();
        c.subChannel = m_subChannel->text().trimmed();
    }
    c.lock = m_action->currentData().toBool();
    c.byProduct = m_forProduct->isChecked();
    c.acctId = c.byProduct ? m_product->text().trimmed() : QString();
    c.user = m_client->operatorSession().user;
    c.branchId = m_client->operatorSession().branchId;
    return c;
}

void ChannelHoldsForm::askToApply()
{
    if (isBusy() || m_confirmation)
        return;
    m_changeError->hide();
    const ChannelHoldChange c = change();
    const FieldIssues issues = c.validate();
    if (!issues.isEmpty()) {
        QStringList messages;
        for (const FieldIssue &issue : issues)
            messages << issue.message;
        m_changeError->setText(messages.join(QLatin1Char(' ')));
        m_changeError->show();
        return;
    }
    // Window-modal and asynchronous (open(), not exec()): no nested event loop.
    auto *box = new QMessageBox(QMessageBox::Question, c.lock ? tr("Lock channel") : tr("Unlock channel"),
                                tr("%1, for customer %2 %3?").arg(c.describe(), c.govIssueIdentType, c.identSerialNum),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmChange"));
    box->setInformativeText(tr("This is recorded in the journal under your user %1, branch %2.")
                                .arg(c.user, c.branchId));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation = box;
    connect(box, &QMessageBox::finished, this, [this, c](int result) {
        if (result == QMessageBox::Yes)
            apply(c);
        else
            m_banner->showMessage(MessageBanner::Type::Information, tr("Nothing was changed."));
    });
    box->open();
}

void ChannelHoldsForm::apply(const ChannelHoldChange &c)
{
    const PendingCall<ChannelHoldChangeReply> call = m_api.changeChannelHold(c);
    const auto done = [this, c](const ChannelHoldChangeReply &) {
        m_banner->showMessage(MessageBanner::Type::Positive, tr("Done: %1.").arg(c.describe()));
        // The result refreshes the page on screen.
        if (!m_query.identSerialNum.isEmpty())
            load(m_query, m_page);
    };
    m_call.await(call, done, [this](const ApiError &error) {
        const bool unknown = error.kind == ApiError::Kind::Timeout || error.kind == ApiError::Kind::Network;
        if (unknown) {
            // The bank may have done it: never resend on our own.
            m_banner->showMessage(MessageBanner::Type::Warning,
                                  tr("No answer from the bank: the change may or may not have been made. "
                                     "Consult the holds again before trying once more."),
                                  tr("Reference for support: %1").arg(error.supportReference()));
        } else {
            showError(error);
        }
    });
}

void ChannelHoldsForm::fillFromSelection()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const ChannelHold *hold = m_model->hold(rows.first().row());
    if (!hold)
        return;
    m_byChannel->setChecked(true);
    m_channel->setText(hold->channel);
    m_subChannel->setText(hold->subChannel);
    m_forProduct->setChecked(hold->byProduct());
    m_forCustomer->setChecked(!hold->byProduct());
    m_product->setText(hold->acctId);
    m_action->setCurrentIndex(m_action->findData(!hold->locked()));
}

void ChannelHoldsForm::setBusy(bool busy)
{
    updateInputs();
    emit busyChanged(busy);
}

void ChannelHoldsForm::updateInputs()
{
    const bool busy = isBusy();
    m_consultButton->setEnabled(!busy);
    m_previousButton->setEnabled(!busy && !m_query.identSerialNum.isEmpty() && m_page > 1);
    m_nextButton->setEnabled(!busy && !m_query.identSerialNum.isEmpty() && m_page < pageCount());
    m_applyButton->setEnabled(!busy);
    m_channel->setEnabled(m_byChannel->isChecked());
    m_subChannel->setEnabled(m_byChannel->isChecked());
    m_pseudoChannel->setEnabled(!m_byChannel->isChecked());
    m_product->setEnabled(m_forProduct->isChecked());
}

void ChannelHoldsForm::showIssues(const FieldIssues &issues)
{
    QStringList messages;
    for (const FieldIssue &issue : issues)
        messages << issue.message;
    m_identificationError->setText(messages.join(QLatin1Char(' ')));
    m_identificationError->show();
    m_identificationNumber->setAccessibleDescription(m_identificationError->text());
    m_identificationNumber->setFocus(Qt::OtherFocusReason);
}

void ChannelHoldsForm::showError(const ApiError &error)
{
    const QString reference = error.supportReference();
    m_banner->showMessage(MessageBanner::Type::Error, error.userMessage(),
                          reference.isEmpty() ? QString() : tr("Reference for support: %1").arg(reference));
}
