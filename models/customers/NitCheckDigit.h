#pragma once

#include <QString>

#include <optional>

// The DIAN check digit ("dígito de verificación") of a Colombian NIT:
// modulo 11 with the weights 3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59,
// 67, 71 applied from the rightmost digit; a remainder of 0 or 1 is the digit
// itself, any other r gives 11 - r.
namespace NitCheckDigit {

// Longest NIT the DIAN weights cover (without its check digit).
constexpr int maxDigits = 15;

// The check digit of `nit` (digits only, without the check digit); nothing
// when `nit` is empty, longer than maxDigits or not all digits.
std::optional<int> compute(const QString &nit);

// True when the last digit of `nitWithCheckDigit` is the check digit of the
// digits before it ("9001234568" for NIT 900123456-8).
bool isValid(const QString &nitWithCheckDigit);

} // namespace NitCheckDigit
