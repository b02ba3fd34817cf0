#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    // Settings, journal and caches go to throwaway test locations.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BranchDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("BranchDeskTests"));
    return RUN_ALL_TESTS();
}
