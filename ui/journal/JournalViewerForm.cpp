#include "JournalViewerForm.h"

#include "OperationNames.h"

#include "DisplayFormat.h"
#include "JournalTableModel.h"
#include "Masking.h"
#include "widgets/MessageBanner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <limits>

namespace {

// Banner lists of row numbers stop here and say how many more.
constexpr int kListedIdsMax = 10;

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qsizetype i = 0; i < ids.size() && i < kListedIdsMax; ++i)
        parts << QString::number(ids.at(i));
    QString text = parts.join(QStringLiteral(", "));
    if (ids.size() > kListedIdsMax)
        text = JournalViewerForm::tr("%1 and %2 more").arg(text).arg(ids.size() - kListedIdsMax);
    return text;
}

QString rangeList(const QList<JournalIdRange> &ranges)
{
    QStringList parts;
    for (qsizetype i = 0; i < ranges.size() && i < kListedIdsMax; ++i) {
        const JournalIdRange &range = ranges.at(i);
        parts << (range.first == range.last ? QString::number(range.first)
                                            : JournalViewerForm::tr("%1 to %2").arg(range.first).arg(range.last));
    }
    QString text = parts.join(QStringLiteral(", "));
    if (ranges.size() > kListedIdsMax)
        text = JournalViewerForm::tr("%1 and %2 more").arg(text).arg(ranges.size() - kListedIdsMax);
    return text;
}

qint64 countOf(const QList<JournalIdRange> &ranges)
{
    qint64 count = 0;
    for (const JournalIdRange &range : ranges)
        count += range.last - range.first + 1;
    return count;
}

// RFC 4180 quoting, plus a leading apostrophe for cells Excel would run as a
// formula (=, +, -, @): a hand-edited journal row must not become code on
// the auditor's machine.
QString csvCell(const QString &value)
{
    QString cell = value;
    if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char(';')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n'))
        || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QLabel *makeIssueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    label->hide();
    return label;
}

} // namespace

JournalViewerForm::JournalViewerForm(Journal *journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
{
    setObjectName(QStringLiteral("journalViewerForm"));
    setAccessibleName(tr("Journal"));
    buildUi();

    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        // Not waited for any more (the journal went away meanwhile).
        if (!m_verifying || m_watcher.future().resultCount() < 1)
            return;
        m_integrity = m_watcher.result();
        m_verifying = false;
        showIntegrity();
    });
    if (m_journal) {
        connect(m_journal, &Journal::recorded, this, [this] {
            // A hidden page catches up when shown; a visible one at once.
            if (isVisible())
                refresh();
            else
                m_stale = true;
        });
    }
    refresh();
}

// The check runs on its own connection with copies of what it needs, so a
// form closed mid-check leaves nothing behind but the finished future.
JournalViewerForm::~JournalViewerForm() = default;

