#include "IntakeFileCheck.h"

#include "BankJson.h"
#include "SyncDataRequest.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace {

// Walks one object, reporting problems with their paths.
class Walker
{
    Q_DECLARE_TR_FUNCTIONS(IntakeFileCheck)
public:
    explicit Walker(FieldIssues &issues) : m_issues(issues) {}

    void add(const QString &path, const QString &message) { m_issues.append({path, message}); }

    static QString join(const QString &parent, const QString &key)
    {
        return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
    }

    QJsonObject object(const QJsonObject &json, const QString &key, const QString &parent, bool required)
    {
        const QJsonValue value = BankJson::member(json, key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                add(join(parent, key), tr("Missing; it must be an object { ... }."));
            return {};
        }
        if (!value.isObject()) {
            add(join(parent, key), tr("Must be an object { ... }."));
            return {};
        }
        return value.toObject();
    }

    QJsonArray array(const QJsonObject &json, const QString &key, const QString &parent, bool required)
    {
        const QJsonValue value = BankJson::member(json, key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                add(join(parent, key), tr("Missing; it must be a list [ ... ]."));
            return {};
        }
        if (!value.isArray()) {
            add(join(parent, key), tr("Must be a list [ ... ]."));
            return {};
        }
        return value.toArray();
    }

    // Text (a number is accepted as its digits); nothing when absent or wrong.
    std::optional<QString> text(const QJsonObject &json, const QString &key, const QString &parent, bool required)
    {
        const QJsonValue value = BankJson::member(json, key);
        const QString path = join(parent, key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                add(path, tr("Missing; it is required."));
            return std::nullopt;
        }
        if (!value.isString() && !value.isDouble()) {
            add(path, tr("Must be text in quotes."));
            return std::nullopt;
        }
        const QString t = BankJson::text(value).trimmed();
        if (required && t.isEmpty()) {
            add(path, tr("Must not be empty."));
            return std::nullopt;
        }
        return t;
    }

    void boolean(const QJsonObject &json, const QString &key, const QString &parent)
    {
        const QJsonValue value = BankJson::member(json, key);
        if (!value.isUndefined() && !value.isNull() && !value.isBool())
            add(join(parent, key), tr("Must be true or false (without quotes)."));
    }

    void amount(const QJsonObject &json, const QString &key, const QString &parent, bool allowNegative)
    {
        const QJsonValue value = BankJson::member(json, key);
        const QString path = join(parent, key);
        if (value.isUndefined() || value.isNull())
            return;
        const std::optional<double> n = BankJson::number(value);
        if (!n || (!value.isDouble() && !value.isString()))
            add(path, tr("Must be a number (e.g. 734683.16)."));
        else if (!allowNegative && *n < 0)
            add(path, tr("Must not be negative."));
    }

    void date(const QJsonObject &json, const QString &key, const QString &parent)
    {
        const auto t = text(json, key, parent, false);
        if (t && !t->isEmpty() && !QDate::fromString(*t, QStringLiteral("yyyy-MM-dd")).isValid())
            add(join(parent, key), tr("Must be a date YYYY-MM-DD or empty."));
    }

    void pattern(const std::optional<QString> &value, const QString &path, const char *regex, const QString &message)
    {
        if (value && !value->isEmpty() && !QRegularExpression(QString::fromLatin1(regex)).match(*value).hasMatch())
            add(path, message);
    }

    void currency(const QJsonObject &json, const QString &key, const QString &parent)
    {
        pattern(text(json, key, parent, false), join(parent, key), "^[A-Z]{3}$",
                tr("Must be a three-letter currency code (COP)."));
    }

private:
    FieldIssues &m_issues;
};

const char *emailPattern = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
const char *phonePattern = "^[0-9]{7,15}$";

