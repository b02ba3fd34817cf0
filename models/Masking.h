#pragma once

#include <QString>

// Identity numbers, accounts and phones appear in logs and the journal only
// masked: everything but the last four characters becomes '*'.
namespace Masking {
QString identity(const QString &number);
}