void JournalViewerForm::buildUi()
{
    auto *heading = new QLabel(tr("Journal"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *intro = new QLabel(tr("Every operation done at this workstation, with its outcome and references. "
                                "Identity numbers are shown masked."),
                             this);
    intro->setWordWrap(true);

    m_integrityBanner = new MessageBanner(this);
    m_integrityBanner->setObjectName(QStringLiteral("integrityBanner"));
    m_integrityBanner->setAccessibleName(tr("Journal integrity"));
    m_messageBanner = new MessageBanner(this);
    m_messageBanner->setObjectName(QStringLiteral("messageBanner"));

    auto *filterBox = new QGroupBox(tr("Filter"), this);
    filterBox->setObjectName(QStringLiteral("filterBox"));

    const auto makeDateEdit = [filterBox](const QString &objectName, const QString &accessibleName) {
        auto *edit = new QDateEdit(filterBox);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessibleName);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        return edit;
    };
    m_from = makeDateEdit(QStringLiteral("fromDate"), tr("From date"));
    m_from->setToolTip(tr("First day to show (dd/mm/yyyy)"));
    m_to = makeDateEdit(QStringLiteral("toDate"), tr("To date"));
    m_to->setToolTip(tr("Last day to show (dd/mm/yyyy), included"));
    m_dateError = makeIssueLabel(QStringLiteral("dateError"), filterBox);

    const auto makeCombo = [filterBox](const QString &objectName, const QString &accessibleName) {
        auto *combo = new QComboBox(filterBox);
        combo->setObjectName(objectName);
        combo->setAccessibleName(accessibleName);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumWidth(160);
        return combo;
    };
    m_operation = makeCombo(QStringLiteral("operationFilter"), tr("Operation"));
    m_outcome = makeCombo(QStringLiteral("outcomeFilter"), tr("Outcome"));
    m_operator = makeCombo(QStringLiteral("operatorFilter"), tr("Operator"));

    // Alt+F and Alt+W belong to the main window's menus.
    auto *fromLabel = new QLabel(tr("Fro&m:"), filterBox);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), filterBox);
    toLabel->setBuddy(m_to);
    auto *operationLabel = new QLabel(tr("&Operation:"), filterBox);
    operationLabel->setBuddy(m_operation);
    auto *outcomeLabel = new QLabel(tr("O&utcome:"), filterBox);
    outcomeLabel->setBuddy(m_outcome);
    auto *operatorLabel = new QLabel(tr("Ope&rator:"), filterBox);
    operatorLabel->setBuddy(m_operator);

    m_applyButton = new QPushButton(tr("&Apply"), filterBox);
    m_applyButton->setObjectName(QStringLiteral("applyFilterButton"));
    m_applyButton->setProperty("submitsForm", true); // Ctrl+Enter
    m_applyButton->setAccessibleName(tr("Apply filter"));
    m_applyButton->setToolTip(tr("Show the rows that match the filter (Enter)"));
    m_applyButton->setAutoDefault(true);
    m_resetButton = new QPushButton(tr("Re&set"), filterBox);
    m_resetButton->setObjectName(QStringLiteral("resetFilterButton"));
    m_resetButton->setAccessibleName(tr("Reset filter"));
    m_resetButton->setToolTip(tr("Show every row of the journal again"));
    m_resetButton->setAutoDefault(true);

    auto *grid = new QGridLayout(filterBox);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    grid->addWidget(fromLabel, 0, 0);
    grid->addWidget(m_from, 0, 1);
    grid->addWidget(toLabel, 0, 2);
    grid->addWidget(m_to, 0, 3);
    grid->addWidget(operationLabel, 0, 5);
    grid->addWidget(m_operation, 0, 6);
    grid->addWidget(m_dateError, 1, 1, 1, 3);
    grid->addWidget(outcomeLabel, 2, 0);
    grid->addWidget(m_outcome, 2, 1, 1, 3);
    grid->addWidget(operatorLabel, 2, 5);
    grid->addWidget(m_operator, 2, 6);
    auto *filterButtons = new QHBoxLayout;
    filterButtons->addWidget(m_applyButton);
    filterButtons->addWidget(m_resetButton);
    grid->addLayout(filterButtons, 2, 8);
    grid->setColumnMinimumWidth(4, 24);
    grid->setColumnMinimumWidth(7, 24);
    grid->setColumnStretch(9, 1);

    m_refreshButton = new QPushButton(tr("Refres&h"), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setAccessibleName(tr("Refresh journal"));
    m_refreshButton->setToolTip(tr("Read the journal again and check its integrity (F5)"));
    m_refreshButton->setAutoDefault(true);
    m_exportButton = new QPushButton(tr("E&xport CSV\u2026"), this);
    m_exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportButton->setAccessibleName(tr("Export CSV"));
    m_exportButton->setToolTip(tr("Save the rows shown in the table to a CSV file for Excel"));
    m_exportButton->setAutoDefault(true);
    // F5 wherever the focus is on this page; a hidden page's shortcut is off.
    auto *refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    refreshShortcut->setObjectName(QStringLiteral("refreshShortcut"));

    m_model = new JournalTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(JournalTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setAccessibleName(tr("Journal entries"));
    m_table->setModel(m_proxy);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JournalTableModel::NumberColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    // Compact rows: more of the day fits without scrolling.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(false);
    m_table->setMinimumHeight(220);
    if (auto *corner = m_table->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Select all journal entries"));

    auto *tableCaption = new QLabel(tr("Journal &entries:"), this);
    tableCaption->setBuddy(m_table);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("journalCount"));
    m_count->setTextFormat(Qt::PlainText);

    auto *tableBar = new QHBoxLayout;
    tableBar->addWidget(tableCaption);
    tableBar->addSpacing(8);
    tableBar->addWidget(m_count, 1);
    tableBar->addWidget(m_refreshButton);
    tableBar->addWidget(m_exportButton);

    m_details = new QGroupBox(tr("Details"), this);
    m_details->setObjectName(QStringLiteral("journalDetails"));
    m_details->setAccessibleName(tr("Details of the selected row"));
    m_detailsPlaceholder = new QLabel(tr("Select a row to see its details."), m_details);
    m_detailsPlaceholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_detailsFields = new QWidget(m_details);
    auto *leftForm = new QFormLayout;
    auto *rightForm = new QFormLayout;
    const auto addRow = [this](QFormLayout *form, const QString &caption, const QString &objectName) {
        auto *value = new QLabel(m_detailsFields);
        value->setObjectName(objectName);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        auto *captionLabel = new QLabel(caption, m_detailsFields);
        // The caption labels the value for assistive tools.
        captionLabel->setBuddy(value);
        form->addRow(captionLabel, value);
        return value;
    };
    m_detailNumber = addRow(leftForm, tr("Row:"), QStringLiteral("detailRowNumber"));
    m_detailTime = addRow(leftForm, tr("Time:"), QStringLiteral("detailTime"));
    m_detailOperator = addRow(leftForm, tr("Operator:"), QStringLiteral("detailOperator"));
    m_detailEnvironment = addRow(leftForm, tr("Environment:"), QStringLiteral("detailEnvironment"));
    m_detailOperation = addRow(leftForm, tr("Operation:"), QStringLiteral("detailOperation"));
    m_detailTransactionId = addRow(leftForm, tr("Transaction ID:"), QStringLiteral("detailTransactionId"));
    m_detailOutcome = addRow(rightForm, tr("Outcome:"), QStringLiteral("detailOutcome"));
    m_detailErrorCode = addRow(rightForm, tr("Bank error code:"), QStringLiteral("detailErrorCode"));
    m_detailReferences = addRow(rightForm, tr("References:"), QStringLiteral("detailReferences"));
    m_detailIdentity = addRow(rightForm, tr("Identity (masked):"), QStringLiteral("detailIdentity"));
    m_detailIntegrity = addRow(rightForm, tr("Integrity:"), QStringLiteral("detailIntegrity"));
    for (QFormLayout *form : {leftForm, rightForm}) {
        form->setVerticalSpacing(4);
        form->setHorizontalSpacing(12);
    }
    auto *columns = new QHBoxLayout(m_detailsFields);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(24);
    columns->addLayout(leftForm, 1);
    columns->addLayout(rightForm, 1);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->addWidget(m_detailsPlaceholder);
    detailsLayout->addWidget(m_detailsFields);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_integrityBanner);
    layout->addWidget(m_messageBanner);
    layout->addWidget(filterBox);
    layout->addLayout(tableBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_operation);
    setTabOrder(m_operation, m_outcome);
    setTabOrder(m_outcome, m_operator);
    setTabOrder(m_operator, m_applyButton);
    setTabOrder(m_applyButton, m_resetButton);
    setTabOrder(m_resetButton, m_refreshButton);
    setTabOrder(m_refreshButton, m_exportButton);
    setTabOrder(m_exportButton, m_table);

    connect(m_applyButton, &QPushButton::clicked, this, &JournalViewerForm::applyFilter);
    connect(m_resetButton, &QPushButton::clicked, this, &JournalViewerForm::resetFilter);
    connect(m_refreshButton, &QPushButton::clicked, this, &JournalViewerForm::refresh);
    connect(refreshShortcut, &QShortcut::activated, this, &JournalViewerForm::refresh);
    connect(m_exportButton, &QPushButton::clicked, this, &JournalViewerForm::chooseExportFile);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JournalViewerForm::showDetails);
    // The teller's own dates stay put across refreshes; untouched ones follow
    // the journal.
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            m_datesChosen = true;
            setDateIssue({});
        });
    }
}

