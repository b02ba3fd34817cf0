#pragma once

#include "FieldIssue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Request body of the Itau "query customer information by account" API
// (seed 003, chat_itau_codigo): POST .../apiaccess/rest/ccmessaging/v1/itau/codigo.
// Field names as the document writes them.
class ItauCustomerQuery
{
    Q_DECLARE_TR_FUNCTIONS(ItauCustomerQuery)
public:
    QString codigoConta;    // mandatory: see ItauAccountCode
    QString tipoEstrutura;  // optional: structure type, "for example, AP, OP, SD, or CO"
    QString segmento;       // optional: customer segment
    QString servicoDigital; // optional: digital service

    // The structure types the document names as examples (others are
    // allowed: it gives them as examples, not as a list).
    static QStringList exampleStructureTypes();
    // The document gives no lengths for the optional fields; this bound only
    // keeps pasted text out of the body.
    static constexpr int maxOptionalLength = 60;

    // Every rule the input breaks, each with its wire field name
    // ("codigo_conta", "tipo_estrutura", "segmento", "servico_digital").
    FieldIssues validate() const;
    // The body: codigo_conta as given (the form passes its digits), and each
    // optional field only when it has a value, in the document's order.
    QJsonObject toJson() const;
    static ItauCustomerQuery fromJson(const QJsonObject &json);
};
