// The Journal viewer: filters, details, the integrity banner and flags after
// the file is tampered with by raw SQL, and the CSV export.
#include "Journal.h"
#include "journal/JournalTableModel.h"
#include "journal/JournalViewerForm.h"
#include "widgets/MessageBanner.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace {

const QString kIdentity = QStringLiteral("1234567890");
const QString kMasked = QStringLiteral("******7890");
const QString kLookup = QStringLiteral("customers.basicData.v4");
const QString kCreate = QStringLiteral("customers.create.v4");
const QDate kDay1(2026, 3, 9);
const QDate kDay2(2026, 3, 10);
const QDate kDay3(2026, 3, 11);

template <typename T>
T *findByName(const QObject *parent, const char *name)
{
    T *child = parent->findChild<T *>(QString::fromLatin1(name));
    if (!child)
        ADD_FAILURE() << "no " << T::staticMetaObject.className() << " named \"" << name << "\"";
    return child;
}

JournalEntry entry(const QDate &day, const QTime &time, const QString &operation, const QString &outcome,
                   const QString &operatorId, const QString &txId)
{
    JournalEntry e;
    e.time = QDateTime(day, time, Qt::LocalTime);
    e.operatorId = operatorId;
    e.environment = QStringLiteral("Training");
    e.operation = operation;
    e.transactionId = txId;
    e.outcome = outcome;
    e.subject = kIdentity;
    return e;
}

// Tampering as an attacker would: raw SQL on a connection of its own.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name(), false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name());
    }
    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(QSqlDatabase::database(name(), false));
        if (!m_open || !query.prepare(sql))
            return false;
        for (const QVariant &value : values)
            query.addBindValue(value);
        return query.exec();
    }

private:
    static QString name() { return QStringLiteral("journal-viewer-test-raw"); }
    bool m_open = false;
};

class JournalViewerFormTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("journal.sqlite"));
        ASSERT_TRUE(m_journal.open(m_path));
        m_journal.setAnchorStore({[this] { return m_anchor; }, [this](const JournalAnchor &a) { m_anchor = a; }});

        JournalEntry first = entry(kDay1, QTime(9, 0), kLookup, QStringLiteral("ok"), QStringLiteral("DEMO01"),
                                   QStringLiteral("TX-0001"));
        first.references = {QStringLiteral("REF-0001")};
        JournalEntry second = entry(kDay1, QTime(10, 0), kCreate, QStringLiteral("refused"),
                                    QStringLiteral("DEMO01"), QStringLiteral("TX-0002"));
        second.errorCode = QStringLiteral("BUS-042");
        JournalEntry third = entry(kDay2, QTime(11, 0), kLookup, QStringLiteral("not-found"),
                                   QStringLiteral("ANA02"), QStringLiteral("TX-0003"));
        third.errorCode = QStringLiteral("00001");
        JournalEntry fourth = entry(kDay2, QTime(12, 0), kLookup, QStringLiteral("ok"), QStringLiteral("ANA02"),
                                    QStringLiteral("TX-0004"));
        JournalEntry fifth = entry(kDay3, QTime(8, 30), kCreate, QStringLiteral("ok"), QStringLiteral("DEMO01"),
                                   QStringLiteral("TX-0005"));
        fifth.references = {QStringLiteral("CUS-00042"), QStringLiteral("ACC-7")};
        for (const JournalEntry &e : {first, second, third, fourth, fifth})
            ASSERT_TRUE(m_journal.record(e)) << m_journal.errorString().toStdString();

        createForm();
    }

    void createForm()
    {
        m_form = std::make_unique<JournalViewerForm>(&m_journal);
        m_form->resize(1200, 800);
        m_form->show();
        m_form->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_form.get()));
        ASSERT_TRUE(waitForCheck());

        m_table = findByName<QTableView>(m_form.get(), "journalTable");
        m_integrityBanner = findByName<MessageBanner>(m_form.get(), "integrityBanner");
        m_messageBanner = findByName<MessageBanner>(m_form.get(), "messageBanner");
        m_from = findByName<QDateEdit>(m_form.get(), "fromDate");
        m_to = findByName<QDateEdit>(m_form.get(), "toDate");
        m_operation = findByName<QComboBox>(m_form.get(), "operationFilter");
        m_outcome = findByName<QComboBox>(m_form.get(), "outcomeFilter");
        m_operator = findByName<QComboBox>(m_form.get(), "operatorFilter");
        m_apply = findByName<QPushButton>(m_form.get(), "applyFilterButton");
        m_reset = findByName<QPushButton>(m_form.get(), "resetFilterButton");
        m_refresh = findByName<QPushButton>(m_form.get(), "refreshButton");
        m_export = findByName<QPushButton>(m_form.get(), "exportCsvButton");
        m_count = findByName<QLabel>(m_form.get(), "journalCount");
        m_details = findByName<QGroupBox>(m_form.get(), "journalDetails");
        ASSERT_FALSE(::testing::Test::HasFailure());
    }

    bool waitForCheck() const
    {
        return QTest::qWaitFor([this] { return !m_form->isVerifying(); }, 20000);
    }

    // The journal row numbers in the table, top to bottom.
    QList<qint64> tableIds() const
    {
        QList<qint64> ids;
        const QAbstractItemModel *model = m_table->model();
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->index(row, 0).data(JournalTableModel::EntryIdRole).toLongLong();
        return ids;
    }

    int viewRowOf(qint64 id) const { return int(tableIds().indexOf(id)); }

    QString cell(qint64 id, int column, int role = Qt::DisplayRole) const
    {
        return m_table->model()->index(viewRowOf(id), column).data(role).toString();
    }

    void choose(QComboBox *combo, const QString &value)
    {
        const int index = combo->findData(value);
        ASSERT_GE(index, 0) << value.toStdString();
        combo->setCurrentIndex(index);
    }

    void clickRow(qint64 id)
    {
        const int row = viewRowOf(id);
        ASSERT_GE(row, 0);
        const QRect rect = m_table->visualRect(m_table->model()->index(row, JournalTableModel::OperationColumn));
        QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, rect.center());
    }

    QString detail(const char *name) const
    {
        const QLabel *label = findByName<QLabel>(m_form.get(), name);
        return label ? label->text() : QString();
    }

    QTemporaryDir m_dir;
    QString m_path;
    JournalAnchor m_anchor;
    // Declared before the form so the form goes first.
    Journal m_journal;
    std::unique_ptr<JournalViewerForm> m_form;
    QTableView *m_table = nullptr;
    MessageBanner *m_integrityBanner = nullptr;
    MessageBanner *m_messageBanner = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_operation = nullptr;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_operator = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_count = nullptr;
    QGroupBox *m_details = nullptr;
};

TEST_F(JournalViewerFormTest, ShowsEveryRowNewestFirstMaskedAndVerified)
{
    EXPECT_EQ(m_form->objectName(), QStringLiteral("journalViewerForm"));
    EXPECT_EQ(tableIds(), (QList<qint64>{5, 4, 3, 2, 1}));
    EXPECT_EQ(cell(1, JournalTableModel::TimeColumn), QStringLiteral("09/03/2026 09:00:00"));
    EXPECT_EQ(cell(1, JournalTableModel::IdentityColumn), kMasked);
    EXPECT_EQ(cell(2, JournalTableModel::OperatorColumn), QStringLiteral("DEMO01"));
    EXPECT_EQ(cell(2, JournalTableModel::EnvironmentColumn), QStringLiteral("Training"));
    EXPECT_EQ(cell(2, JournalTableModel::OperationColumn), kCreate);
    EXPECT_EQ(cell(2, JournalTableModel::OutcomeColumn), QStringLiteral("Refused by the bank"));
    EXPECT_EQ(cell(2, JournalTableModel::ErrorCodeColumn), QStringLiteral("BUS-042"));
    for (qint64 id = 1; id <= 5; ++id)
        EXPECT_EQ(cell(id, JournalTableModel::IntegrityColumn), QStringLiteral("Verified"));

    EXPECT_TRUE(m_integrityBanner->isVisible());
    EXPECT_EQ(m_integrityBanner->type(), MessageBanner::Type::Positive);
    EXPECT_TRUE(m_integrityBanner->text().startsWith(QStringLiteral("Journal intact (5 ")))
        << m_integrityBanner->text().toStdString();
    EXPECT_TRUE(m_form->integrity().isIntact());
    EXPECT_TRUE(m_count->text().contains(QLatin1Char('5'))) << m_count->text().toStdString();

    // The default span is the whole journal.
    EXPECT_EQ(m_from->date(), kDay1);
    EXPECT_GE(m_to->date(), kDay3);
    EXPECT_EQ(m_from->displayFormat(), QStringLiteral("dd/MM/yyyy"));
}

