#include "ChannelHolds.h"

#include "BankJson.h"
#include "SecurityJson.h"

#include <QJsonArray>

namespace {
bool is(const QString &value, const char *word)
{
    return value.trimmed().compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}
} // namespace

int ChannelHoldsQuery::initialRecordOfPage(int page, int recordsPerPage)
{
    return (qMax(page, 1) - 1) * qMax(recordsPerPage, 1) + 1;
}

FieldIssues ChannelHoldsQuery::validate() const
{
    FieldIssues issues;
    SecurityJson::checkIdentification(govIssueIdentType, identSerialNum, issues);
    if (recordsPerPage < 1 || recordsPerPage > maxRecordsPerPage)
        issues.append({QStringLiteral("RecordsXPage"),
                       tr("Between 1 and %1 records per page.").arg(maxRecordsPerPage)});
    if (initialRecord < 1)
        issues.append({QStringLiteral("initialRecord"), tr("The first record is 1 or more.")});
    return issues;
}

QList<QPair<QString, QString>> ChannelHoldsQuery::queryItems() const
{
    return {{QStringLiteral("GovIssueIdentType"), govIssueIdentType},
            {QStringLiteral("status"), lockedOnly ? QStringLiteral("Locked") : QStringLiteral("All")},
            {QStringLiteral("initialRecord"), QString::number(initialRecord)},
            {QStringLiteral("RecordsXPage"), QString::number(recordsPerPage)}};
}

bool ChannelHold::locked() const
{
    return is(status, "Lock") || is(status, "S");
}

bool ChannelHold::byProduct() const
{
    return is(type, "Product") || is(type, "P");
}

int ChannelHolds::pageCount(int totalRecords, int recordsPerPage)
{
    if (totalRecords <= 0 || recordsPerPage <= 0)
        return 1;
    return (totalRecords + recordsPerPage - 1) / recordsPerPage;
}

std::optional<ChannelHolds> ChannelHolds::fromJson(const QJsonObject &json)
{
    ChannelHolds result;
    result.responseType = SecurityJson::responseType(json);
    const QJsonObject info = BankJson::object(json, QStringLiteral("trnSrcInfo"));
    const QJsonObject pages = BankJson::object(info, QStringLiteral("resultsPagesGeneric"));
    result.totalRecords = int(BankJson::number(BankJson::member(pages, QStringLiteral("totalRecords"))).value_or(0));
    result.recordsXPage = int(BankJson::number(BankJson::member(pages, QStringLiteral("recordsXPage"))).value_or(0));
    const QJsonValue list = BankJson::member(info, QStringLiteral("blockingInfo"));
    if (!list.isArray() && !list.isUndefined() && !list.isNull())
        return std::nullopt;
    for (const QJsonValue &entry : list.toArray()) {
        const QJsonObject o = entry.toObject();
        ChannelHold hold;
        hold.channel = BankJson::text(o, QStringLiteral("channel"));
        hold.subChannel = BankJson::text(o, QStringLiteral("subChannel"));
        hold.type = BankJson::text(o, QStringLiteral("type"));
        hold.status = BankJson::text(o, QStringLiteral("status"));
        // The document's example swaps the two ("type": "Unlock", "status":
        // "Product"); the words themselves say which is which.
        const bool swapped = (is(hold.type, "Lock") || is(hold.type, "Unlock"))
                             && (is(hold.status, "User") || is(hold.status, "Product"));
        if (swapped)
            std::swap(hold.type, hold.status);
        hold.acctId = BankJson::text(o, QStringLiteral("acctId"));
        hold.user = BankJson::text(o, QStringLiteral("user"));
        hold.branchId = BankJson::text(o, QStringLiteral("branchId"));
        hold.establishDt = BankJson::text(o, QStringLiteral("establishDt"));
        const QJsonObject unblocking = BankJson::object(o, QStringLiteral("unblockingInfo"));
        hold.unblockingUser = BankJson::text(unblocking, QStringLiteral("user"));
        hold.unblockingBranchId = BankJson::text(unblocking, QStringLiteral("branchId"));
        hold.unblockingEstablishDt = BankJson::text(unblocking, QStringLiteral("establishDt"));
        result.holds.append(hold);
    }
    // The example says "0000" records while listing two: never show fewer
    // than the page holds.
    result.totalRecords = qMax(result.totalRecords, int(result.holds.size()));
    return result;
}

