#include "Masking.h"

namespace Masking {

QString identity(const QString &number)
{
    const QString trimmed = number.trimmed();
    constexpr int visible = 4;
    if (trimmed.isEmpty())
        return {};
    if (trimmed.size() <= visible)
        return QString(trimmed.size(), QLatin1Char('*'));
    return QString(trimmed.size() - visible, QLatin1Char('*')) + trimmed.right(visible);
}

} // namespace Masking