TEST_F(JournalViewerFormTest, TheTableSortsByAnyColumn)
{
    m_table->sortByColumn(JournalTableModel::NumberColumn, Qt::AscendingOrder);
    EXPECT_EQ(tableIds(), (QList<qint64>{1, 2, 3, 4, 5}));
    m_table->sortByColumn(JournalTableModel::TimeColumn, Qt::DescendingOrder);
    EXPECT_EQ(tableIds(), (QList<qint64>{5, 4, 3, 2, 1}));
    m_table->sortByColumn(JournalTableModel::OperatorColumn, Qt::AscendingOrder);
    EXPECT_EQ(tableIds().mid(0, 2), (QList<qint64>{4, 3})) << "ANA02 before DEMO01";
}

TEST_F(JournalViewerFormTest, FiltersByOperationOutcomeOperatorAndDate)
{
    // The pick lists hold what the journal holds, after "All".
    EXPECT_EQ(m_operation->count(), 3);
    EXPECT_EQ(m_operation->itemData(0).toString(), QString());
    EXPECT_EQ(m_outcome->count(), 4);
    EXPECT_EQ(m_operator->count(), 3);

    choose(m_operation, kCreate);
    QTest::mouseClick(m_apply, Qt::LeftButton);
    EXPECT_EQ(tableIds(), (QList<qint64>{5, 2}));

    choose(m_outcome, QStringLiteral("ok"));
    m_outcome->setFocus();
    QTest::keyClick(m_outcome, Qt::Key_Return);
    EXPECT_EQ(tableIds(), QList<qint64>{5});

    QTest::mouseClick(m_reset, Qt::LeftButton);
    EXPECT_EQ(tableIds(), (QList<qint64>{5, 4, 3, 2, 1}));
    EXPECT_EQ(m_operation->currentIndex(), 0);

    choose(m_operator, QStringLiteral("ANA02"));
    QTest::mouseClick(m_apply, Qt::LeftButton);
    EXPECT_EQ(tableIds(), (QList<qint64>{4, 3}));

    QTest::mouseClick(m_reset, Qt::LeftButton);
    m_from->setDate(kDay2);
    m_to->setDate(kDay2);
    m_to->setFocus();
    QTest::keyClick(m_to, Qt::Key_Enter);
    EXPECT_EQ(tableIds(), (QList<qint64>{4, 3}));
    EXPECT_EQ(m_form->appliedFilter().from, kDay2);

    m_from->setDate(kDay1);
    m_to->setDate(kDay1);
    choose(m_outcome, QStringLiteral("refused"));
    QTest::mouseClick(m_apply, Qt::LeftButton);
    EXPECT_EQ(tableIds(), QList<qint64>{2});

    choose(m_outcome, QStringLiteral("ok"));
    choose(m_operation, kCreate);
    QTest::mouseClick(m_apply, Qt::LeftButton);
    EXPECT_TRUE(tableIds().isEmpty());
    EXPECT_FALSE(m_export->isEnabled()) << "nothing to export";
    EXPECT_FALSE(m_count->text().isEmpty());
}

