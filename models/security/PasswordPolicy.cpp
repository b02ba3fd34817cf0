#include "PasswordPolicy.h"

QList<PasswordPolicy::Violation> PasswordPolicy::check(const QString &password, const QString &identSerialNum,
                                                       const QString &previous) const
{
    QList<Violation> violations;
    const auto add = [&violations](const char *code, const QString &message) {
        violations.append({QString::fromLatin1(code), message});
    };
    if (password.size() < minLength || password.size() > maxLength)
        add("1020", tr("Use between %1 and %2 characters.").arg(minLength).arg(maxLength));
    if (!identSerialNum.isEmpty() && password == identSerialNum.trimmed())
        add("1008", tr("It must not be the identification number."));

    bool allEqual = password.size() > 1;
    for (const QChar c : password) {
        if (c != password.front())
            allEqual = false;
    }
    if (allEqual)
        add("1009", tr("It must not repeat one character only."));

    // Runs of one repeated character, or of characters climbing or falling
    // by one ("1111", "1234", "dcba").
    int equalRun = 1;
    int upRun = 1;
    int downRun = 1;
    int longest = password.isEmpty() ? 0 : 1;
    for (qsizetype i = 1; i < password.size(); ++i) {
        const int step = password.at(i).unicode() - password.at(i - 1).unicode();
        equalRun = step == 0 ? equalRun + 1 : 1;
        upRun = step == 1 ? upRun + 1 : 1;
        downRun = step == -1 ? downRun + 1 : 1;
        longest = qMax(longest, qMax(equalRun, qMax(upRun, downRun)));
    }
    if (!allEqual && longest > maxRepeatedOrConsecutive)
        add("1019", tr("No more than %1 repeated or consecutive characters in a row (like 1111 or 1234).")
                        .arg(maxRepeatedOrConsecutive));

    bool special = false;
    bool hasDigit = false;
    bool hasLetter = false;
    for (const QChar c : password) {
        if (c.isDigit() && c.unicode() < 128)
            hasDigit = true;
        else if (c.isLetter() && c.unicode() < 128)
            hasLetter = true;
        else
            special = true;
    }
    if (special)
        add("1010", tr("Letters and digits only: no special characters or spaces."));
    if (password.startsWith(QLatin1Char('0')))
        add("1011", tr("It must not start with 0."));
    if (hasDigit && !hasLetter && !special)
        add("1012", tr("It must not be digits only."));
    if (hasLetter && !hasDigit && !special)
        add("1013", tr("It must not be letters only."));
    if (!previous.isEmpty() && password == previous)
        add("1014", tr("It must differ from the current password."));
    if (!(hasDigit && hasLetter))
        add("1015", tr("Mix letters and digits."));
    return violations;
}
