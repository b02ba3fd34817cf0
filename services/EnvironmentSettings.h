#pragma once

#include "Environment.h"
#include "OperatorSession.h"

#include <QString>

class AppSettings;

// Reads the environment and operator configuration through AppSettings: the
// user's file (~/.config/BranchDesk/BranchDesk.conf) over the system-wide
// one IT ships (/etc/xdg/BranchDesk/BranchDesk.conf), whose locked keys win.
// Keys (names in AppSettings):
//   environment                          Training | Sandbox | QA | Live
//   environments/<Name>/<document>       base URI, e.g. environments/QA/customers-management
//   environments/<Name>/caBundle         PEM file with the CAs to trust (else the system set)
//   environments/<Name>/timeoutSeconds   per-request timeout (default 30)
//   operator/user, operator/branchId, operator/terminalId, operator/channel, operator/subChannel
class EnvironmentSettings
{
public:
    explicit EnvironmentSettings(const AppSettings &settings) : m_settings(settings) {}

    EnvironmentKind selectedKind() const;
    // The seed defaults overlaid with the configured values. On a CA bundle
    // that cannot be read, *error says why (the environment is still returned,
    // trusting nothing extra).
    Environment load(EnvironmentKind kind, QString *error = nullptr) const;
    OperatorSession operatorSession() const;

private:
    const AppSettings &m_settings;
};
