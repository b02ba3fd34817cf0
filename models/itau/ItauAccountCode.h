#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// `codigo_conta` of the Itau "query customer information by account" API
// (seed 003): "Company (3 digits) + Bank (3 digits) + Account (4 proxy
// digits) + (7 c / c) + (1 DAC digit)", 18 digits in all. The document gives
// no check-digit rule for the DAC, so only the structure is checked.
//
// The teller types it in groups ("001 341 1501 0009879 7"); spaces, dots,
// dashes and slashes between digits are only presentation.
class ItauAccountCode
{
    Q_DECLARE_TR_FUNCTIONS(ItauAccountCode)
public:
    enum class Part { Company, Bank, Agency, Account, Dac };

    struct PartInfo
    {
        Part part;
        int length;
    };
    // The parts in document order with their lengths.
    static QList<PartInfo> parts();
    static constexpr int length = 18;

    // "Company", "Bank", "Agency (proxy)", "Current account (c/c)", "DAC
    // (check digit)": translated, for messages and the field's hint.
    static QString partName(Part part);

    // What is wrong with a (possibly partly typed) code: the first part that
    // breaks the structure and a sentence naming it.
    struct Problem
    {
        std::optional<Part> part; // none: the whole code (empty, too long)
        QString message;
    };
    // Nothing when `text` is a complete, well-formed code.
    static std::optional<Problem> problem(const QString &text);

    // True for the characters a teller may use to group the digits.
    static bool isSeparator(QChar c);
    // The digits of `text` with grouping separators removed; other characters
    // are kept so the rules can point at them.
    static QString normalized(const QString &text);
    // "001 341 1501 0009879 7" for up to 18 digits (a partial code is grouped
    // as far as it goes).
    static QString grouped(const QString &digits);
    // The digits of one part of a complete code ("" when incomplete).
    static QString partOf(const QString &code, Part part);
};
