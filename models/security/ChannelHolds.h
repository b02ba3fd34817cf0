#pragma once

#include "FieldIssue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// "Consult Channel" (GET /security-management/v1/channelholds/{identSerialNum}):
// one page of a customer's channel holds.
struct ChannelHoldsQuery
{
    Q_DECLARE_TR_FUNCTIONS(ChannelHoldsQuery)
public:
    static constexpr int maxRecordsPerPage = 20; // "Máximo 20"

    QString govIssueIdentType;
    QString identSerialNum;
    bool lockedOnly = false; // status "Locked" (B) or "All" (T)
    int initialRecord = 1;   // first record of the page, counted from 1
    int recordsPerPage = 10;

    // The first record of page `page` (counted from 1).
    static int initialRecordOfPage(int page, int recordsPerPage);

    FieldIssues validate() const;
    QList<QPair<QString, QString>> queryItems() const;
};

// One row of trnSrcInfo.blockingInfo[].
struct ChannelHold
{
    QString channel;
    QString subChannel;
    QString type;   // "User" (by customer) | "Product"
    QString status; // "Lock" | "Unlock"
    QString acctId;
    QString user;
    QString branchId;
    QString establishDt;
    QString unblockingUser;
    QString unblockingBranchId;
    QString unblockingEstablishDt;

    bool locked() const;
    bool byProduct() const;
};

struct ChannelHolds
{
    QString responseType;
    int totalRecords = 0;   // "0000" as sent
    int recordsXPage = 0;   // "02" as sent
    QList<ChannelHold> holds;

    // The page count for `recordsPerPage` rows per page (at least 1).
    static int pageCount(int totalRecords, int recordsPerPage);

    static std::optional<ChannelHolds> fromJson(const QJsonObject &json);
};

// "Lock-Unlock Channel" (POST /security-management/v1/channelholds): by
// channel and subchannel, by pseudo-channel description, or by product.
struct ChannelHoldChange
{
    Q_DECLARE_TR_FUNCTIONS(ChannelHoldChange)
public:
    QString identSerialNum;
    QString govIssueIdentType;
    QString channel;
    QString subChannel;
    QString acctId;
    QString channelDesc;
    bool lock = true;       // action "Lock" | "Unlock"
    bool byProduct = false; // type "Product" | "User"
    QString user;           // operator (audit)
    QString branchId;       // operator's branch (audit)

    FieldIssues validate() const;
    QJsonObject toJson() const;
    // "lock channel 007/00 for product 1354164141": what will change, for the
    // confirmation and the journal.
    QString describe() const;
};

// Both success shapes of the document: {"responseType":{"value":"OK"}} or
// the echoed trnSrcInfo.blockingInfo without a responseType.
struct ChannelHoldChangeReply
{
    QString responseType;
    QString action;

    static std::optional<ChannelHoldChangeReply> fromJson(const QJsonObject &json);
};
