#include "ItauAccountCode.h"

QList<ItauAccountCode::PartInfo> ItauAccountCode::parts()
{
    return {{Part::Company, 3}, {Part::Bank, 3}, {Part::Agency, 4}, {Part::Account, 7}, {Part::Dac, 1}};
}

QString ItauAccountCode::partName(Part part)
{
    switch (part) {
    case Part::Company: return tr("Company");
    case Part::Bank: return tr("Bank");
    case Part::Agency: return tr("Agency (proxy)");
    case Part::Account: return tr("Current account (c/c)");
    case Part::Dac: return tr("DAC (check digit)");
    }
    return {};
}

bool ItauAccountCode::isSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('/');
}

QString ItauAccountCode::normalized(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!isSeparator(c))
            out += c;
    }
    return out;
}

QString ItauAccountCode::grouped(const QString &digits)
{
    QString out;
    int position = 0;
    for (const PartInfo &info : parts()) {
        if (position >= digits.size())
            break;
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += digits.mid(position, info.length);
        position += info.length;
    }
    if (position < digits.size())
        out += digits.mid(position); // more than 18: kept, so the rule can say so
    return out;
}

QString ItauAccountCode::partOf(const QString &code, Part part)
{
    const QString digits = normalized(code);
    if (digits.size() != length)
        return {};
    int position = 0;
    for (const PartInfo &info : parts()) {
        if (info.part == part)
            return digits.mid(position, info.length);
        position += info.length;
    }
    return {};
}

std::optional<ItauAccountCode::Problem> ItauAccountCode::problem(const QString &text)
{
    const QString code = normalized(text.trimmed());
    if (code.isEmpty())
        return Problem{std::nullopt, tr("Enter the account code: 18 digits (company 3, bank 3, agency 4, "
                                        "current account 7, DAC 1).")};
    int position = 0;
    for (const PartInfo &info : parts()) {
        const QString digits = code.mid(position, info.length);
        for (int i = 0; i < digits.size(); ++i) {
            if (!digits.at(i).isDigit() || digits.at(i).unicode() > 127) {
                return Problem{info.part, tr("%1: only digits are allowed (\"%2\" is not a digit).")
                                              .arg(partName(info.part), QString(digits.at(i)))};
            }
        }
        if (digits.isEmpty()) {
            return Problem{info.part, tr("%1: not entered yet (%2 digits).").arg(partName(info.part)).arg(info.length)};
        }
        if (digits.size() < info.length) {
            return Problem{info.part, tr("%1: %2 of %3 digits entered.")
                                          .arg(partName(info.part))
                                          .arg(digits.size())
                                          .arg(info.length)};
        }
        position += info.length;
    }
    if (code.size() > length)
        return Problem{std::nullopt, tr("The account code has %1 digits; it must have exactly %2.")
                                         .arg(code.size())
                                         .arg(length)};
    return std::nullopt;
}
