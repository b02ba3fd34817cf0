#include "CustomerBasicDataQuery.h"

#include <QRegularExpression>

CustomerBasicDataQuery CustomerBasicDataQuery::byIdentification(const QString &type, const QString &number)
{
    CustomerBasicDataQuery query;
    query.searchBy = SearchBy::Identification;
    query.govIssueIdentType = type;
    query.identSerialNum = number;
    return query;
}

CustomerBasicDataQuery CustomerBasicDataQuery::byCellphone(const QString &cellphone)
{
    CustomerBasicDataQuery query;
    query.searchBy = SearchBy::Cellphone;
    query.cellphone = cellphone;
    return query;
}

FieldIssues CustomerBasicDataQuery::validate() const
{
    FieldIssues issues;
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    // Seed pattern for identserialnum is permissive (letters, digits,
    // punctuation); we accept letters and digits only: punctuation in an ID is
    // always a typing slip at the counter.
    static const QRegularExpression alphanumeric(QStringLiteral("^[A-Za-z0-9]+$"));

    if (searchBy == SearchBy::Identification) {
        const auto type = IdentificationTypes::fromCode(govIssueIdentType);
        if (govIssueIdentType.trimmed().isEmpty()) {
            issues.append({QStringLiteral("govIssueIdentType"), tr("Choose the identification type.")});
        } else if (!type) {
            issues.append({QStringLiteral("govIssueIdentType"),
                           tr("Unknown identification type \"%1\": use CC, CE, PA, TI, NI or PE.")
                               .arg(govIssueIdentType)});
        }
        const QString number = identSerialNum;
        if (number.trimmed().isEmpty()) {
            issues.append({QStringLiteral("identSerialNum"), tr("Enter the identification number.")});
        } else if (number != number.trimmed() || number.contains(QLatin1Char(' '))) {
            issues.append({QStringLiteral("identSerialNum"),
                           tr("The identification number must not contain spaces.")});
        } else if (number.size() > maxIdentSerialNumLength) {
            issues.append({QStringLiteral("identSerialNum"),
                           tr("The identification number has at most %1 characters.").arg(maxIdentSerialNumLength)});
        } else if (type && IdentificationTypes::isNumeric(*type) && !digits.match(number).hasMatch()) {
            issues.append({QStringLiteral("identSerialNum"),
                           tr("For %1 the identification number has digits only.")
                               .arg(IdentificationTypes::code(*type))});
        } else if (!alphanumeric.match(number).hasMatch()) {
            issues.append({QStringLiteral("identSerialNum"),
                           tr("The identification number has letters and digits only.")});
        }
    } else {
        if (cellphone.trimmed().isEmpty()) {
            issues.append({QStringLiteral("cellphone"), tr("Enter the cellphone number.")});
        } else if (!digits.match(cellphone).hasMatch() || cellphone.size() != cellphoneLength) {
            issues.append({QStringLiteral("cellphone"),
                           tr("The cellphone number has exactly %1 digits, without spaces or signs.")
                               .arg(cellphoneLength)});
        }
    }
    return issues;
}

QList<QPair<QString, QString>> CustomerBasicDataQuery::queryItems() const
{
    if (searchBy == SearchBy::Cellphone)
        return {{QStringLiteral("cellphone"), cellphone}};
    return {{QStringLiteral("govIssueIdentType"), govIssueIdentType.trimmed().toUpper()},
            {QStringLiteral("identSerialNum"), identSerialNum}};
}

QString CustomerBasicDataQuery::subject() const
{
    return searchBy == SearchBy::Cellphone ? cellphone : identSerialNum;
}
