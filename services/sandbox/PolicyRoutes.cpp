#include "PolicyRoutes.h"

#include "BankEnvelope.h"
#include "CaseStatus.h"
#include "CertificatePdf.h"
#include "CustomerPayee.h"
#include "DisplayFormat.h"
#include "InsuranceCase.h"
#include "Masking.h"
#include "PolicyCertificate.h"
#include "PolicyCodes.h"
#include "PolicyPlans.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QLocale>
#include <QUuid>

namespace {
using StatusCode = SandboxReply::StatusCode;
using Method = QHttpServerRequest::Method;

const QString base = QStringLiteral("/policy-management/v1");

// General operations document ERR400 with a numeric errorCode.
SandboxReply payloadNotFound(const QString &description = QStringLiteral("Payload not found"))
{
    return SandboxReply::json(StatusCode::BadRequest,
                              BankEnvelope::error(QStringLiteral("ERR400"), 400, description, QStringLiteral("Bad Request")));
}

// Life operations document an ER envelope (printed with empty fields); the
// training server fills in what went wrong.
SandboxReply lifeError(StatusCode status, const QString &code, const QString &description)
{
    return SandboxReply::json(status, BankEnvelope::error(QStringLiteral("ER"), code, description, QStringLiteral("TPS")));
}

QString firstIssue(const FieldIssues &issues)
{
    return issues.isEmpty() ? QString() : issues.first().field + QStringLiteral(": ") + issues.first().message;
}

QString money(double amount)
{
    return DisplayFormat::money(amount, QStringLiteral("COP"), QLocale(QLocale::Spanish, QLocale::Colombia));
}

const InsurancePlan *findPlan(const QList<InsurancePlan> &plans, int idItem)
{
    for (const InsurancePlan &plan : plans) {
        if (plan.idItem == idItem)
            return &plan;
    }
    return nullptr;
}

double homeCapital(const HomeRisk &home)
{
    return home.capitalization.isEmpty() ? 0.0 : home.capitalization.first().amt;
}

} // namespace

std::optional<SandboxReply> PolicyRoutes::handle(const QHttpServerRequest &request, SandboxContext &context)
{
    const QString path = request.url().path();
    if (!path.startsWith(base + QLatin1Char('/')))
        return std::nullopt;
    const QString operation = path.mid(base.size());
    const Method method = request.method();
    static const QStringList posts{QStringLiteral("/status-submit"), QStringLiteral("/insurance/case"),
                                   QStringLiteral("/life/simulation"), QStringLiteral("/life/quote"),
                                   QStringLiteral("/life/issuing"), QStringLiteral("/life/certificate"),
                                   QStringLiteral("/general/simulation"), QStringLiteral("/general/quote"),
                                   QStringLiteral("/general/issuing"), QStringLiteral("/costumer-payee")};
    const bool known = (posts.contains(operation) && method == Method::Post)
                       || (operation == QLatin1String("/status-update") && method == Method::Put);
    if (!known)
        return std::nullopt;
    if (auto refusal = context.checkBankCall(request))
        return refusal;

    QJsonParseError parseError{};
    const QJsonDocument body = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || body.isNull())
        return payloadNotFound();

    if (operation == QLatin1String("/life/simulation"))
        return simulation(body, false);
    if (operation == QLatin1String("/general/simulation"))
        return simulation(body, true);
    if (!body.isObject())
        return payloadNotFound();
    const QJsonObject json = body.object();
    if (operation == QLatin1String("/life/quote"))
        return quote(json, false);
    if (operation == QLatin1String("/general/quote"))
        return quote(json, true);
    if (operation == QLatin1String("/life/issuing"))
        return issuing(json, false);
    if (operation == QLatin1String("/general/issuing"))
        return issuing(json, true);
    if (operation == QLatin1String("/life/certificate"))
        return certificate(json);
    if (operation == QLatin1String("/insurance/case"))
        return insuranceCase(json);
    if (operation == QLatin1String("/status-submit"))
        return status(json, true);
    if (operation == QLatin1String("/status-update"))
        return status(json, false);
    return payee(json);
}