TEST_F(JournalViewerFormTest, AFromDateAfterTheToDateIsRefusedNextToTheDates)
{
    choose(m_operation, kLookup);
    m_from->setDate(kDay3);
    m_to->setDate(kDay1);
    QTest::mouseClick(m_apply, Qt::LeftButton);
    auto *error = findByName<QLabel>(m_form.get(), "dateError");
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->isVisible());
    EXPECT_FALSE(m_from->accessibleDescription().isEmpty());
    EXPECT_EQ(tableIds(), (QList<qint64>{5, 4, 3, 2, 1})) << "the table keeps the last applied filter";
    m_from->setDate(kDay1);
    EXPECT_FALSE(error->isVisible()) << "the message goes as soon as the date is corrected";
}

TEST_F(JournalViewerFormTest, SelectingARowShowsItsDetails)
{
    auto *placeholder = findByName<QLabel>(m_form.get(), "detailsPlaceholder");
    ASSERT_NE(placeholder, nullptr);
    EXPECT_TRUE(placeholder->isVisible());

    clickRow(5);
    EXPECT_FALSE(placeholder->isVisible());
    EXPECT_EQ(detail("detailRowNumber"), QStringLiteral("5"));
    EXPECT_EQ(detail("detailTransactionId"), QStringLiteral("TX-0005"));
    EXPECT_EQ(detail("detailReferences"), QStringLiteral("CUS-00042, ACC-7"));
    EXPECT_EQ(detail("detailIdentity"), kMasked);
    EXPECT_EQ(detail("detailOutcome"), QStringLiteral("Completed (ok)"));
    EXPECT_EQ(detail("detailErrorCode"), QStringLiteral("none"));
    EXPECT_TRUE(detail("detailIntegrity").startsWith(QStringLiteral("Verified")));

    // The keyboard moves the selection and the details follow.
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_Down);
    EXPECT_EQ(detail("detailTransactionId"), QStringLiteral("TX-0004"));
    QTest::keyClick(m_table, Qt::Key_Down);
    EXPECT_EQ(detail("detailTransactionId"), QStringLiteral("TX-0003"));
    EXPECT_EQ(detail("detailErrorCode"), QStringLiteral("00001"));
    EXPECT_EQ(detail("detailOutcome"), QStringLiteral("Not found (not-found)"));
    EXPECT_EQ(detail("detailReferences"), QStringLiteral("none"));

    // The selection survives a refresh.
    QTest::mouseClick(m_refresh, Qt::LeftButton);
    ASSERT_TRUE(waitForCheck());
    EXPECT_EQ(detail("detailTransactionId"), QStringLiteral("TX-0003"));
}

TEST_F(JournalViewerFormTest, AnEditedRowIsFlaggedAfterRefresh)
{
    RawConnection raw(m_path);
    ASSERT_TRUE(raw.exec(QStringLiteral("UPDATE journal SET outcome = ? WHERE id = ?"), {QStringLiteral("ok"), 2}));
    EXPECT_EQ(cell(2, JournalTableModel::IntegrityColumn), QStringLiteral("Verified")) << "not read yet";

    QTest::keyClick(m_form.get(), Qt::Key_F5);
    ASSERT_TRUE(waitForCheck());

    EXPECT_EQ(m_integrityBanner->type(), MessageBanner::Type::Error);
    const QString text = m_integrityBanner->text();
    EXPECT_TRUE(text.startsWith(QStringLiteral("The journal was altered: row 2 failed verification")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("call the security team"))) << text.toStdString();
    EXPECT_EQ(m_form->integrity().brokenRowIds(), QList<qint64>{2});

    // Exactly that row: a word, an icon, a colour, a tooltip and an
    // accessible description, not colour alone.
    for (qint64 id = 1; id <= 5; ++id) {
        const bool flagged = id == 2;
        EXPECT_EQ(cell(id, JournalTableModel::IntegrityColumn),
                  flagged ? QStringLiteral("FAILED") : QStringLiteral("Verified"))
            << id;
        const QModelIndex index = m_table->model()->index(viewRowOf(id), JournalTableModel::IntegrityColumn);
        EXPECT_EQ(index.data(Qt::DecorationRole).isValid(), flagged) << id;
        EXPECT_EQ(index.data(Qt::BackgroundRole).isValid(), flagged) << id;
        EXPECT_EQ(cell(id, JournalTableModel::OperationColumn, Qt::AccessibleDescriptionRole).isEmpty(), !flagged)
            << id;
    }
    EXPECT_TRUE(cell(2, JournalTableModel::TimeColumn, Qt::ToolTipRole).contains(QStringLiteral("changed after")));
    // The edit itself shows: the outcome now reads "ok".
    EXPECT_EQ(cell(2, JournalTableModel::OutcomeColumn), QStringLiteral("Completed"));

    clickRow(2);
    EXPECT_TRUE(detail("detailIntegrity").startsWith(QStringLiteral("Failed verification")));
    EXPECT_FALSE(m_details->accessibleDescription().isEmpty());
}

