#pragma once

#include "Journal.h"
#include "JournalFilter.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

class JournalTableModel;
class MessageBanner;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// Workflow "Journal": every operation done at this workstation, filtered by
// date, operation, outcome and operator, with the details of one row, an
// export to CSV, and the hash chain checked on every refresh so an edited or
// deleted row is flagged where the teller can see it.
class JournalViewerForm : public QWidget
{
    Q_OBJECT
public:
    explicit JournalViewerForm(Journal *journal, QWidget *parent = nullptr);
    ~JournalViewerForm() override;

    // Reads the journal again (rows, pick lists) and starts a new integrity
    // check in the background. F5.
    void refresh();
    // Takes the filter bar's values (Enter in the bar, or Apply). Refuses a
    // "from" after "to", saying so next to the dates.
    bool applyFilter();
    // Every row again: the dates span the whole journal, the lists say "All".
    void resetFilter();

    // Writes the rows the table shows, in its order and columns, to `path`
    // (UTF-8 with BOM, ';'-separated) and says the outcome in the banner.
    bool exportCsv(const QString &path);
    // branchdesk-journal-YYYYMMDD-HHMM.csv for `localTime`.
    static QString defaultExportFileName(const QDateTime &localTime);

    // The filter the table shows now (not the unapplied edits in the bar).
    JournalFilter appliedFilter() const { return m_applied; }
    // Rows the table can hold at most; the count line says when more matched.
    void setRowLimit(int limit);
    // True from refresh() until the check's answer is on screen.
    bool isVerifying() const { return m_verifying; }
    // The last finished check (checked == false before the first one).
    JournalIntegrity integrity() const { return m_integrity; }

signals:
    // After each integrity check; the main window may show it too.
    void integrityChecked(bool intact);

protected:
    // Enter in the filter bar applies it.
    void keyPressEvent(QKeyEvent *event) override;
    // A page that was hidden while operations were journaled catches up.
    void showEvent(QShowEvent *event) override;

private:
    // The filter bar, the details and the export are in JournalViewer<Part>.cpp.
    void buildUi();
    QGroupBox *buildFilterBox();
    void buildDetailsBox();
    void reloadChoices();
    void reloadRows();
    void startIntegrityCheck();
    void showIntegrity();
    void showDetails();
    void updateCount();
    void setDefaultDates();
    void setDateIssue(const QString &message);
    void chooseExportFile();
    JournalFilter filterFromBar() const;
    bool isFilterInput(const QWidget *widget) const;
    qint64 selectedId() const;
    void selectId(qint64 id);

    QPointer<Journal> m_journal;
    JournalFilter m_applied;
    int m_rowLimit = JournalFilter::defaultLimit;
    qint64 m_totalMatching = 0;
    // False until the teller picks dates: the default span then follows the
    // journal as it grows (and past midnight).
    bool m_datesChosen = false;
    // Set while hidden when the journal changed; refresh() on show.
    bool m_stale = false;
    JournalIntegrity m_integrity;
    QFutureWatcher<JournalIntegrity> m_watcher;
    bool m_verifying = false;

    MessageBanner *m_integrityBanner = nullptr;
    MessageBanner *m_messageBanner = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_dateError = nullptr;
    QComboBox *m_operation = nullptr;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_operator = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_resetButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_count = nullptr;
    JournalTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QGroupBox *m_details = nullptr;
    QLabel *m_detailsPlaceholder = nullptr;
    QWidget *m_detailsFields = nullptr;
    QLabel *m_detailNumber = nullptr;
    QLabel *m_detailTime = nullptr;
    QLabel *m_detailOperator = nullptr;
    QLabel *m_detailEnvironment = nullptr;
    QLabel *m_detailOperation = nullptr;
    QLabel *m_detailTransactionId = nullptr;
    QLabel *m_detailOutcome = nullptr;
    QLabel *m_detailErrorCode = nullptr;
    QLabel *m_detailReferences = nullptr;
    QLabel *m_detailIdentity = nullptr;
    QLabel *m_detailIntegrity = nullptr;
};
