// security-management: channel holds, consulted page by page and locked
// or unlocked per channel.
#include "SecurityRoutes.h"
#include "SecurityRouteSupport.h"

#include "BankEnvelope.h"
#include "BankJson.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

using namespace SecurityRouteSupport;

namespace {
// Training table of pseudo-channels (the document refers to a table it does
// not print): description -> channel/subchannel.
const QList<std::tuple<QString, QString, QString>> pseudoChannels{
    {QStringLiteral("INTERNET"), QStringLiteral("007"), QStringLiteral("00")},
    {QStringLiteral("APP"), QStringLiteral("015"), QStringLiteral("00")},
    {QStringLiteral("OFICINAS"), QStringLiteral("001"), QStringLiteral("00")},
    {QStringLiteral("ATM"), QStringLiteral("003"), QStringLiteral("00")},
    {QStringLiteral("IVR"), QStringLiteral("009"), QStringLiteral("00")},
};
} // namespace

QJsonArray &SecurityRoutes::holdsOf(const DemoCustomer &customer)
{
    const QString key = keyOf(customer);
    auto it = m_channelHolds.find(key);
    if (it == m_channelHolds.end())
        it = m_channelHolds.insert(key, securityOf(customer).value(QStringLiteral("channelHolds")).toArray());
    return it.value();
}