void JournalViewerForm::refresh()
{
    m_stale = false;
    if (!m_journal || !m_journal->isOpen()) {
        m_model->setEntries({});
        m_model->clearIntegrity();
        m_integrity = {};
        m_verifying = false;
        m_integrityBanner->showMessage(MessageBanner::Type::Error,
                                       tr("The operation journal is not available, so there is nothing to show."),
                                       m_journal ? m_journal->errorString() : QString());
        for (QWidget *widget : std::initializer_list<QWidget *>{m_from, m_to, m_operation, m_outcome, m_operator,
                                                               m_applyButton, m_resetButton, m_refreshButton,
                                                               m_exportButton})
            widget->setEnabled(widget == m_refreshButton && m_journal);
        updateCount();
        showDetails();
        return;
    }
    for (QWidget *widget : std::initializer_list<QWidget *>{m_from, m_to, m_operation, m_outcome, m_operator,
                                                           m_applyButton, m_resetButton, m_refreshButton})
        widget->setEnabled(true);
    reloadChoices();
    if (!m_datesChosen) {
        setDefaultDates();
        // The applied span follows too, or a new day's rows would stay out.
        m_applied.from = m_from->date();
        m_applied.to = m_to->date();
    }
    reloadRows();
    startIntegrityCheck();
}