TEST_F(JournalViewerFormTest, ADeletedMiddleRowIsFlaggedOnTheRowAfterTheGap)
{
    RawConnection raw(m_path);
    ASSERT_TRUE(raw.exec(QStringLiteral("DELETE FROM journal WHERE id = ?"), {3}));
    QTest::mouseClick(m_refresh, Qt::LeftButton);
    ASSERT_TRUE(waitForCheck());

    EXPECT_EQ(tableIds(), (QList<qint64>{5, 4, 2, 1}));
    EXPECT_EQ(m_integrityBanner->type(), MessageBanner::Type::Error);
    const QString text = m_integrityBanner->text();
    EXPECT_TRUE(text.contains(QStringLiteral("row 4 failed verification"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("row 3 was deleted"))) << text.toStdString();
    EXPECT_EQ(cell(4, JournalTableModel::IntegrityColumn), QStringLiteral("FAILED"));
    EXPECT_TRUE(cell(4, JournalTableModel::IntegrityColumn, Qt::ToolTipRole).contains(QStringLiteral("Row 3")));
    for (qint64 id : {1, 2, 5})
        EXPECT_EQ(cell(id, JournalTableModel::IntegrityColumn), QStringLiteral("Verified")) << id;
}

TEST_F(JournalViewerFormTest, DeletingTheNewestRowIsCaughtByTheAnchor)
{
    EXPECT_EQ(m_anchor.lastId, 5);
    RawConnection raw(m_path);
    ASSERT_TRUE(raw.exec(QStringLiteral("DELETE FROM journal WHERE id = ?"), {5}));
    QTest::mouseClick(m_refresh, Qt::LeftButton);
    ASSERT_TRUE(waitForCheck());
    EXPECT_EQ(m_integrityBanner->type(), MessageBanner::Type::Error);
    EXPECT_TRUE(m_integrityBanner->text().contains(QStringLiteral("row 5 was deleted")))
        << m_integrityBanner->text().toStdString();
}

TEST_F(JournalViewerFormTest, ExportsTheFilteredRowsWithAHeaderAndMaskedIdentities)
{
    choose(m_operation, kLookup);
    QTest::mouseClick(m_apply, Qt::LeftButton);
    ASSERT_EQ(tableIds(), (QList<qint64>{4, 3, 1}));
    EXPECT_TRUE(m_export->isEnabled());

    const QString path = m_dir.filePath(QStringLiteral("export/") + JournalViewerForm::defaultExportFileName(
                                                                         QDateTime(kDay1, QTime(14, 5))));
    EXPECT_TRUE(path.endsWith(QStringLiteral("branchdesk-journal-20260309-1405.csv")));
    ASSERT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
    ASSERT_TRUE(m_form->exportCsv(path));
    EXPECT_EQ(m_messageBanner->type(), MessageBanner::Type::Positive);
    EXPECT_TRUE(m_messageBanner->text().contains(QStringLiteral("3 row"))) << m_messageBanner->text().toStdString();

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "UTF-8 with BOM for Excel";
    EXPECT_FALSE(bytes.contains(kIdentity.toUtf8())) << "the whole number is nowhere in the file";

    const QString text = QString::fromUtf8(bytes.mid(3));
    EXPECT_TRUE(text.endsWith(QStringLiteral("\r\n")));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4) << text.toStdString();
    EXPECT_EQ(lines.at(0),
              QStringLiteral("No.;Integrity;Time;Operator;Environment;Operation;Outcome;Bank error;Identity"));
    EXPECT_EQ(lines.at(1), QStringLiteral("4;Verified;10/03/2026 12:00:00;ANA02;Training;Customer basic data;"
                                          "Completed;;******7890"));
    EXPECT_EQ(lines.at(2), QStringLiteral("3;Verified;10/03/2026 11:00:00;ANA02;Training;Customer basic data;"
                                          "Not found;00001;******7890"));
    EXPECT_TRUE(lines.at(3).startsWith(QStringLiteral("1;Verified;09/03/2026 09:00:00;DEMO01;")));
    for (const QString &line : lines.mid(1))
        EXPECT_TRUE(line.endsWith(kMasked)) << line.toStdString();
    // Rows outside the filter, and fields not in the table, stay out.
    EXPECT_FALSE(text.contains(QStringLiteral("BUS-042")));
    EXPECT_FALSE(text.contains(QStringLiteral("TX-"))) << "transaction ids are in the details, not the table";
    EXPECT_FALSE(text.contains(QStringLiteral("REF-0001"))) << "references are in the details, not the table";

    // In the table's own order.
    m_table->sortByColumn(JournalTableModel::NumberColumn, Qt::AscendingOrder);
    ASSERT_TRUE(m_form->exportCsv(path));
    QFile again(path); // the export replaced the file: a new one to read
    ASSERT_TRUE(again.open(QIODevice::ReadOnly));
    const QStringList sorted = QString::fromUtf8(again.readAll().mid(3)).split(QStringLiteral("\r\n"));
    EXPECT_TRUE(sorted.at(1).startsWith(QStringLiteral("1;")));
    EXPECT_TRUE(sorted.at(3).startsWith(QStringLiteral("4;")));
}

