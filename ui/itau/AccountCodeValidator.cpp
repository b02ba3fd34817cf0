#include "AccountCodeValidator.h"

#include "ItauAccountCode.h"

QValidator::State AccountCodeValidator::validate(QString &input, int &position) const
{
    QString digits;
    int digitsBeforeCursor = 0;
    for (int i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            digits += c;
            if (i < position)
                ++digitsBeforeCursor;
        } else if (!ItauAccountCode::isSeparator(c)) {
            // A letter or symbol is refused where it is typed.
            return Invalid;
        }
    }
    if (digits.size() > ItauAccountCode::length)
        return Invalid;

    input = ItauAccountCode::grouped(digits);
    // The cursor goes right after the same digit it followed.
    int newPosition = 0;
    for (int seen = 0; newPosition < input.size() && seen < digitsBeforeCursor; ++newPosition) {
        if (input.at(newPosition).isDigit())
            ++seen;
    }
    position = newPosition;
    return digits.size() == ItauAccountCode::length ? Acceptable : Intermediate;
}

void AccountCodeValidator::fixup(QString &input) const
{
    QString digits;
    for (QChar c : input) {
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
    }
    input = ItauAccountCode::grouped(digits.left(ItauAccountCode::length));
}
