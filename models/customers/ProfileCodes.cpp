#include "ProfileCodes.h"

std::optional<bool> ProfileCodes::flag(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed().toUpper();
    if (text == QLatin1String("TRUE") || text == QLatin1String("1") || text == QLatin1String("S")
        || text == QLatin1String("SI") || text == QLatin1String("Y") || text == QLatin1String("YES"))
        return true;
    if (text == QLatin1String("FALSE") || text == QLatin1String("0") || text == QLatin1String("N")
        || text == QLatin1String("NO"))
        return false;
    return std::nullopt;
}

QString ProfileCodes::conceptDescription(const QString &type)
{
    const QString code = type.trimmed().toUpper();
    if (code == QLatin1String("VLRING"))
        return tr("Income");
    if (code == QLatin1String("VLRPAS"))
        return tr("Liabilities");
    if (code == QLatin1String("VLREGR"))
        return tr("Expenses");
    if (code == QLatin1String("VLRACT"))
        return tr("Assets");
    return type.trimmed();
}

QString ProfileCodes::remittanceAddressType(const QString &type)
{
    const QString code = type.trimmed().toUpper();
    if (code == QLatin1String("RESI"))
        return tr("Residence");
    if (code == QLatin1String("EMPR"))
        return tr("Company");
    return type.trimmed();
}

QString ProfileCodes::gender(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (c == QLatin1String("M"))
        return tr("Male");
    if (c == QLatin1String("F"))
        return tr("Female");
    return code.trimmed();
}

ProfileCodes::Status ProfileCodes::remittanceStatus(const QString &status)
{
    const QString s = status.trimmed().toUpper();
    if (s == QLatin1String("A") || s == QLatin1String("ACTIVO") || s == QLatin1String("ACTIVE"))
        return Status::Active;
    if (s == QLatin1String("I") || s == QLatin1String("INACTIVO") || s == QLatin1String("INACTIVE"))
        return Status::Inactive;
    return Status::Unknown;
}

QString ProfileCodes::statusDescription(const QString &status)
{
    switch (remittanceStatus(status)) {
    case Status::Active:
        return tr("Active");
    case Status::Inactive:
        return tr("Inactive");
    case Status::Unknown:
        break;
    }
    return status.trimmed().isEmpty() ? tr("not recorded") : status.trimmed();
}

ApiError ProfileCodes::explain(const ApiError &error, Read read)
{
    ApiError explained = error;
    const QString code = error.code.trimmed();
    if (code == QLatin1String("51011") || code == QLatin1String("50001") || code == QLatin1String("50004"))
        explained.kind = ApiError::Kind::NotFound;
    else if (code == QLatin1String("50002") || code == QLatin1String("50003") || code == QLatin1String("51041")
             || code == QLatin1String("50628"))
        explained.kind = ApiError::Kind::Business;
    else if (code == QLatin1String("50555")) // sent with HTTP 404, but it is the input
        explained.kind = ApiError::Kind::InvalidRequest;
    else if (read == Read::ContactData && (code == QLatin1String("50099") || code == QLatin1String("50544")))
        explained.kind = ApiError::Kind::Server;
    return explained;
}

QString ProfileCodes::advice(const ApiError &error, Read read)
{
    const QString code = error.code.trimmed();
    if (explain(error, read).kind == ApiError::Kind::NotFound) {
        return read == Read::Remittance
                   ? tr("This identification has no remittance profile. Check the type and number; the "
                        "sender may have to register with a remittance partner first.")
                   : tr("The bank has no contact data for this identification. Check the type and number.");
    }
    if (code == QLatin1String("51041"))
        return tr("The customer's data is incomplete: update it in the Portal Integral, then search again.");
    if (code == QLatin1String("50002"))
        return tr("The bank says this person cannot be linked as a customer (PERSONA NO VINCULABLE).");
    if (code == QLatin1String("50003"))
        return tr("The bank flags this person as publicly exposed (PEP): follow the enhanced due "
                  "diligence procedure.");
    if (code == QLatin1String("50628"))
        return tr("The customer is being verified; product openings are suspended for now.");
    if (code == QLatin1String("50555"))
        return tr("For this identification type the number must contain digits only.");
    return {};
}