bool JournalViewerForm::applyFilter()
{
    m_messageBanner->clear();
    if (m_from->date() > m_to->date()) {
        setDateIssue(tr("The From date is after the To date. Choose a From date on or before %1.")
                         .arg(DisplayFormat::date(m_to->date())));
        m_from->setFocus(Qt::OtherFocusReason);
        return false;
    }
    setDateIssue({});
    m_applied = filterFromBar();
    reloadRows();
    return true;
}

void JournalViewerForm::resetFilter()
{
    m_messageBanner->clear();
    for (QComboBox *combo : {m_operation, m_outcome, m_operator})
        combo->setCurrentIndex(0);
    setDefaultDates();
    m_datesChosen = false;
    setDateIssue({});
    m_applied = filterFromBar();
    reloadRows();
}

void JournalViewerForm::setRowLimit(int limit)
{
    m_rowLimit = limit;
    m_applied.limit = limit;
    reloadRows();
}

JournalFilter JournalViewerForm::filterFromBar() const
{
    JournalFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.operation = m_operation->currentData().toString();
    filter.outcome = m_outcome->currentData().toString();
    filter.operatorId = m_operator->currentData().toString();
    filter.limit = m_rowLimit;
    return filter;
}

void JournalViewerForm::setDefaultDates()
{
    // The whole journal: from its first day to today (or its last day, if a
    // clock was ahead).
    const QDate today = QDate::currentDate();
    QDate from = today;
    QDate to = today;
    if (m_journal && m_journal->isOpen()) {
        const JournalChoices choices = m_journal->choices();
        if (choices.earliest.isValid())
            from = std::min(from, choices.earliest.toLocalTime().date());
        if (choices.latest.isValid())
            to = std::max(to, choices.latest.toLocalTime().date());
    }
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
}

void JournalViewerForm::reloadChoices()
{
    const JournalChoices choices = m_journal->choices();
    const auto fill = [](QComboBox *combo, const QString &all, const QStringList &values,
                         const std::function<QString(const QString &)> &text) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const QString &value : values)
            combo->addItem(text(value), value);
        // A value the teller picked stays picked even if no row has it now.
        int index = combo->findData(current);
        if (index < 0 && !current.isEmpty()) {
            combo->addItem(text(current), current);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(index, 0));
    };
    const auto asIs = [](const QString &value) { return value; };
    fill(m_operation, tr("All operations"), choices.operations, OperationNames::title);
    fill(m_outcome, tr("All outcomes"), choices.outcomes, [](const QString &code) {
        const QString text = JournalTableModel::outcomeText(code);
        return text == code ? code : tr("%1 (%2)").arg(text, code);
    });
    fill(m_operator, tr("All operators"), choices.operators, asIs);
}

void JournalViewerForm::reloadRows()
{
    if (!m_journal || !m_journal->isOpen())
        return;
    const qint64 selected = selectedId();
    const QList<JournalEntry> entries = m_journal->entries(m_applied, &m_totalMatching);
    m_model->setEntries(entries);
    m_table->resizeColumnsToContents();
    updateCount();
    if (selected > 0)
        selectId(selected);
    showDetails();
}

