// Channel holds models: the consult page (its swapped words), lock/unlock
// request and replies, paging.
#include "ApiError.h"
#include "ChannelHolds.h"
#include "SecurityModelsTestSupport.h"

TEST(ChannelHoldsModels, ConsultExampleParsesWithItsSwappedWords)
{
    const auto holds = ChannelHolds::fromJson(parse(R"({
    "responseType": {
        "value": "OK"
    },
    "trnSrcInfo": {
        "resultsPagesGeneric": {
            "totalRecords": "0000",
            "recordsXPage": "02"
        },
        "blockingInfo": [
            {
                "channel": "007",
                "subChannel": "00",
                "type": "Unlock",
                "status": "Product",
                "acctId": "1354164141",
                "user": "INTERNET",
                "branchId": "321102",
                "establishDt": "2024-05-20 11.24.21 AM",
                "unblockingInfo": {
                    "user": "INTERNET",
                    "branchId": "321102",
                    "establishDt": "2024-05-22 01.05.59 AM"
                }
            },
            {
                "channel": "015",
                "subChannel": "00",
                "type": "Unlock",
                "status": "Product",
                "acctId": "1354164141",
                "user": "INTERNET",
                "branchId": "321102",
                "establishDt": "2024-05-07 08.44.40 AM",
                "unblockingInfo": {
                    "user": "",
                    "branchId": "",
                    "establishDt": ""
                }
            }
        ]
    }
})"));
    ASSERT_TRUE(holds);
    EXPECT_EQ(holds->recordsXPage, 2);
    EXPECT_EQ(holds->totalRecords, 2); // "0000" while listing two
    ASSERT_EQ(holds->holds.size(), 2);
    const ChannelHold &first = holds->holds.first();
    EXPECT_EQ(first.channel, QStringLiteral("007"));
    EXPECT_EQ(first.type, QStringLiteral("Product"));
    EXPECT_EQ(first.status, QStringLiteral("Unlock"));
    EXPECT_TRUE(first.byProduct());
    EXPECT_FALSE(first.locked());
    EXPECT_EQ(first.unblockingEstablishDt, QStringLiteral("2024-05-22 01.05.59 AM"));
}

TEST(ChannelHoldsModels, BothLockUnlockSuccessShapesParse)
{
    const auto echoed = ChannelHoldChangeReply::fromJson(parse(R"({
    "trnSrcInfo": {
        "blockingInfo": {
            "identSerialNum": "38250250",
            "govIssueIdentType": "CC",
            "channel": "007",
            "subChannel": "00",
            "acctId": "1354164141",
            "channelDesc": "",
            "action": "Unlock",
            "type": "Product",
            "user": "INTERNET",
            "branchId": "321102"
        }
    }
})"));
    ASSERT_TRUE(echoed);
    EXPECT_EQ(echoed->action, QStringLiteral("Unlock"));
    const auto plain = ChannelHoldChangeReply::fromJson(parse(R"({
    "responseType": {
        "value": "OK"
    }
})"));
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->responseType, QStringLiteral("OK"));
    const auto error = ApiError::fromHttpReply(500, QByteArray(R"({
    "responseType": {
        "value": "ER500"
    },
    "responseDetail": {
        "errorCode": "",
        "errorDesc": "",
        "errorType": ""
    }
})"));
    ASSERT_TRUE(error);
    EXPECT_EQ(error->responseType, QStringLiteral("ER500"));
}

TEST(ChannelHoldsModels, LockRequestIsTheDocumentsBody)
{
    ChannelHoldChange change;
    change.identSerialNum = QStringLiteral("38250250");
    change.govIssueIdentType = QStringLiteral("CC");
    change.channel = QStringLiteral("007");
    change.subChannel = QStringLiteral("00");
    change.acctId = QStringLiteral("1354164141");
    change.lock = false;
    change.byProduct = true;
    change.user = QStringLiteral("INTERNET");
    change.branchId = QStringLiteral("321102");
    EXPECT_TRUE(change.validate().isEmpty());
    EXPECT_EQ(change.toJson(), parse(R"({
    "trnSrcInfo": {
        "blockingInfo": {
            "identSerialNum": "38250250",
            "govIssueIdentType": "CC",
            "channel": "007",
            "subChannel": "00",
            "acctId": "1354164141",
            "channelDesc": "",
            "action": "Unlock",
            "type": "Product",
            "user": "INTERNET",
            "branchId": "321102"
        }
    }
})"));
    EXPECT_TRUE(change.describe().contains(QStringLiteral("1354164141")));
    ChannelHoldChange both = change;
    both.channelDesc = QStringLiteral("INTERNET");
    EXPECT_TRUE(hasIssueFor(both.validate(), QStringLiteral("ChannelDesc")));
    ChannelHoldChange neither = change;
    neither.channel.clear();
    neither.subChannel.clear();
    EXPECT_TRUE(hasIssueFor(neither.validate(), QStringLiteral("Channel")));
    ChannelHoldChange noProduct = change;
    noProduct.acctId.clear();
    EXPECT_TRUE(hasIssueFor(noProduct.validate(), QStringLiteral("AcctId")));
}

TEST(ChannelHoldsModels, PagingMath)
{
    EXPECT_EQ(ChannelHoldsQuery::initialRecordOfPage(1, 20), 1);
    EXPECT_EQ(ChannelHoldsQuery::initialRecordOfPage(2, 20), 21);
    EXPECT_EQ(ChannelHoldsQuery::initialRecordOfPage(3, 2), 5);
    EXPECT_EQ(ChannelHoldsQuery::initialRecordOfPage(0, 2), 1);
    EXPECT_EQ(ChannelHolds::pageCount(0, 20), 1);
    EXPECT_EQ(ChannelHolds::pageCount(20, 20), 1);
    EXPECT_EQ(ChannelHolds::pageCount(21, 20), 2);
    EXPECT_EQ(ChannelHolds::pageCount(5, 2), 3);
    ChannelHoldsQuery query;
    query.govIssueIdentType = QStringLiteral("CC");
    query.identSerialNum = QStringLiteral("38250250");
    query.recordsPerPage = 21;
    EXPECT_TRUE(hasIssueFor(query.validate(), QStringLiteral("RecordsXPage")));
    query.recordsPerPage = 0;
    EXPECT_TRUE(hasIssueFor(query.validate(), QStringLiteral("RecordsXPage")));
    query.recordsPerPage = 20;
    query.lockedOnly = true;
    query.initialRecord = 21;
    EXPECT_TRUE(query.validate().isEmpty());
    const QList<QPair<QString, QString>> expected{{QStringLiteral("GovIssueIdentType"), QStringLiteral("CC")},
                                                  {QStringLiteral("status"), QStringLiteral("Locked")},
                                                  {QStringLiteral("initialRecord"), QStringLiteral("21")},
                                                  {QStringLiteral("RecordsXPage"), QStringLiteral("20")}};
    EXPECT_EQ(query.queryItems(), expected);
}
