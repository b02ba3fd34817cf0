#pragma once

#include <QString>

// Who is working and where: feeds the X-Invoker-* envelope of every request.
struct OperatorSession
{
    QString user;          // X-Invoker-User (operator user code)
    QString branchId;      // X-Invoker-BranchId (office code)
    QString terminalId;    // X-Invoker-TerminalId
    QString channel;       // X-Invoker-Channel
    QString subChannel;    // X-Invoker-subChannel
    QString country = QStringLiteral("CO");
    QString userIpAddress; // X-Invoker-UserIPAddress
    QString userMacAddress;

    bool isValid() const { return !user.isEmpty() && !branchId.isEmpty() && !terminalId.isEmpty(); }

    // The operator Training mode signs in with.
    static OperatorSession demoOperator();
    // Fills the workstation's IP and MAC from its first active interface
    // (zeros in MAC format when none can be read, as the documents ask).
    void detectWorkstationAddresses();
};