void JournalViewerForm::updateCount()
{
    const int shown = m_model->rowCount();
    const QLocale locale;
    if (!m_journal || !m_journal->isOpen())
        m_count->clear();
    else if (m_totalMatching > shown)
        m_count->setText(tr("Showing the newest %1 of %2 matching rows. Narrow the filter to see older ones.")
                             .arg(locale.toString(shown), locale.toString(m_totalMatching)));
    else if (shown == 0)
        m_count->setText(tr("No row matches the filter."));
    else
        m_count->setText(tr("%n row(s) match the filter.", nullptr, shown));
    m_exportButton->setEnabled(m_journal && m_journal->isOpen() && shown > 0);
}

void JournalViewerForm::startIntegrityCheck()
{
    if (!m_integrity.checked)
        m_integrityBanner->showMessage(MessageBanner::Type::Information, tr("Checking the journal's integrity\u2026"));
    // setFuture() drops what the previous check had still to report, so only
    // the newest check's answer reaches showIntegrity().
    m_verifying = true;
    m_watcher.setFuture(m_journal->checkIntegrityInBackground());
}

void JournalViewerForm::showIntegrity()
{
    m_model->setIntegrity(m_integrity);
    showDetails();
    const JournalIntegrity &integrity = m_integrity;
    if (!integrity.checked) {
        m_integrityBanner->showMessage(MessageBanner::Type::Error,
                                       tr("The journal's integrity could not be checked. Call the security team."),
                                       integrity.error);
        emit integrityChecked(false);
        return;
    }
    if (integrity.isIntact()) {
        m_integrityBanner->showMessage(
            MessageBanner::Type::Positive,
            tr("Journal intact (%n row(s) verified).", nullptr, int(std::min<qint64>(integrity.rowsVerified, std::numeric_limits<int>::max()))));
        emit integrityChecked(true);
        return;
    }

    QStringList what;
    const QList<qint64> broken = integrity.brokenRowIds();
    if (broken.size() == 1)
        what << tr("row %1 failed verification").arg(broken.first());
    else if (!broken.isEmpty())
        what << tr("rows %1 failed verification").arg(idList(broken));
    if (!integrity.missing.isEmpty()) {
        what << (countOf(integrity.missing) == 1 ? tr("row %1 was deleted").arg(rangeList(integrity.missing))
                                                 : tr("rows %1 were deleted").arg(rangeList(integrity.missing)));
    }
    const QString detail =
        broken.isEmpty()
            ? tr("Leave the journal file as it is: the security team needs it unchanged.")
            : tr("The rows that failed are marked FAILED in the table (they may be outside the filter). Leave the "
                 "journal file as it is: the security team needs it unchanged.");
    m_integrityBanner->showMessage(
        MessageBanner::Type::Error,
        tr("The journal was altered: %1 \u2014 call the security team.").arg(what.join(tr("; "))), detail);
    emit integrityChecked(false);
}

void JournalViewerForm::showDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const JournalEntry *entry =
        current.isValid() ? m_model->entryAt(m_proxy->mapToSource(current).row()) : nullptr;
    m_detailsPlaceholder->setVisible(!entry);
    m_detailsFields->setVisible(entry != nullptr);
    if (!entry) {
        m_details->setAccessibleDescription(m_detailsPlaceholder->text());
        return;
    }
    m_detailNumber->setText(QString::number(entry->id));
    m_detailTime->setText(DisplayFormat::dateTime(entry->time));
    m_detailOperator->setText(entry->operatorId);
    m_detailEnvironment->setText(entry->environment);
    m_detailOperation->setText(OperationNames::isKnown(entry->operation)
                                   ? tr("%1 (%2)").arg(OperationNames::title(entry->operation), entry->operation)
                                   : entry->operation);
    m_detailTransactionId->setText(entry->transactionId);
    const QString outcome = JournalTableModel::outcomeText(entry->outcome);
    m_detailOutcome->setText(outcome == entry->outcome ? outcome : tr("%1 (%2)").arg(outcome, entry->outcome));
    m_detailErrorCode->setText(entry->errorCode.isEmpty() ? tr("none") : entry->errorCode);
    m_detailReferences->setText(entry->references.isEmpty() ? tr("none")
                                                            : entry->references.join(QStringLiteral(", ")));
    const QString identity = Masking::identity(entry->subject);
    m_detailIdentity->setText(identity.isEmpty() ? tr("none") : identity);

    const JournalTableModel::RowState state = m_model->rowState(entry->id);
    QString integrityText;
    switch (state) {
    case JournalTableModel::RowState::Pending: integrityText = tr("Not checked yet."); break;
    case JournalTableModel::RowState::Verified: integrityText = tr("Verified: unchanged since it was written."); break;
    case JournalTableModel::RowState::Failed: integrityText = m_model->faultDescription(entry->id); break;
    }
    m_detailIntegrity->setText(integrityText);
    const bool failed = state == JournalTableModel::RowState::Failed;
    m_detailIntegrity->setStyleSheet(failed ? QStringLiteral("color: #b71c1c; font-weight: bold;") : QString());
    m_details->setAccessibleDescription(failed ? integrityText : QString());
}

