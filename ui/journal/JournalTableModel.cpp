#include "JournalTableModel.h"

#include "OperationNames.h"

#include "DisplayFormat.h"
#include "Environment.h"
#include "Masking.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStyle>

namespace {

// The banner's error colours: pale red behind dark red text reads on light
// and dark themes, and the word FAILED and an icon say it without colour.
const QColor kFailedBackground(0xfd, 0xe8, 0xe8);
const QColor kFailedText(0x7f, 0x00, 0x00);

} // namespace

JournalTableModel::JournalTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int JournalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &entry = m_entries.at(index.row());
    const RowState state = rowState(entry.id);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return QString::number(entry.id);
        case IntegrityColumn: return stateText(state);
        case TimeColumn: return DisplayFormat::dateTime(entry.time);
        case OperatorColumn: return entry.operatorId;
        case EnvironmentColumn: {
            // Stored by its key ("Training"); shown in the teller's language
            // like the operation and outcome beside it.
            const auto kind = Environment::kindFromName(entry.environment);
            return kind ? Environment::displayName(*kind) : entry.environment;
        }
        case OperationColumn: return OperationNames::title(entry.operation);
        case OutcomeColumn: return outcomeText(entry.outcome);
        case ErrorCodeColumn: return entry.errorCode;
        // Stored masked already; masking again costs nothing and keeps a
        // hand-edited row from showing (or exporting) a whole number.
        case IdentityColumn: return Masking::identity(entry.subject);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NumberColumn: return entry.id;
        case IntegrityColumn: return int(state);
        case TimeColumn: return entry.time;
        default: return data(index, Qt::DisplayRole);
        }
    case EntryIdRole: return entry.id;
    case RowStateRole: return QVariant::fromValue(int(state));
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::DecorationRole:
        if (index.column() == IntegrityColumn && state == RowState::Failed)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        break;
    case Qt::BackgroundRole:
        if (state == RowState::Failed)
            return QBrush(kFailedBackground);
        break;
    case Qt::ForegroundRole:
        if (state == RowState::Failed)
            return QBrush(kFailedText);
        break;
    case Qt::FontRole:
        if (state == RowState::Failed && index.column() == IntegrityColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        // On every cell, so a screen reader or a mouse anywhere on the row
        // hears why it is flagged.
        if (state == RowState::Failed)
            return faultDescription(entry.id);
        if (role == Qt::ToolTipRole && index.column() == IntegrityColumn)
            return state == RowState::Verified ? tr("This row passed the integrity check.")
                                               : tr("This row has not been checked yet.");
        break;
    default: break;
    }
    return {};
}

QVariant JournalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("No.");
    case IntegrityColumn: return tr("Integrity");
    case TimeColumn: return tr("Time");
    case OperatorColumn: return tr("Operator");
    case EnvironmentColumn: return tr("Environment");
    case OperationColumn: return tr("Operation");
    case OutcomeColumn: return tr("Outcome");
    // Short headers: ten columns share a page beside the navigation.
    case ErrorCodeColumn: return tr("Bank error");
    case IdentityColumn: return tr("Identity");
    }
    return {};
}

void JournalTableModel::setEntries(const QList<JournalEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void JournalTableModel::setIntegrity(const JournalIntegrity &integrity)
{
    m_faults.clear();
    for (const JournalRowFault &fault : integrity.faults)
        m_faults.insert(fault.id, fault);
    m_checked = integrity.checked;
    m_checkedThrough = integrity.lastRowId;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void JournalTableModel::clearIntegrity()
{
    setIntegrity(JournalIntegrity());
}

const JournalEntry *JournalTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int JournalTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

JournalTableModel::RowState JournalTableModel::rowState(qint64 id) const
{
    if (!m_checked)
        return RowState::Pending;
    if (m_faults.contains(id))
        return RowState::Failed;
    // Written after the check ran: not known either way yet.
    return id > m_checkedThrough ? RowState::Pending : RowState::Verified;
}

QString JournalTableModel::faultDescription(qint64 id) const
{
    const auto it = m_faults.constFind(id);
    if (!m_checked || it == m_faults.constEnd())
        return {};
    const JournalRowFault &fault = it.value();
    QStringList reasons;
    if (fault.contentAltered)
        reasons << tr("This row was changed after it was written.");
    if (fault.missingBefore == 1)
        reasons << tr("Row %1, right before it, was deleted.").arg(fault.id - 1);
    else if (fault.missingBefore > 1)
        reasons << tr("Rows %1 to %2, right before it, were deleted.").arg(fault.id - fault.missingBefore).arg(fault.id - 1);
    else if (fault.linkBroken)
        reasons << tr("The row before it was changed or replaced.");
    if (fault.differsFromAnchor)
        reasons << tr("It is not the row this workstation wrote last: the journal was rewritten up to here.");
    return tr("Failed verification. %1").arg(reasons.join(QLatin1Char(' ')));
}

QString JournalTableModel::stateText(RowState state)
{
    switch (state) {
    case RowState::Pending: return tr("Not checked yet");
    case RowState::Verified: return tr("Verified");
    case RowState::Failed: return tr("FAILED");
    }
    return {};
}

QString JournalTableModel::outcomeText(const QString &code)
{
    // The codes of ApiError::outcomeCode(); anything else shows as stored.
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("ok"), QT_TR_NOOP("Completed")},
        {QStringLiteral("network"), QT_TR_NOOP("Network error")},
        {QStringLiteral("timeout"), QT_TR_NOOP("Timed out")},
        {QStringLiteral("tls"), QT_TR_NOOP("Secure connection failed")},
        {QStringLiteral("unauthorized"), QT_TR_NOOP("Not signed in to the bank")},
        {QStringLiteral("forbidden"), QT_TR_NOOP("Not allowed")},
        {QStringLiteral("not-found"), QT_TR_NOOP("Not found")},
        {QStringLiteral("invalid-request"), QT_TR_NOOP("Rejected as invalid")},
        {QStringLiteral("refused"), QT_TR_NOOP("Refused by the bank")},
        {QStringLiteral("server-error"), QT_TR_NOOP("Bank server error")},
        {QStringLiteral("malformed-reply"), QT_TR_NOOP("Unreadable reply")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("Cancelled")},
        {QStringLiteral("credentials"), QT_TR_NOOP("Credentials problem")},
        {QStringLiteral("configuration"), QT_TR_NOOP("Configuration problem")},
    };
    const auto it = texts.constFind(code);
    return it == texts.constEnd() ? code : tr(it.value());
}
