#include "PolicyCodes.h"

#include <QHash>

namespace {
QList<PolicyCode> table(std::initializer_list<std::pair<const char *, const char *>> rows)
{
    QList<PolicyCode> result;
    result.reserve(qsizetype(rows.size()));
    for (const auto &row : rows)
        result.append({QString::fromUtf8(row.first), QString::fromUtf8(row.second)});
    return result;
}
} // namespace

QList<PolicyCode> PolicyCodes::lifeProducts()
{
    return table({{"24297", "Tu Ingreso Protegido"},
                  {"24298", "Tu Ahorro Amigo (Protección de ahorro)"},
                  {"27298", "Tu Ahorro Amigo"},
                  {"31300", "Accidentes Personales, Individual Banco Caja Social"},
                  {"34299", "Vida protegida (Vida con enfermedades graves)"}});
}

QList<PolicyCode> PolicyCodes::generalProducts()
{
    return table({{"24297", "Tu Ingreso Protegido"},
                  {"24298", "Tu Ahorro Amigo (Protección de ahorro)"},
                  {"31300", "Accidentes Personales, Individual Banco Caja Social"},
                  {"34299", "Vida protegida (Vida con enfermedades graves)"},
                  {"69308", "Tarjeta protegida Individual"},
                  {"67307", "Hogar Residencial"}});
}

QString PolicyCodes::productIdentFor(const QString &productIdNumber)
{
    const QString code = productIdNumber.trimmed();
    if (code == QLatin1String("69308"))
        return QStringLiteral("2");
    // The home examples send the short code 307 for 67307.
    if (code == QLatin1String("67307") || code == QLatin1String("307"))
        return QStringLiteral("3");
    if (contains(lifeProducts(), code))
        return QStringLiteral("1");
    return {};
}

QList<PolicyCode> PolicyCodes::saleChannels()
{
    return table({{"101", "Directo"},
                  {"102", "Consultores Neg. Institucional"},
                  {"103", "Corredores"},
                  {"104", "FVD Consumo"},
                  {"105", "Agencias"},
                  {"106", "Agentes"},
                  {"107", "Hall Bancario"},
                  {"108", "Telemercadeo"},
                  {"109", "Corresponsal Individual"},
                  {"110", "Medios Virtuales"},
                  {"111", "Licitaciones"},
                  {"112", "Afinidad"},
                  {"113", "FVD Microfinanzas"},
                  {"114", "Oficinas"},
                  {"115", "Aplicación Móvil"},
                  {"116", "Mercadeo Directo"},
                  {"117", "Corresponsal Convenios"},
                  {"118", "FVD Hipotecario"},
                  {"119", "FVD Libranzas"},
                  {"120", "FVD Tarjeta de Crédito"},
                  {"121", "Consultores Riesgos Laborales"}});
}

QList<PolicyCode> PolicyCodes::frequencies()
{
    return table({{"1", "Anual"},
                  {"2", "Semestral"},
                  {"3", "Trimestral"},
                  {"4", "Bimestral"},
                  {"5", "Mensual"},
                  {"6", "Único"},
                  {"7", "Diaria"},
                  {"8", "Cuotas"},
                  {"10000", "Indefinido"}});
}

QList<PolicyCode> PolicyCodes::offices()
{
    return table({{"421", "Bucaramanga principal"},
                  {"1001", "Dirección General"},
                  {"2013", "Ibagué"},
                  {"2016", "Bogotá"},
                  {"2017", "Yopal"},
                  {"2018", "Villavicencio"},
                  {"2026", "Neiva"},
                  {"2029", "Duitama"},
                  {"3004", "Barranquilla"},
                  {"3014", "Valledupar"},
                  {"3015", "Cartagena"},
                  {"3023", "Santa Marta"},
                  {"4003", "Medellín"},
                  {"4006", "Pereira"},
                  {"4011", "Manizales"},
                  {"4021", "Armenia"},
                  {"4025", "Montelibano"},
                  {"4027", "Montería"},
                  {"5002", "Cali"},
                  {"5008", "Buenaventura"},
                  {"5019", "Pasto"},
                  {"5022", "Popayán"},
                  {"6005", "Bucaramanga"}});
}

QList<PolicyCode> PolicyCodes::identificationTypes()
{
    return table({{"1", "N.I.T."},
                  {"2", "Cédula de Ciudadanía"},
                  {"3", "Cédula de Extranjería"},
                  {"4", "Tarjeta de Identidad"},
                  {"5", "Pasaporte"},
                  {"6", "Registro Civil"},
                  {"7", "Registro Médico"},
                  {"8", "N.U.I.P."},
                  {"9", "C.I.I.U."},
                  {"10", "P.E.P"},
                  {"11", "Provisional"},
                  {"12", "Permiso Protección Temporal"}});
}

QList<PolicyCode> PolicyCodes::personTypes()
{
    return table({{"1", "Persona Natural"}, {"2", "Empresa (Persona Jurídica)"}});
}

QList<PolicyCode> PolicyCodes::genders()
{
    return table({{"1", "Femenino"}, {"2", "Masculino"}, {"3", "No informado"}});
}

QList<PolicyCode> PolicyCodes::phoneTypes()
{
    return table({{"1", "Oficina"}, {"2", "Celular"}, {"3", "Fax"}, {"4", "Particular"}, {"5", "Otros"},
                  {"6", "Contacto"}});
}