SandboxReply SecurityRoutes::consultChannelHolds(const QHttpServerRequest &request, const QString &identSerialNum,
                                                 SandboxContext &context)
{
    const QUrlQuery query = request.query();
    const auto item = [&query](const char *name) {
        // The document writes GovIssueIdentType and RecordsXPage capitalised; accept any casing.
        for (const auto &pair : query.queryItems(QUrl::FullyDecoded)) {
            if (pair.first.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return pair.second.trimmed();
        }
        return QString();
    };
    const QString status = item("status");
    bool okFirst = false;
    bool okPerPage = false;
    const int first = item("initialRecord").toInt(&okFirst);
    const int perPage = item("RecordsXPage").toInt(&okPerPage);
    const bool lockedOnly = status == QLatin1String("Locked") || status == QLatin1String("B");
    if ((!lockedOnly && status != QLatin1String("All") && status != QLatin1String("T")) || !okFirst || first < 1
        || !okPerPage || perPage < 1 || perPage > 20)
        return error(StatusCode::BadRequest, QStringLiteral(""), QStringLiteral(""), QStringLiteral(""));
    const DemoCustomer *customer = context.customers().findByIdentification(item("GovIssueIdentType"), identSerialNum);
    if (!customer)
        return error(StatusCode::NotFound, QStringLiteral("00001"), QStringLiteral("NO EXISTEN REGISTROS"),
                     QStringLiteral("DAT"));
    QJsonArray matching;
    for (const QJsonValue &row : holdsOf(*customer)) {
        // Rows are kept as the document's example prints them: the words of
        // "type" and "status" swapped.
        if (!lockedOnly || row.toObject().value(QStringLiteral("type")).toString() == QLatin1String("Lock"))
            matching.append(row);
    }
    QJsonArray page;
    for (int i = first - 1; i < matching.size() && page.size() < perPage; ++i)
        page.append(matching.at(i));
    return ok(QJsonObject{{QStringLiteral("trnSrcInfo"),
                           QJsonObject{{QStringLiteral("resultsPagesGeneric"),
                                        QJsonObject{{QStringLiteral("totalRecords"),
                                                     QString::number(matching.size()).rightJustified(4, QLatin1Char('0'))},
                                                    {QStringLiteral("recordsXPage"),
                                                     QString::number(page.size()).rightJustified(2, QLatin1Char('0'))}}},
                                       {QStringLiteral("blockingInfo"), page}}}});
}

SandboxReply SecurityRoutes::changeChannelHold(const QJsonObject &body, SandboxContext &context)
{
    const QJsonObject b = BankJson::object(BankJson::object(body, QStringLiteral("trnSrcInfo")), QStringLiteral("blockingInfo"));
    const DemoCustomer *customer = context.customers().findByIdentification(
        BankJson::text(b, QStringLiteral("govIssueIdentType")), BankJson::text(b, QStringLiteral("identSerialNum")));
    QString channel = BankJson::text(b, QStringLiteral("channel"));
    QString subChannel = BankJson::text(b, QStringLiteral("subChannel"));
    const QString desc = BankJson::text(b, QStringLiteral("channelDesc")).trimmed();
    const QString action = BankJson::text(b, QStringLiteral("action"));
    const QString type = BankJson::text(b, QStringLiteral("type"));
    const QString acctId = BankJson::text(b, QStringLiteral("acctId"));
    const QString user = BankJson::text(b, QStringLiteral("user"));
    const QString branch = BankJson::text(b, QStringLiteral("branchId"));
    const auto failure = [] {
        return SandboxReply::json(StatusCode::BadRequest,
                                  BankEnvelope::error(QStringLiteral("ER500"), QStringLiteral(""), QStringLiteral(""),
                                                      QStringLiteral("")));
    };
    if (!desc.isEmpty()) {
        if (!channel.isEmpty() || !subChannel.isEmpty())
            return failure();
        bool found = false;
        for (const auto &[name, c, s] : pseudoChannels) {
            if (name.compare(desc, Qt::CaseInsensitive) == 0) {
                channel = c;
                subChannel = s;
                found = true;
            }
        }
        if (!found)
            return failure();
    }
    const bool lock = action == QLatin1String("Lock") || action == QLatin1String("S");
    const bool unlock = action == QLatin1String("Unlock") || action == QLatin1String("N");
    const bool product = type == QLatin1String("Product") || type == QLatin1String("P");
    const bool user_ = type == QLatin1String("User") || type == QLatin1String("C");
    if (!customer || channel.isEmpty() || (!lock && !unlock) || (!product && !user_) || (product && acctId.isEmpty())
        || user.isEmpty() || branch.isEmpty())
        return failure();

    QJsonArray &holds = holdsOf(*customer);
    const QString stamp = nowStamp(QStringLiteral("yyyy-MM-dd hh.mm.ss AP"));
    const QString scope = product ? QStringLiteral("Product") : QStringLiteral("User");
    for (qsizetype i = 0; i < holds.size(); ++i) {
        QJsonObject row = holds.at(i).toObject();
        if (row.value(QStringLiteral("channel")).toString() != channel
            || row.value(QStringLiteral("subChannel")).toString() != subChannel
            || row.value(QStringLiteral("status")).toString() != scope
            || (product && row.value(QStringLiteral("acctId")).toString() != acctId))
            continue;
        const bool isLocked = row.value(QStringLiteral("type")).toString() == QLatin1String("Lock");
        if (isLocked == lock)
            return failure(); // already in that state
        row.insert(QStringLiteral("type"), lock ? QStringLiteral("Lock") : QStringLiteral("Unlock"));
        const QJsonObject who{{QStringLiteral("user"), user}, {QStringLiteral("branchId"), branch},
                              {QStringLiteral("establishDt"), stamp}};
        if (lock) {
            row.insert(QStringLiteral("user"), user);
            row.insert(QStringLiteral("branchId"), branch);
            row.insert(QStringLiteral("establishDt"), stamp);
            row.insert(QStringLiteral("unblockingInfo"),
                       QJsonObject{{QStringLiteral("user"), QString()}, {QStringLiteral("branchId"), QString()},
                                   {QStringLiteral("establishDt"), QString()}});
        } else {
            row.insert(QStringLiteral("unblockingInfo"), who);
        }
        holds.replace(i, row);
        return ok();
    }
    if (!lock)
        return failure(); // nothing to unlock
    holds.append(QJsonObject{
        {QStringLiteral("channel"), channel},
        {QStringLiteral("subChannel"), subChannel},
        {QStringLiteral("type"), QStringLiteral("Lock")},
        {QStringLiteral("status"), scope},
        {QStringLiteral("acctId"), product ? acctId : QString()},
        {QStringLiteral("user"), user},
        {QStringLiteral("branchId"), branch},
        {QStringLiteral("establishDt"), stamp},
        {QStringLiteral("unblockingInfo"),
         QJsonObject{{QStringLiteral("user"), QString()}, {QStringLiteral("branchId"), QString()},
                     {QStringLiteral("establishDt"), QString()}}},
    });
    return ok();
}
