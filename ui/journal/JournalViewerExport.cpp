// JournalViewerForm, continued: export of the rows the table shows to CSV.

#include "JournalViewerForm.h"

#include "widgets/MessageBanner.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>

namespace {

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

} // namespace

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