SandboxReply PolicyRoutes::simulation(const QJsonDocument &body, bool general)
{
    const QDate today = QDate::currentDate();
    SimulationResult result;
    result.startDt = QDateTime::currentDateTime().toOffsetFromUtc(-5 * 3600).toString(Qt::ISODateWithMs);
    if (general) {
        const GeneralSimulationRequest request = GeneralSimulationRequest::fromJson(body.object());
        if (const FieldIssues issues = request.validate(today); !issues.isEmpty())
            return payloadNotFound(firstIssue(issues));
        result.plans = PolicyPlans::plansFor(request.productIdNumber, request.birthDt, today, homeCapital(request.home));
    } else {
        const LifeSimulationRequest request = LifeSimulationRequest::fromJson(body);
        if (const FieldIssues issues = request.validate(today); !issues.isEmpty())
            return lifeError(StatusCode::BadRequest, QStringLiteral("400"), firstIssue(issues));
        for (const LifeSimulationItem &item : request.items)
            result.plans.append(PolicyPlans::plansFor(item.productIdNumber, item.birthDt, today));
    }
    return SandboxReply::json(StatusCode::Ok, result.toJson());
}

SandboxReply PolicyRoutes::quote(const QJsonObject &body, bool general)
{
    const QuoteRequest request = QuoteRequest::fromJson(body);
    FieldIssues issues = request.validate();
    if (general && !request.productIdent)
        issues.prepend({QStringLiteral("productIdent"), QStringLiteral("productIdent is required")});
    if (!issues.isEmpty()) {
        return general ? payloadNotFound(firstIssue(issues))
                       : lifeError(StatusCode::BadRequest, QStringLiteral("400"), firstIssue(issues));
    }
    const QList<InsurancePlan> plans =
        PolicyPlans::plansFor(request.productIdNumber, request.person.birthDt, QDate::currentDate(), homeCapital(request.home));
    const InsurancePlan *plan = findPlan(plans, request.coverageId);
    if (!plan) {
        const QString description = QStringLiteral("El plan %1 no existe para el producto %2").arg(request.coverageId).arg(request.productIdNumber);
        return general ? payloadNotFound(description) : lifeError(StatusCode::BadRequest, QStringLiteral("400"), description);
    }

    QuoteRecord record;
    record.request = request;
    record.plan = *plan;
    QuoteResult &result = record.result;
    result.pmtAuthId = QString::number(m_nextQuote++);
    result.startDt = QDateTime::currentDateTime().toOffsetFromUtc(-5 * 3600).toString(Qt::ISODateWithMs);
    for (const PlanCoverage &c : plan->coverages) {
        CoverageDetail detail;
        detail.coverageId = c.coverageId;
        detail.validityPeriod = 1;
        detail.validityTime = 12;
        detail.amt = c.amt;
        detail.rate = c.amt > 0 ? c.annualPremium * 1000.0 / c.amt : 0.0; // per mille
        detail.insuranPremiumValue = c.annualPremium;
        detail.desc = c.desc;
        result.coverages.append(detail);
    }
    const double net = qRound64(PolicyPlans::annualPremium(*plan) / PolicyPlans::periodsPerYear(request.freq));
    result.netPremium = net;
    result.feeAmount = qRound64(net * 0.05);
    result.premium = result.netPremium + result.feeAmount;
    result.billId = QString::number(1110 + m_nextQuote);
    if (general) {
        result.planId = QString::number(plan->idItem);
        result.planDesc = plan->desc;
        result.freq = request.freq;
    }
    m_quotes.insert(result.pmtAuthId, record);
    return SandboxReply::json(StatusCode::Ok, result.toJson());
}