void checkPerson(Walker &w, const QJsonObject &person, const QString &at)
{
    const QJsonObject name = w.object(person, QStringLiteral("personName"), at, true);
    const QString nameAt = Walker::join(at, QStringLiteral("personName"));
    if (!name.isEmpty()) {
        w.text(name, QStringLiteral("fullName"), nameAt, true);
        w.text(name, QStringLiteral("titlePrefix"), nameAt, false);
        w.pattern(w.text(name, QStringLiteral("gender"), nameAt, false), Walker::join(nameAt, QStringLiteral("gender")),
                  "^[MFO]$", Walker::tr("Must be M (masculino), F (femenino) or O (otro)."));
        w.date(name, QStringLiteral("birthDt"), nameAt);
        w.text(name, QStringLiteral("country"), nameAt, false);
        w.text(name, QStringLiteral("language"), nameAt, false);
    }
    const QString contactAt = Walker::join(at, QStringLiteral("contactInfo"));
    const QJsonObject contact = w.object(person, QStringLiteral("contactInfo"), at, true);
    w.pattern(w.text(contact, QStringLiteral("emailAddr"), contactAt, false),
              Walker::join(contactAt, QStringLiteral("emailAddr")), emailPattern,
              Walker::tr("Must be an e-mail address (name@domain.com)."));
    w.pattern(w.text(contact, QStringLiteral("phoneNumber"), contactAt, false),
              Walker::join(contactAt, QStringLiteral("phoneNumber")), phonePattern,
              Walker::tr("Must be a phone number of 7 to 15 digits."));

    const QJsonArray addresses = w.array(person, QStringLiteral("postAddress"), at, false);
    int mainAddresses = 0;
    for (int i = 0; i < addresses.size(); ++i) {
        const QString addrAt = QStringLiteral("%1.postAddress[%2]").arg(at).arg(i);
        if (!addresses.at(i).isObject()) {
            w.add(addrAt, Walker::tr("Must be an object { ... }."));
            continue;
        }
        const QJsonObject a = addresses.at(i).toObject();
        w.text(a, QStringLiteral("addr1"), addrAt, true);
        w.text(a, QStringLiteral("stateProv"), addrAt, false);
        w.text(a, QStringLiteral("country"), addrAt, false);
        w.text(a, QStringLiteral("addrType"), addrAt, false);
        w.boolean(a, QStringLiteral("priority"), addrAt);
        if (BankJson::member(a, QStringLiteral("priority")).toBool())
            ++mainAddresses;
        if (mainAddresses == 2)
            w.add(Walker::join(addrAt, QStringLiteral("priority")), Walker::tr("Only one address can be the main one."));
    }
    w.object(person, QStringLiteral("strategies"), at, false);
    const QJsonArray emails = w.array(person, QStringLiteral("additionalEmaillAddr"), at, false);
    for (int i = 0; i < emails.size(); ++i) {
        const QString e = QStringLiteral("%1.additionalEmaillAddr[%2]").arg(at).arg(i);
        w.pattern(w.text(emails.at(i).toObject(), QStringLiteral("emailAddr"), e, true),
                  Walker::join(e, QStringLiteral("emailAddr")), emailPattern,
                  Walker::tr("Must be an e-mail address (name@domain.com)."));
    }
    const QJsonArray phones = w.array(person, QStringLiteral("additionalPhoneNum"), at, false);
    for (int i = 0; i < phones.size(); ++i) {
        const QString p = QStringLiteral("%1.additionalPhoneNum[%2]").arg(at).arg(i);
        w.pattern(w.text(phones.at(i).toObject(), QStringLiteral("phoneNumber"), p, true),
                  Walker::join(p, QStringLiteral("phoneNumber")), phonePattern,
                  Walker::tr("Must be a phone number of 7 to 15 digits."));
    }
}

void checkProduct(Walker &w, const QJsonObject &product, const QString &at)
{
    const auto type = w.text(product, QStringLiteral("acctType"), at, true);
    if (type && !IntakeAccountTypes::isKnown(type->toUpper())) {
        QStringList codes;
        for (const IntakeAccountType &t : IntakeAccountTypes::all())
            codes << t.code;
        w.add(Walker::join(at, QStringLiteral("acctType")),
              Walker::tr("Unknown account type \"%1\"; use one of %2.").arg(*type, codes.join(QStringLiteral(", "))));
    }
    w.text(product, QStringLiteral("externalId"), at, false);
    const QJsonObject dep = w.object(product, QStringLiteral("depAcctId"), at, false);
    const QJsonObject card = w.object(product, QStringLiteral("cardAcctId"), at, false);
    const auto acctId = w.text(dep, QStringLiteral("acctId"), Walker::join(at, QStringLiteral("depAcctId")), false);
    const auto cardId = w.text(card, QStringLiteral("acctId"), Walker::join(at, QStringLiteral("cardAcctId")), false);
    if (acctId.value_or(QString()).isEmpty() && cardId.value_or(QString()).isEmpty())
        w.add(Walker::join(at, QStringLiteral("depAcctId.acctId")),
              Walker::tr("Give the account number (depAcctId.acctId) or the card number (cardAcctId.acctId)."));
    w.pattern(w.text(card, QStringLiteral("lastDigits"), Walker::join(at, QStringLiteral("cardAcctId")), false),
              Walker::join(at, QStringLiteral("cardAcctId.lastDigits")), "^[0-9]{4}$",
              Walker::tr("Must be the card's last 4 digits, or empty."));
    w.text(product, QStringLiteral("nickname"), at, false);
    w.text(product, QStringLiteral("name"), at, false);
    w.object(product, QStringLiteral("product"), at, false);
    w.currency(product, QStringLiteral("curCode"), at);
    w.text(product, QStringLiteral("bankId"), at, false);
    const QJsonObject xfer = w.object(product, QStringLiteral("xferRec"), at, false);
    const QString xferAt = Walker::join(at, QStringLiteral("xferRec"));
    for (const char *flag : {"externalXferRec", "immediateXfer", "flagDebit", "flagCredit"})
        w.boolean(xfer, QString::fromLatin1(flag), xferAt);
    // Balances may be negative (an overdrawn account); limits and amounts owed not.
    const struct { const char *key; bool negative; } amounts[] = {
        {"acctBal", true}, {"LOCLimit", false}, {"otherIncome", true}, {"minPmtCurAmt", false}};
    for (const auto &a : amounts) {
        const QString key = QString::fromLatin1(a.key);
        const QJsonObject amount = w.object(product, key, at, false);
        const QString amountAt = Walker::join(at, key);
        w.amount(amount, QStringLiteral("amt"), amountAt, a.negative);
        if (key != QLatin1String("minPmtCurAmt"))
            w.currency(amount, QStringLiteral("curCode"), amountAt);
        else
            w.date(amount, QStringLiteral("dueDt"), amountAt);
    }
    w.pattern(w.text(product, QStringLiteral("curRate"), at, false), Walker::join(at, QStringLiteral("curRate")),
              "^[0-9]+([.,][0-9]+)?$", Walker::tr("Must be a rate such as 1 or 12.5."));
    w.text(product, QStringLiteral("termUnits"), at, false);
}

} // namespace

