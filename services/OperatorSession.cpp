#include "OperatorSession.h"

#include <QNetworkInterface>

OperatorSession OperatorSession::demoOperator()
{
    OperatorSession session;
    session.user = QStringLiteral("DEMO01");
    session.branchId = QStringLiteral("0001");
    session.terminalId = QStringLiteral("TRN001");
    session.channel = QStringLiteral("13");
    session.subChannel = QStringLiteral("07");
    session.userIpAddress = QStringLiteral("127.0.0.1");
    session.userMacAddress = QStringLiteral("00:00:00:00:00:00");
    return session;
}

void OperatorSession::detectWorkstationAddresses()
{
    userIpAddress = QStringLiteral("127.0.0.1");
    userMacAddress = QStringLiteral("00:00:00:00:00:00");
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        const auto flags = iface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol) {
                userIpAddress = entry.ip().toString();
                if (!iface.hardwareAddress().isEmpty())
                    userMacAddress = iface.hardwareAddress();
                return;
            }
        }
    }
}