SandboxReply PolicyRoutes::issuing(const QJsonObject &body, bool general)
{
    IssuingRequest request = IssuingRequest::fromJson(body);
    FieldIssues issues = request.validate();
    if (general && !request.productIdent)
        issues.prepend({QStringLiteral("productIdent"), QStringLiteral("productIdent is required")});
    const auto refuse = [general](StatusCode status, const QString &code, const QString &description) {
        return general ? payloadNotFound(description) : lifeError(status, code, description);
    };
    if (!issues.isEmpty())
        return refuse(StatusCode::BadRequest, QStringLiteral("400"), firstIssue(issues));

    // Issuing must reference a quote of this server, once.
    auto quoteIt = m_quotes.find(request.pmtAuthId);
    if (quoteIt == m_quotes.end()) {
        return refuse(StatusCode::NotFound, QStringLiteral("00001"),
                      QStringLiteral("Cotizacion no encontrada: el codigo %1 no existe. Cotice de nuevo.").arg(request.pmtAuthId));
    }
    QuoteRecord &quoteRecord = *quoteIt;
    if (!quoteRecord.issuedPolicy.isEmpty()) {
        return refuse(StatusCode::Conflict, QStringLiteral("00002"),
                      QStringLiteral("La cotizacion %1 ya fue emitida en la poliza %2").arg(request.pmtAuthId, quoteRecord.issuedPolicy));
    }
    if (quoteRecord.request.productIdNumber != request.productIdNumber
        || QString::number(quoteRecord.request.coverageId) != request.coverageId) {
        return refuse(StatusCode::BadRequest, QStringLiteral("00003"),
                      QStringLiteral("El producto o el plan no corresponden a la cotizacion %1").arg(request.pmtAuthId));
    }
    if (quoteRecord.request.person.identSerialNum != request.person.identSerialNum) {
        return refuse(StatusCode::BadRequest, QStringLiteral("00004"),
                      QStringLiteral("El asegurado no corresponde a la cotizacion %1").arg(request.pmtAuthId));
    }

    // Card and account numbers are kept masked only.
    for (CardPayment &card : request.person.cards) {
        card.acctId = Masking::identity(card.acctId);
        card.token.reset();
    }
    for (AccountPayment &account : request.person.accounts)
        account.acctId = Masking::identity(account.acctId);

    PolicyRecord policy;
    policy.request = request;
    policy.plan = quoteRecord.plan;
    policy.productIdNumber = request.productIdNumber;
    policy.freq = request.freq;
    IssuingResult &result = policy.result;
    result.cSpRefId = QStringLiteral("Emisión");
    result.trnRquId = QString::number(m_nextCharge++);
    result.operationType = QStringLiteral("Cobro");
    result.effDt = QDate::currentDate();
    result.endDt = result.effDt.addYears(1).addDays(-1);
    result.insuranPremiumValue = quoteRecord.result.premium;
    result.taxes = quoteRecord.result.feeAmount;
    result.commission = qRound64(quoteRecord.result.netPremium * 0.10);
    result.policyId = QString::number(m_nextPolicy++);
    result.certCode = QString::number(m_nextCertificate++);
    result.quoteNumber = request.pmtAuthId;
    quoteRecord.issuedPolicy = result.policyId;
    m_policies.insert(result.policyId, policy);
    return SandboxReply::json(StatusCode::Ok, result.toJson());
}

SandboxReply PolicyRoutes::certificate(const QJsonObject &body)
{
    const CertificateRequest request = CertificateRequest::fromJson(body);
    if (!request.isComplete())
        return lifeError(StatusCode::BadRequest, QStringLiteral("400"), QStringLiteral("product.productIdnumber e insuranceInfo.policyId son obligatorios"));
    const auto it = m_policies.constFind(request.policyId);
    if (it == m_policies.constEnd() || (!request.certCode.isEmpty() && request.certCode != it->result.certCode)
        || it->productIdNumber != request.productIdNumber) {
        return lifeError(StatusCode::NotFound, QStringLiteral("00001"),
                         QStringLiteral("Poliza no encontrada: %1 / certificado %2").arg(request.policyId, request.certCode));
    }
    return SandboxReply::json(StatusCode::Ok, CertificateResult::replyFor(certificatePdf(*it)));
}

