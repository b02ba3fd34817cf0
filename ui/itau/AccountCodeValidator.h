#pragma once

#include <QValidator>

// Keeps the Itau account code in its documented groups while it is typed or
// pasted: "001 341 1501 0009879 7" (company, bank, agency proxy, current
// account, DAC). Accepts digits and grouping separators only, at most 18
// digits; the cursor stays after the same digit when the groups move.
// Acceptable only when complete; which part is missing is said by
// ItauAccountCode::problem().
class AccountCodeValidator : public QValidator
{
    Q_OBJECT
public:
    using QValidator::QValidator;

    State validate(QString &input, int &position) const override;
    void fixup(QString &input) const override;
};
