#include "ChannelHoldsTableModel.h"

void ChannelHoldsTableModel::setHolds(const QList<ChannelHold> &holds)
{
    beginResetModel();
    m_holds = holds;
    endResetModel();
}

const ChannelHold *ChannelHoldsTableModel::hold(int row) const
{
    return row >= 0 && row < m_holds.size() ? &m_holds.at(row) : nullptr;
}

int ChannelHoldsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_holds.size());
}

int ChannelHoldsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelHoldsTableModel::data(const QModelIndex &index, int role) const
{
    const ChannelHold *h = hold(index.row());
    if (!h || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    const auto by = [](const QString &user, const QString &branch) {
        if (user.isEmpty() && branch.isEmpty())
            return QString();
        return tr("%1 (branch %2)").arg(user, branch);
    };
    switch (index.column()) {
    case Channel: return h->channel;
    case SubChannel: return h->subChannel;
    case Scope: return h->byProduct() ? tr("Product") : tr("Customer");
    case Product: return h->acctId;
    case Status: return h->locked() ? tr("Locked") : tr("Unlocked");
    case LockedBy: return by(h->user, h->branchId);
    case LockedAt: return h->establishDt;
    case UnlockedBy: return by(h->unblockingUser, h->unblockingBranchId);
    case UnlockedAt: return h->unblockingEstablishDt;
    default: return {};
    }
}

QVariant ChannelHoldsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Channel: return tr("Channel");
    case SubChannel: return tr("Subchannel");
    case Scope: return tr("Scope");
    case Product: return tr("Product");
    case Status: return tr("Status");
    case LockedBy: return tr("Locked by");
    case LockedAt: return tr("Locked at");
    case UnlockedBy: return tr("Unlocked by");
    case UnlockedAt: return tr("Unlocked at");
    default: return {};
    }
}