QList<PolicyCode> PolicyCodes::banks()
{
    return table({{"1", "Banco De Bogotá"},
                  {"2", "Banco Popular"},
                  {"6", "Banco Itau Corpbanca Colombia"},
                  {"7", "Bancolombia S.A."},
                  {"8", "Scotiabank S.A."},
                  {"9", "Citibank Colombia"},
                  {"12", "Banco Gnb Sudameris Colombia"},
                  {"13", "Bbva Colombia"},
                  {"19", "Red Multibanca Colpatria S.A."},
                  {"23", "Banco De Occidente"},
                  {"32", "Banco Caja Social"},
                  {"40", "Banco Agrario De Colombia S.A."},
                  {"51", "Banco Davivienda S.A."},
                  {"52", "Banco Av Villas"},
                  {"53", "Banco W S.A."},
                  {"58", "Banco Procredit"},
                  {"60", "Banco Pichincha S.A."},
                  {"61", "Bancoomeva"},
                  {"62", "Banco Falabella S.A."},
                  {"65", "Banco Santander S.A."},
                  {"507", "Nequi"},
                  {"558", "BANCO CREDIFINANCIERA S.A."}});
}

QList<PolicyCode> PolicyCodes::cardTypes()
{
    return table({{"1", "Visa"}, {"2", "Mastercard"}, {"3", "Magna"}, {"4", "Diners"}, {"5", "American Express"}});
}

QList<CaseStatusCode> PolicyCodes::caseStatusCodes()
{
    // Concepts as the document prints them; CM repeats AG's concept there.
    return {
        {QStringLiteral("AP"), QStringLiteral("Aprobado"), tr("Approved"), true, true, true},
        {QStringLiteral("NE"), QStringLiteral("Negado"), tr("Declined"), true, true, true},
        {QStringLiteral("NR"), QStringLiteral("Negado Relacionado"), tr("Declined (related)"), true, true, true},
        {QStringLiteral("AE"), QStringLiteral("Autorización exámenes médicos"), tr("Medical exams authorised"), true, false, false},
        {QStringLiteral("AG"), QStringLiteral("Agendamiento exámenes médicos"), tr("Medical exams scheduled"), true, false, false},
        {QStringLiteral("CM"), QStringLiteral("Agendamiento exámenes médicos"), tr("Medical exams scheduling (CM)"), true, false, false},
        {QStringLiteral("PC"), QStringLiteral("pendiente calificación"), tr("Rating pending"), true, false, false},
        {QStringLiteral("SE"), QStringLiteral("Proceso en seguros"), tr("In process at the insurer"), true, true, true},
        {QStringLiteral("AN"), QStringLiteral("siniestro entrada analizar y evaluar caso"), tr("Claim received: analyse and evaluate"), false, true, false},
        {QStringLiteral("AV"), QStringLiteral("siniestro esperando documento"), tr("Claim waiting for documents"), false, true, false},
        {QStringLiteral("DE"), QStringLiteral("Desistido"), tr("Withdrawn"), false, true, true},
        {QStringLiteral("DI"), QStringLiteral("Documentación Incompleta"), tr("Incomplete documents"), false, true, false},
        {QStringLiteral("FS"), QStringLiteral("formalización del siniestro"), tr("Claim formalised"), false, true, false},
        {QStringLiteral("IT"), QStringLiteral("interrupción de términos"), tr("Time limits interrupted"), false, true, false},
        {QStringLiteral("PE"), QStringLiteral("pendiente evaluación"), tr("Evaluation pending"), false, true, false},
        {QStringLiteral("PS"), QStringLiteral("pago del siniestro"), tr("Claim paid"), false, true, false},
        {QStringLiteral("SO"), QStringLiteral("siniestro objetado después de 60 días"), tr("Claim objected after 60 days"), false, true, false},
    };
}

QStringList PolicyCodes::caseIdentificationTypes()
{
    return {QStringLiteral("CC"), QStringLiteral("CE"), QStringLiteral("PA"),
            QStringLiteral("TI"), QStringLiteral("NI"), QStringLiteral("PE")};
}

QStringList PolicyCodes::payeeIdentificationTypes()
{
    return {QStringLiteral("CC"), QStringLiteral("CE"), QStringLiteral("LC"), QStringLiteral("NI"),
            QStringLiteral("OT"), QStringLiteral("PA"), QStringLiteral("RC"), QStringLiteral("IT")};
}

QString PolicyCodes::insurerIdentificationType(const QString &bankCode)
{
    // PE (special stay permit) became the Temporary Protection Permit, the
    // insurer's 12.
    static const QHash<QString, QString> map{
        {QStringLiteral("NI"), QStringLiteral("1")}, {QStringLiteral("CC"), QStringLiteral("2")},
        {QStringLiteral("CE"), QStringLiteral("3")}, {QStringLiteral("TI"), QStringLiteral("4")},
        {QStringLiteral("PA"), QStringLiteral("5")}, {QStringLiteral("PE"), QStringLiteral("12")}};
    return map.value(bankCode.trimmed().toUpper());
}

bool PolicyCodes::contains(const QList<PolicyCode> &codes, const QString &code)
{
    for (const PolicyCode &entry : codes) {
        if (entry.code == code)
            return true;
    }
    return false;
}

QString PolicyCodes::nameOf(const QList<PolicyCode> &codes, const QString &code)
{
    for (const PolicyCode &entry : codes) {
        if (entry.code == code)
            return entry.name;
    }
    return {};
}

bool PolicyCodes::isCaseStatus(const QString &code)
{
    for (const CaseStatusCode &entry : caseStatusCodes()) {
        if (entry.code == code)
            return true;
    }
    return false;
}

bool PolicyCodes::isClientStatus(const QString &code)
{
    for (const CaseStatusCode &entry : caseStatusCodes()) {
        if (entry.code == code)
            return entry.clientStatus;
    }
    return false;
}
