// Workflow "Journal": construction, rows, the integrity check. Its parts
// live beside it: JournalViewerFilters.cpp (the filter bar),
// JournalViewerDetails.cpp (the selected row's details) and
// JournalViewerExport.cpp (CSV export).

#include "JournalViewerForm.h"

#include "JournalTableModel.h"
#include "widgets/FormParts.h"
#include "widgets/MessageBanner.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
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
    QLabel *heading = FormParts::pageHeading(tr("Journal"), this);
    QLabel *intro = FormParts::pageIntro(
        tr("Every operation done at this workstation, with its outcome and references. "
           "Identity numbers are shown masked."),
        this);

    m_integrityBanner = new MessageBanner(this);
    m_integrityBanner->setObjectName(QStringLiteral("integrityBanner"));
    m_integrityBanner->setAccessibleName(tr("Journal integrity"));
    m_messageBanner = new MessageBanner(this);
    m_messageBanner->setObjectName(QStringLiteral("messageBanner"));

    QGroupBox *filterBox = buildFilterBox();

    m_refreshButton = new QPushButton(tr("Refresh"), this);
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

    buildDetailsBox();

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

void JournalViewerForm::setRowLimit(int limit)
{
    m_rowLimit = limit;
    m_applied.limit = limit;
    reloadRows();
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