QByteArray PolicyRoutes::certificatePdf(const PolicyRecord &policy) const
{
    const IssuingRequest &r = policy.request;
    const IssuingPerson &person = r.person;
    CertificatePdf pdf;
    pdf.insurer = QStringLiteral("Aseguradora de formación BranchDesk - TRAINING");
    pdf.title = QStringLiteral("Certificado individual de seguro");
    pdf.subtitle = QStringLiteral("Póliza %1 - Certificado %2").arg(policy.result.policyId, policy.result.certCode);
    pdf.footer = QStringLiteral("Documento de formación sin validez legal. Póliza %1").arg(policy.result.policyId);

    const QString productName = PolicyCodes::nameOf(PolicyCodes::generalProducts(), policy.productIdNumber).isEmpty()
                                    ? PolicyCodes::nameOf(PolicyCodes::lifeProducts(), policy.productIdNumber)
                                    : PolicyCodes::nameOf(PolicyCodes::generalProducts(), policy.productIdNumber);
    pdf.sections.append({QStringLiteral("Póliza"),
                         {{QStringLiteral("Número de póliza"), policy.result.policyId},
                          {QStringLiteral("Certificado"), policy.result.certCode},
                          {QStringLiteral("Producto"), policy.productIdNumber + QStringLiteral(" ") + productName},
                          {QStringLiteral("Plan"), policy.plan.desc},
                          {QStringLiteral("Cotización"), policy.result.quoteNumber},
                          {QStringLiteral("Vigencia"), QStringLiteral("%1 a %2").arg(DisplayFormat::date(policy.result.effDt),
                                                                                     DisplayFormat::date(policy.result.endDt))},
                          {QStringLiteral("Frecuencia de pago"), PolicyCodes::nameOf(PolicyCodes::frequencies(), policy.freq)},
                          {QStringLiteral("Oficina"), r.cityId + QStringLiteral(" ") + PolicyCodes::nameOf(PolicyCodes::offices(), r.cityId)}}});
    QString fullName = person.fullName;
    if (fullName.trimmed().isEmpty())
        fullName = person.firstName + QLatin1Char(' ') + person.lastName;
    const PostalAddress address = person.postAddr.isEmpty() ? PostalAddress() : person.postAddr.first();
    pdf.sections.append({QStringLiteral("Asegurado"),
                         {{QStringLiteral("Nombre"), fullName},
                          {QStringLiteral("Identificación"),
                           PolicyCodes::nameOf(PolicyCodes::identificationTypes(), person.govIssueIdentType) + QStringLiteral(" ")
                               + person.identSerialNum},
                          {QStringLiteral("Fecha de nacimiento"), DisplayFormat::date(person.birthDt)},
                          {QStringLiteral("Género"), PolicyCodes::nameOf(PolicyCodes::genders(), person.gender)},
                          {QStringLiteral("Dirección"), address.addr1 + QStringLiteral(" (") + address.cityId + QLatin1Char(')')}}});
    CertificatePdf::Section coverages{QStringLiteral("Coberturas"), {}};
    for (const PlanCoverage &c : policy.plan.coverages) {
        coverages.rows.append({c.desc, QStringLiteral("Valor asegurado %1 - prima anual %2").arg(money(c.amt), money(c.annualPremium))});
    }
    pdf.sections.append(coverages);
    if (!r.beneficiaries.isEmpty()) {
        CertificatePdf::Section beneficiaries{QStringLiteral("Beneficiarios"), {}};
        for (const Beneficiary &b : r.beneficiaries) {
            const QString name = b.fullName.trimmed().isEmpty() ? b.firstName + QLatin1Char(' ') + b.lastName : b.fullName;
            beneficiaries.rows.append({name, QStringLiteral("%1% - parentesco %2 - identificación %3")
                                                 .arg(b.rate, b.relationshipType, b.identSerialNum)});
        }
        pdf.sections.append(beneficiaries);
    }
    QString payment;
    if (!person.cards.isEmpty()) {
        const CardPayment &card = person.cards.first();
        payment = QStringLiteral("Tarjeta %1 %2 (%3)").arg(PolicyCodes::nameOf(PolicyCodes::cardTypes(), card.cardType), card.acctId,
                                                          PolicyCodes::nameOf(PolicyCodes::banks(), card.code));
    } else if (!person.accounts.isEmpty()) {
        const AccountPayment &account = person.accounts.first();
        payment = QStringLiteral("Cuenta %1 (%2)").arg(account.acctId, PolicyCodes::nameOf(PolicyCodes::banks(), account.bankId));
    }
    pdf.sections.append({QStringLiteral("Prima"),
                         {{QStringLiteral("Prima total"), money(policy.result.insuranPremiumValue)},
                          {QStringLiteral("Impuestos"), money(policy.result.taxes)},
                          {QStringLiteral("Medio de pago"), payment},
                          {QStringLiteral("Número de cobro"), policy.result.trnRquId}}});
    return pdf.render();
}