TEST_F(JournalViewerFormTest, ExportedCellsAreQuotedAndNeverRunAsFormulas)
{
    JournalEntry nasty = entry(kDay3, QTime(9, 0), kLookup, QStringLiteral("refused"), QStringLiteral("OP;\"6\""),
                               QStringLiteral("TX-0006"));
    nasty.errorCode = QStringLiteral("=HYPERLINK(\"http://x\")");
    ASSERT_TRUE(m_journal.record(nasty));
    ASSERT_TRUE(QTest::qWaitFor([this] { return tableIds().size() == 6; }, 5000));
    ASSERT_TRUE(waitForCheck());

    const QString path = m_dir.filePath(QStringLiteral("nasty.csv"));
    ASSERT_TRUE(m_form->exportCsv(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll().mid(3));
    EXPECT_TRUE(text.contains(QStringLiteral(";\"OP;\"\"6\"\"\";"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(";\"'=HYPERLINK(\"\"http://x\"\")\";"))) << text.toStdString();
}

TEST_F(JournalViewerFormTest, AnExportThatCannotBeWrittenSaysSo)
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/out.csv"));
    EXPECT_FALSE(m_form->exportCsv(path));
    EXPECT_EQ(m_messageBanner->type(), MessageBanner::Type::Error);
    EXPECT_TRUE(m_messageBanner->isVisible());
}

TEST_F(JournalViewerFormTest, ANewOperationAppearsWithoutRefreshing)
{
    const JournalEntry next = entry(kDay3, QTime(15, 0), QStringLiteral("security.otp.generate.v1"),
                                    QStringLiteral("timeout"), QStringLiteral("LUZ03"), QStringLiteral("TX-0006"));
    ASSERT_TRUE(m_journal.record(next));
    ASSERT_TRUE(QTest::qWaitFor([this] { return tableIds().size() == 6; }, 5000));
    ASSERT_TRUE(waitForCheck());
    EXPECT_EQ(tableIds().first(), 6);
    EXPECT_GE(m_operator->findData(QStringLiteral("LUZ03")), 0);
    EXPECT_GE(m_operation->findData(QStringLiteral("security.otp.generate.v1")), 0);
    EXPECT_EQ(cell(6, JournalTableModel::IntegrityColumn), QStringLiteral("Verified"));
    EXPECT_TRUE(m_integrityBanner->text().startsWith(QStringLiteral("Journal intact (6 ")));

    // A hidden page catches up when it is shown again.
    m_form->hide();
    ASSERT_TRUE(m_journal.record(next));
    QTest::qWait(50);
    EXPECT_EQ(tableIds().size(), 6);
    m_form->show();
    ASSERT_TRUE(QTest::qWaitFor([this] { return tableIds().size() == 7; }, 5000));
}

TEST_F(JournalViewerFormTest, ARowLimitSaysHowManyMoreMatched)
{
    m_form->setRowLimit(2);
    EXPECT_EQ(tableIds(), (QList<qint64>{5, 4}));
    EXPECT_TRUE(m_count->text().contains(QStringLiteral("2 of 5"))) << m_count->text().toStdString();
    const QString path = m_dir.filePath(QStringLiteral("limited.csv"));
    ASSERT_TRUE(m_form->exportCsv(path));
    EXPECT_FALSE(m_messageBanner->detail().isEmpty()) << "the export says it is not every matching row";
}

TEST_F(JournalViewerFormTest, EveryInputAndButtonHasAnAccessibleNameAndEveryMnemonicABuddy)
{
    const QList<QWidget *> widgets = m_form->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        const bool input = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
                           || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QAbstractItemView *>(widget);
        // Qt's own parts of a table (the header) are named by the table.
        if (!input || !widget->isVisibleTo(m_form.get()) || qobject_cast<QHeaderView *>(widget))
            continue;
        ++checked;
        EXPECT_FALSE(widget->accessibleName().isEmpty())
            << widget->metaObject()->className() << " " << widget->objectName().toStdString();
    }
    EXPECT_GE(checked, 10);
    for (const QLabel *label : m_form->findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1Char('&'))) {
            EXPECT_NE(label->buddy(), nullptr) << label->text().toStdString();
        }
    }
}

