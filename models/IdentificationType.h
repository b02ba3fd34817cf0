#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Identification types of the customers-management document
// (govIssueIdentType): CC CE PA TI NI PE.
enum class IdentificationType { CC, CE, PA, TI, NI, PE };

class IdentificationTypes
{
    Q_DECLARE_TR_FUNCTIONS(IdentificationTypes)
public:
    static QList<IdentificationType> all();
    static QString code(IdentificationType type);
    static QString description(IdentificationType type);
    static std::optional<IdentificationType> fromCode(const QString &code);
    // Whether the bank requires the number to be digits only for this type.
    static bool isNumeric(IdentificationType type);
};
