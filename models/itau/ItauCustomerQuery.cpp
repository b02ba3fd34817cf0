#include "ItauCustomerQuery.h"

#include "BankJson.h"
#include "ItauAccountCode.h"

namespace {
const QString codigoContaField = QStringLiteral("codigo_conta");
const QString tipoEstruturaField = QStringLiteral("tipo_estrutura");
const QString segmentoField = QStringLiteral("segmento");
const QString servicoDigitalField = QStringLiteral("servico_digital");
} // namespace

QStringList ItauCustomerQuery::exampleStructureTypes()
{
    return {QStringLiteral("AP"), QStringLiteral("OP"), QStringLiteral("SD"), QStringLiteral("CO")};
}

FieldIssues ItauCustomerQuery::validate() const
{
    FieldIssues issues;
    if (const auto problem = ItauAccountCode::problem(codigoConta))
        issues.append({codigoContaField, problem->message});
    const struct
    {
        const QString &field;
        const QString &value;
        QString label;
    } optional[] = {{tipoEstruturaField, tipoEstrutura, tr("Structure type")},
                    {segmentoField, segmento, tr("Segment")},
                    {servicoDigitalField, servicoDigital, tr("Digital service")}};
    for (const auto &item : optional) {
        if (item.value.trimmed().size() > maxOptionalLength)
            issues.append({item.field, tr("%1: at most %2 characters.").arg(item.label).arg(maxOptionalLength)});
    }
    return issues;
}

QJsonObject ItauCustomerQuery::toJson() const
{
    QJsonObject json{{codigoContaField, codigoConta}};
    if (!tipoEstrutura.trimmed().isEmpty())
        json.insert(tipoEstruturaField, tipoEstrutura.trimmed());
    if (!segmento.trimmed().isEmpty())
        json.insert(segmentoField, segmento.trimmed());
    if (!servicoDigital.trimmed().isEmpty())
        json.insert(servicoDigitalField, servicoDigital.trimmed());
    return json;
}

ItauCustomerQuery ItauCustomerQuery::fromJson(const QJsonObject &json)
{
    ItauCustomerQuery query;
    query.codigoConta = BankJson::text(json, codigoContaField);
    query.tipoEstrutura = BankJson::text(json, tipoEstruturaField);
    query.segmento = BankJson::text(json, segmentoField);
    query.servicoDigital = BankJson::text(json, servicoDigitalField);
    return query;
}