TEST_F(JournalViewerFormTest, TabReachesEveryControlInOrder)
{
    m_from->setFocus();
    const QList<QWidget *> expected = {m_from, m_to, m_operation, m_outcome, m_operator, m_apply,
                                       m_reset, m_refresh, m_export, m_table};
    QList<QWidget *> reached;
    // Tab steps through a date's day, month and year before leaving it.
    for (int i = 0; i < 20; ++i) {
        QWidget *focus = QApplication::focusWidget();
        // A date edit's focus is on its inner line edit.
        while (focus && !expected.contains(focus) && focus != m_form.get())
            focus = focus->parentWidget();
        if (focus && expected.contains(focus) && !reached.contains(focus))
            reached << focus;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    EXPECT_EQ(reached, expected);
}

TEST(JournalViewerFormWithoutJournalTest, SaysTheJournalIsNotAvailable)
{
    Journal closed;
    JournalViewerForm form(&closed);
    form.show();
    auto *banner = findByName<MessageBanner>(&form, "integrityBanner");
    ASSERT_NE(banner, nullptr);
    EXPECT_EQ(banner->type(), MessageBanner::Type::Error);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_FALSE(findByName<QPushButton>(&form, "exportCsvButton")->isEnabled());
    EXPECT_FALSE(findByName<QPushButton>(&form, "applyFilterButton")->isEnabled());

    JournalViewerForm none(nullptr);
    EXPECT_FALSE(findByName<QPushButton>(&none, "refreshButton")->isEnabled());
}

} // namespace