SandboxReply PolicyRoutes::insuranceCase(const QJsonObject &body)
{
    const InsuranceCaseRequest request = InsuranceCaseRequest::fromJson(body);
    if (const FieldIssues issues = request.validate(); !issues.isEmpty()) {
        return SandboxReply::json(StatusCode::BadRequest,
                                  BankEnvelope::error(QStringLiteral("ER"), QStringLiteral("00001"), firstIssue(issues), QStringLiteral("TPS")));
    }
    const CaseEntity &entity = request.entities.first();
    InsuranceCaseResult result;
    result.caseId = QString::number(m_nextCase++);
    result.bankSystemId = QString::number(entity.bankSystemOrigin);
    result.requestNumber = QString::number(entity.requestNumber);
    result.productType = entity.productType;
    result.transactionTimestamp = QDateTime::currentDateTime().toOffsetFromUtc(-5 * 3600).toString(Qt::ISODateWithMs);
    result.responseType = QStringLiteral("OK");
    result.itemCode = QString::number(3606690 + (m_nextCase % 1000));
    result.statusDesc = QStringLiteral("Active");
    result.estimatedSolution = QDateTime::currentDateTime().addDays(5).toOffsetFromUtc(-5 * 3600).toString(Qt::ISODateWithMs);
    result.taskName = QStringLiteral("AutorizarExamenes");
    result.taskPriority = QStringLiteral("Normal");
    result.workflowName = request.desc;
    result.workflowTitle = QStringLiteral("Gestión de exámenes médicos");
    result.workflowKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_caseStatus.insert(result.caseId, QStringLiteral("SE"));
    return SandboxReply::json(StatusCode::Ok, result.toJson());
}

SandboxReply PolicyRoutes::status(const QJsonObject &body, bool submit)
{
    const CaseStatusRequest request = CaseStatusRequest::fromJson(body);
    if (const FieldIssues issues = request.validate(); !issues.isEmpty()) {
        const QString description = submit ? QStringLiteral("Error en el enviar estado de la solicitud") : QStringLiteral("Error en la actualizacion");
        return SandboxReply::json(StatusCode::BadRequest,
                                  BankEnvelope::error(QStringLiteral("ER"), QStringLiteral("00001"),
                                                      description + QStringLiteral(": ") + firstIssue(issues), QStringLiteral("TPS")));
    }
    if (m_caseStatus.contains(request.coveredCode))
        m_caseStatus.insert(request.coveredCode, request.statusCode);
    CaseStatusResult result;
    result.refNumber = request.acctId;
    result.govIssueIdentType = request.govIssueIdentType;
    result.identSerialNum = request.identSerialNum;
    if (submit)
        result.responseType = QStringLiteral("OK");
    return SandboxReply::json(StatusCode::Ok, result.toJson());
}

SandboxReply PolicyRoutes::payee(const QJsonObject &body)
{
    const CustomerPayeeRequest request = CustomerPayeeRequest::fromJson(body);
    if (const FieldIssues issues = request.validate(); !issues.isEmpty()) {
        // The document's only error example for this operation.
        return SandboxReply::json(StatusCode::BadRequest,
                                  BankEnvelope::error(QStringLiteral("ER"), QStringLiteral("OSB-38235"),
                                                      QStringLiteral("Variable targeted for validate is not a XML: ") + firstIssue(issues),
                                                      QStringLiteral("EXP")));
    }
    return SandboxReply::json(StatusCode::Ok, QJsonObject{{QStringLiteral("responseType"), QJsonObject{{QStringLiteral("value"), QStringLiteral("OK")}}}});
}
