#pragma once

#include "Journal.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The journal rows the viewer shows, one column per field a teller scans
// (transaction id and references are in the details panel, so the table fits
// beside the navigation), each row marked with what the integrity check
// said about it. Lives in ui/
// because it presents services' JournalEntry (models/ may not see services/).
class JournalTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        IntegrityColumn,
        TimeColumn,
        OperatorColumn,
        EnvironmentColumn,
        OperationColumn,
        OutcomeColumn,
        ErrorCodeColumn,
        IdentityColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers and times sort as such, not as text
        EntryIdRole,
        RowStateRole, // a RowState
    };
    enum class RowState { Pending, Verified, Failed };

    explicit JournalTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(const QList<JournalEntry> &entries);
    // The latest check of the whole journal; rows newer than it stay Pending.
    void setIntegrity(const JournalIntegrity &integrity);
    void clearIntegrity();

    const JournalEntry *entryAt(int row) const;
    int rowOfId(qint64 id) const;
    RowState rowState(qint64 id) const;
    // Why a row failed, in a teller's words (empty unless Failed).
    QString faultDescription(qint64 id) const;

    // The integrity column's words for a state.
    static QString stateText(RowState state);
    // A teller's words for an ApiError::outcomeCode() ("not-found" -> "Not found").
    static QString outcomeText(const QString &code);

private:
    QList<JournalEntry> m_entries;
    QHash<qint64, JournalRowFault> m_faults;
    bool m_checked = false;
    qint64 m_checkedThrough = 0;
};