FieldIssues ChannelHoldChange::validate() const
{
    FieldIssues issues;
    SecurityJson::checkIdentification(govIssueIdentType, identSerialNum, issues);
    const bool byChannel = !channel.isEmpty() || !subChannel.isEmpty();
    const bool byDescription = !channelDesc.trimmed().isEmpty();
    if (byChannel && byDescription)
        issues.append({QStringLiteral("ChannelDesc"),
                       tr("Give the channel and subchannel, or the pseudo-channel description, not both.")});
    if (!byChannel && !byDescription)
        issues.append({QStringLiteral("Channel"), tr("Give the channel and subchannel or a pseudo-channel.")});
    if (byChannel && !byDescription) {
        SecurityJson::checkDigits(QStringLiteral("Channel"), channel, 3, true, issues);
        SecurityJson::checkDigits(QStringLiteral("SubChannel"), subChannel, 2, true, issues);
    }
    if (byProduct)
        SecurityJson::checkDigits(QStringLiteral("AcctId"), acctId, 20, true, issues);
    SecurityJson::checkRequired(QStringLiteral("User"), user, 20, issues);
    SecurityJson::checkRequired(QStringLiteral("BranchId"), branchId, 20, issues);
    return issues;
}

QJsonObject ChannelHoldChange::toJson() const
{
    const QJsonObject blocking{
        {QStringLiteral("identSerialNum"), identSerialNum.trimmed()},
        {QStringLiteral("govIssueIdentType"), govIssueIdentType},
        {QStringLiteral("channel"), channelDesc.isEmpty() ? channel : QString()},
        {QStringLiteral("subChannel"), channelDesc.isEmpty() ? subChannel : QString()},
        {QStringLiteral("acctId"), byProduct ? acctId : QString()},
        {QStringLiteral("channelDesc"), channelDesc},
        {QStringLiteral("action"), lock ? QStringLiteral("Lock") : QStringLiteral("Unlock")},
        {QStringLiteral("type"), byProduct ? QStringLiteral("Product") : QStringLiteral("User")},
        {QStringLiteral("user"), user},
        {QStringLiteral("branchId"), branchId},
    };
    return QJsonObject{{QStringLiteral("trnSrcInfo"), QJsonObject{{QStringLiteral("blockingInfo"), blocking}}}};
}

QString ChannelHoldChange::describe() const
{
    const QString what = channelDesc.isEmpty() ? tr("channel %1, subchannel %2").arg(channel, subChannel)
                                               : tr("pseudo-channel \u201c%1\u201d").arg(channelDesc);
    const QString scope = byProduct ? tr("for product %1").arg(acctId) : tr("for every product of the customer");
    return lock ? tr("Lock %1 %2").arg(what, scope) : tr("Unlock %1 %2").arg(what, scope);
}

std::optional<ChannelHoldChangeReply> ChannelHoldChangeReply::fromJson(const QJsonObject &json)
{
    ChannelHoldChangeReply reply;
    reply.responseType = SecurityJson::responseType(json);
    const QJsonObject blocking =
        BankJson::object(BankJson::object(json, QStringLiteral("trnSrcInfo")), QStringLiteral("blockingInfo"));
    reply.action = BankJson::text(blocking, QStringLiteral("action"));
    if (reply.responseType.isEmpty() && blocking.isEmpty())
        return std::nullopt;
    return reply;
}
