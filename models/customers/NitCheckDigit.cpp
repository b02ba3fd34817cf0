#include "NitCheckDigit.h"

namespace NitCheckDigit {

std::optional<int> compute(const QString &nit)
{
    static constexpr int weights[maxDigits] = {3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71};
    if (nit.isEmpty() || nit.size() > maxDigits)
        return std::nullopt;
    int sum = 0;
    for (int i = 0; i < nit.size(); ++i) {
        const QChar c = nit.at(nit.size() - 1 - i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        sum += (c.unicode() - '0') * weights[i];
    }
    const int remainder = sum % 11;
    return remainder > 1 ? 11 - remainder : remainder;
}

bool isValid(const QString &nitWithCheckDigit)
{
    if (nitWithCheckDigit.size() < 2)
        return false;
    const QChar last = nitWithCheckDigit.back();
    if (last < QLatin1Char('0') || last > QLatin1Char('9'))
        return false;
    const auto expected = compute(nitWithCheckDigit.chopped(1));
    return expected && *expected == last.unicode() - '0';
}

} // namespace NitCheckDigit