QString IntakeFileIssue::place() const
{
    if (line > 0)
        return IntakeFileCheck::tr("line %1, column %2").arg(line).arg(column);
    return path.isEmpty() ? IntakeFileCheck::tr("(whole file)") : path;
}

QPair<int, int> IntakeFileCheck::lineAndColumn(const QByteArray &content, qsizetype offset)
{
    int line = 1;
    int column = 1;
    const qsizetype end = qBound(qsizetype(0), offset, content.size());
    for (qsizetype i = 0; i < end; ++i) {
        const char c = content.at(i);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(c) & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
    return {line, column};
}

FieldIssues IntakeFileCheck::checkShape(const QJsonObject &json)
{
    FieldIssues issues;
    Walker w(issues);
    const QJsonObject name = w.object(json, QStringLiteral("personName"), {}, true);
    if (!name.isEmpty() || BankJson::member(json, QStringLiteral("personName")).isObject())
        w.text(name, QStringLiteral("firstName"), QStringLiteral("personName"), true);
    const QJsonObject invoker = w.object(json, QStringLiteral("invoker"), {}, true);
    if (BankJson::member(json, QStringLiteral("invoker")).isObject())
        w.text(invoker, QStringLiteral("refType"), QStringLiteral("invoker"), true);
    const QJsonObject ident = w.object(json, QStringLiteral("govIssueIdent"), {}, true);
    if (BankJson::member(json, QStringLiteral("govIssueIdent")).isObject()) {
        w.pattern(w.text(ident, QStringLiteral("mNemonic"), QStringLiteral("govIssueIdent"), true),
                  QStringLiteral("govIssueIdent.mNemonic"), "^(CC|CE|PA|TI|NI|PE)[0-9A-Za-z]{1,20}$",
                  tr("Must be the document type (CC, CE, PA, TI, NI, PE) followed by the number, e.g. CC123456789."));
    }
    const QJsonArray custInfo = w.array(json, QStringLiteral("custInfo"), {}, true);
    if (BankJson::member(json, QStringLiteral("custInfo")).isArray() && custInfo.isEmpty())
        w.add(QStringLiteral("custInfo"), tr("Must hold the person or legal entity."));
    for (int i = 0; i < custInfo.size(); ++i) {
        const QString at = QStringLiteral("custInfo[%1]").arg(i);
        if (!custInfo.at(i).isObject())
            w.add(at, tr("Must be an object { ... }."));
        else
            checkPerson(w, custInfo.at(i).toObject(), at);
    }
    const QJsonArray products = w.array(json, QStringLiteral("listAccounts"), {}, true);
    for (int i = 0; i < products.size(); ++i) {
        const QString at = QStringLiteral("listAccounts[%1]").arg(i);
        if (!products.at(i).isObject())
            w.add(at, tr("Must be an object { ... }."));
        else
            checkProduct(w, products.at(i).toObject(), at);
    }
    return issues;
}

IntakeFileReport IntakeFileCheck::checkFile(const QByteArray &content)
{
    IntakeFileReport report;
    if (content.size() > maxFileBytes) {
        report.issues.append({{}, 0, 0, tr("The file is larger than %1 MB.").arg(maxFileBytes / (1024 * 1024))});
        return report;
    }
    QByteArray json = content;
    if (json.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark, as Windows editors write
        json.remove(0, 3);
    if (json.trimmed().isEmpty()) {
        report.issues.append({{}, 1, 1, tr("The file is empty.")});
        return report;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, error.offset);
        report.issues.append({{}, line, column, tr("Not valid JSON: %1.").arg(error.errorString())});
        return report;
    }
    if (!document.isObject()) {
        report.issues.append({{}, 1, 1, tr("The file must hold one object { ... } of the Sync Data shape.")});
        return report;
    }
    const QJsonObject object = document.object();
    for (const FieldIssue &issue : checkShape(object))
        report.issues.append({issue.field, 0, 0, issue.message});
    report.products = BankJson::member(object, QStringLiteral("listAccounts")).toArray().size();
    report.mnemonic = BankJson::text(BankJson::object(object, QStringLiteral("govIssueIdent")), QStringLiteral("mNemonic"));
    return report;
}