void JournalViewerForm::setDateIssue(const QString &message)
{
    m_dateError->setText(message);
    m_dateError->setVisible(!message.isEmpty());
    m_from->setAccessibleDescription(message);
}

qint64 JournalViewerForm::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(JournalTableModel::EntryIdRole).toLongLong() : 0;
}

void JournalViewerForm::selectId(qint64 id)
{
    const int sourceRow = m_model->rowOfId(id);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
}

QString JournalViewerForm::defaultExportFileName(const QDateTime &localTime)
{
    return QStringLiteral("branchdesk-journal-%1.csv").arg(localTime.toString(QStringLiteral("yyyyMMdd-HHmm")));
}

void JournalViewerForm::chooseExportFile()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    // open(), not exec(): the window stays responsive and no nested event loop
    // runs under the form.
    auto *dialog = new QFileDialog(this, tr("Export journal rows"),
                                   QDir(folder).filePath(defaultExportFileName(QDateTime::currentDateTime())),
                                   tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportCsvDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportCsv(path); });
    dialog->open();
}

bool JournalViewerForm::exportCsv(const QString &path)
{
    m_messageBanner->clear();
    const QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }

    // ';' because Excel opens a double-clicked .csv with the list separator
    // of Windows' regional settings, and es-CO's is ';' (',' is its decimal
    // mark). UTF-8 with a BOM is how Excel recognises UTF-8 (without it the
    // accents of "Operación" break). No "sep=;" line: Excel then ignores the
    // BOM. CRLF ends records as RFC 4180 says.
    QString text;
    const auto appendRecord = [&text](const QStringList &cells) {
        text += cells.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    };
    QStringList cells;
    for (int column : std::as_const(columns))
        cells << csvCell(m_proxy->headerData(column, Qt::Horizontal).toString());
    appendRecord(cells);
    // Exactly what the table shows, in its order: nothing the table does not
    // show leaves the workstation this way.
    const int rows = m_proxy->rowCount();
    for (int row = 0; row < rows; ++row) {
        cells.clear();
        for (int column : std::as_const(columns))
            cells << csvCell(m_proxy->index(row, column).data(Qt::DisplayRole).toString());
        appendRecord(cells);
    }

    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok) {
        file.write("\xEF\xBB\xBF");
        file.write(text.toUtf8());
        ok = file.commit();
    }
    if (!ok) {
        m_messageBanner->showMessage(MessageBanner::Type::Error,
                                     tr("The rows could not be exported to %1. Choose another folder, or ask IT.")
                                         .arg(QDir::toNativeSeparators(path)),
                                     file.errorString());
        return false;
    }
    QString detail;
    if (m_totalMatching > rows)
        detail = tr("Only the newest %1 of %2 matching rows were exported. Narrow the filter to export the others.")
                     .arg(QLocale().toString(rows), QLocale().toString(m_totalMatching));
    m_messageBanner->showMessage(
        MessageBanner::Type::Positive,
        tr("%n row(s) exported to %1. Identity numbers are masked.", nullptr, rows).arg(QDir::toNativeSeparators(path)),
        detail);
    return true;
}

void JournalViewerForm::keyPressEvent(QKeyEvent *event)
{
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && isFilterInput(focusWidget())) {
        applyFilter();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void JournalViewerForm::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

bool JournalViewerForm::isFilterInput(const QWidget *widget) const
{
    for (const QWidget *input : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to),
                                 static_cast<QWidget *>(m_operation), static_cast<QWidget *>(m_outcome),
                                 static_cast<QWidget *>(m_operator)}) {
        // A date edit's focus sits on its inner line edit.
        if (widget && (widget == input || input->isAncestorOf(widget)))
            return true;
    }
    return false;
}
