#include "IdentificationType.h"

QList<IdentificationType> IdentificationTypes::all()
{
    return {IdentificationType::CC, IdentificationType::CE, IdentificationType::PA,
            IdentificationType::TI, IdentificationType::NI, IdentificationType::PE};
}

QString IdentificationTypes::code(IdentificationType type)
{
    switch (type) {
    case IdentificationType::CC: return QStringLiteral("CC");
    case IdentificationType::CE: return QStringLiteral("CE");
    case IdentificationType::PA: return QStringLiteral("PA");
    case IdentificationType::TI: return QStringLiteral("TI");
    case IdentificationType::NI: return QStringLiteral("NI");
    case IdentificationType::PE: return QStringLiteral("PE");
    }
    return {};
}

QString IdentificationTypes::description(IdentificationType type)
{
    switch (type) {
    case IdentificationType::CC: return tr("Citizenship card");
    case IdentificationType::CE: return tr("Foreigner ID card");
    case IdentificationType::PA: return tr("Passport");
    case IdentificationType::TI: return tr("Identity card (minor)");
    case IdentificationType::NI: return tr("NIT (tax ID)");
    case IdentificationType::PE: return tr("Special stay permit");
    }
    return {};
}

std::optional<IdentificationType> IdentificationTypes::fromCode(const QString &code)
{
    const QString wanted = code.trimmed().toUpper();
    for (IdentificationType type : all()) {
        if (IdentificationTypes::code(type) == wanted)
            return type;
    }
    return std::nullopt;
}

bool IdentificationTypes::isNumeric(IdentificationType type)
{
    switch (type) {
    case IdentificationType::CC:
    case IdentificationType::TI:
    case IdentificationType::NI:
    case IdentificationType::PE:
        return true;
    case IdentificationType::CE:
    case IdentificationType::PA:
        return false;
    }
    return false;
}
