#include "OperationNames.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

namespace {

// Every operation id the sources journal: the bank documents' ids written out
// ("customers.basicData.v4"), ObpApi's op("createCustomer") and the OBP
// update ids. A new API method without a name here makes this fail, so the
// status bar and the journal never show a raw id to a teller.
QSet<QString> journaledOperations()
{
    const QRegularExpression written(
        QStringLiteral(R"re("((?:customers|security|policy|itau|session)\.[A-Za-z0-9.]+)")re"));
    const QRegularExpression obpOp(QStringLiteral(R"re(\bop\("([A-Za-z]+)"\))re"));
    const QRegularExpression obpUpdate(QStringLiteral(R"re(return QStringLiteral\("(update[A-Za-z]+)"\))re"));
    QSet<QString> ids;
    for (const char *folder : {"services", "ui", "models/obp"}) {
        QDirIterator it(QStringLiteral(BRANCHDESK_SOURCE_DIR "/") + QLatin1String(folder), {QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/sandbox/")) || path.endsWith(QLatin1String("OperationNames.cpp")))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll());
            for (auto m = written.globalMatch(text); m.hasNext();)
                ids.insert(m.next().captured(1));
            for (auto m = obpOp.globalMatch(text); m.hasNext();)
                ids.insert(QStringLiteral("obp.") + m.next().captured(1));
            if (path.endsWith(QLatin1String("ObpCustomerUpdate.cpp")))
                for (auto m = obpUpdate.globalMatch(text); m.hasNext();)
                    ids.insert(QStringLiteral("obp.") + m.next().captured(1));
        }
    }
    return ids;
}

} // namespace

TEST(OperationNamesTest, EveryJournaledOperationHasANameForTheTeller)
{
    const QSet<QString> ids = journaledOperations();
    ASSERT_GT(ids.size(), 60) << "the source scan found too few operations; has the layout changed?";
    EXPECT_TRUE(ids.contains(QStringLiteral("customers.basicData.v4")));
    EXPECT_TRUE(ids.contains(QStringLiteral("obp.createCustomer")));
    for (const QString &id : ids)
        EXPECT_TRUE(OperationNames::isKnown(id)) << id.toStdString() << " has no name in ui/OperationNames.cpp";
}

TEST(OperationNamesTest, AnUnknownIdIsShownAsItself)
{
    EXPECT_EQ(OperationNames::title(QStringLiteral("future.operation")), QStringLiteral("future.operation"));
    EXPECT_EQ(OperationNames::title(QStringLiteral("security.otc.validate")), QStringLiteral("Validate one-time code"));
}
