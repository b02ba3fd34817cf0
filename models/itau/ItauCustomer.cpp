#include "ItauCustomer.h"

#include "BankJson.h"

#include <QJsonArray>
#include <QStringList>

namespace {

QString text(const QJsonObject &json, const char *key)
{
    return BankJson::text(json, QString::fromLatin1(key)).trimmed();
}

// A list member that may arrive as an array of objects, a single object or
// null; empty objects (the example's placeholders) are kept for the caller
// to judge.
QList<QJsonObject> objects(const QJsonObject &json, const char *key)
{
    const QJsonValue value = BankJson::member(json, QString::fromLatin1(key));
    QList<QJsonObject> out;
    if (value.isObject()) {
        out << value.toObject();
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (item.isObject())
                out << item.toObject();
        }
    }
    return out;
}

QList<ItauPhone> phones(const QJsonObject &json)
{
    QList<ItauPhone> out;
    for (const QJsonObject &item : objects(json, "telefones")) {
        ItauPhone phone = ItauPhone::fromJson(item);
        if (!phone.isEmpty())
            out << phone;
    }
    return out;
}

QJsonObject phoneJson(const ItauPhone &p)
{
    return {{QStringLiteral("principal"), p.principal}, {QStringLiteral("celular"), p.celular},
            {QStringLiteral("ddi"), p.ddi},             {QStringLiteral("ddd"), p.ddd},
            {QStringLiteral("numero"), p.numero},       {QStringLiteral("ramal"), p.ramal}};
}

QJsonArray phonesJson(const QList<ItauPhone> &list)
{
    QJsonArray out;
    for (const ItauPhone &p : list)
        out.append(phoneJson(p));
    return out;
}

} // namespace

bool ItauJson::isYes(const QString &value)
{
    static const QStringList yes{QStringLiteral("s"),    QStringLiteral("sim"), QStringLiteral("si"),
                                 QStringLiteral("y"),    QStringLiteral("yes"), QStringLiteral("true"),
                                 QStringLiteral("1"),    QStringLiteral("x"),   QStringLiteral("principal")};
    return yes.contains(value.trimmed().toLower());
}

bool ItauPhone::isMain() const
{
    return ItauJson::isYes(principal);
}

bool ItauPhone::isMobile() const
{
    // "celular" is a String described as "Mobile phone": a flag, or the number.
    const QString c = celular.trimmed();
    return ItauJson::isYes(c) || (!c.isEmpty() && c.at(0).isDigit() && c.size() > 1);
}

bool ItauPhone::isEmpty() const
{
    return principal.isEmpty() && celular.isEmpty() && ddi.isEmpty() && ddd.isEmpty() && numero.isEmpty()
           && ramal.isEmpty();
}

QString ItauPhone::display() const
{
    QString number = numero;
    const QString c = celular.trimmed();
    if (number.isEmpty() && c.size() > 1 && c.at(0).isDigit())
        number = c;
    QStringList parts;
    if (!ddi.isEmpty())
        parts << (ddi.startsWith(QLatin1Char('+')) ? ddi : QLatin1Char('+') + ddi);
    if (!ddd.isEmpty())
        parts << QLatin1Char('(') + ddd + QLatin1Char(')');
    if (!number.isEmpty())
        parts << number;
    QString out = parts.join(QLatin1Char(' '));
    if (!ramal.isEmpty())
        out += (out.isEmpty() ? QString() : QStringLiteral(" ")) + tr("ext. %1").arg(ramal);
    return out;
}

ItauPhone ItauPhone::fromJson(const QJsonObject &json)
{
    ItauPhone p;
    p.principal = text(json, "principal");
    p.celular = text(json, "celular");
    p.ddi = text(json, "ddi");
    p.ddd = text(json, "ddd");
    p.numero = text(json, "numero");
    p.ramal = text(json, "ramal");
    return p;
}

bool ItauEmail::isMain() const
{
    return ItauJson::isYes(principal);
}

QDate ItauEmail::updated() const
{
    return BankJson::date(dataAtualizacao);
}

ItauEmail ItauEmail::fromJson(const QJsonObject &json)
{
    ItauEmail e;
    e.principal = text(json, "principal");
    e.email = text(json, "email");
    e.dataAtualizacao = text(json, "data_atualizacao");
    return e;
}

bool ItauManager::isEmpty() const
{
    return emailGerente.isEmpty() && racfGerente.isEmpty() && funcionalGerente.isEmpty() && segmento.isEmpty()
           && codCarteira.isEmpty() && plataforma.isEmpty() && atendimentoPlataformaDigital.isEmpty()
           && codigoPapel.isEmpty() && descricaoCategoria.isEmpty() && tipoEstrutura.isEmpty()
           && telefones.isEmpty() && codigoCargo.isEmpty();
}

ItauManager ItauManager::fromJson(const QJsonObject &json)
{
    ItauManager m;
    m.emailGerente = text(json, "email_gerente");
    m.racfGerente = text(json, "racf_gerente");
    m.funcionalGerente = text(json, "funcional_gerente");
    m.segmento = text(json, "segmento");
    m.codCarteira = text(json, "cod_carteira");
    m.plataforma = text(json, "plataforma");
    m.atendimentoPlataformaDigital = text(json, "atendimento_plataforma_digital");
    m.codigoPapel = text(json, "codigo_papel");
    m.descricaoCategoria = text(json, "descricao_categoria");
    m.tipoEstrutura = text(json, "tipo_estrutura");
    m.telefones = phones(json);
    m.codigoCargo = text(json, "codigo_cargo");
    return m;
}

ItauCustomer::PersonType ItauCustomer::personType() const
{
    const QString t = tipoPessoa.trimmed().toUpper();
    if (t == QLatin1String("F") || t == QLatin1String("PF") || t.startsWith(QLatin1String("FISICA"))
        || t.startsWith(QLatin1String("PESSOA FISICA")) || t.startsWith(QStringLiteral("PESSOA F\u00cdSICA")))
        return PersonType::Individual;
    if (t == QLatin1String("J") || t == QLatin1String("PJ") || t.startsWith(QLatin1String("JURIDICA"))
        || t.startsWith(QLatin1String("PESSOA JURIDICA")) || t.startsWith(QStringLiteral("PESSOA JUR\u00cdDICA")))
        return PersonType::Company;
    return PersonType::Unknown;
}

QString ItauCustomer::personTypeText() const
{
    switch (personType()) {
    case PersonType::Individual: return tr("Individual (%1)").arg(tipoPessoa);
    case PersonType::Company: return tr("Company (%1)").arg(tipoPessoa);
    case PersonType::Unknown: break;
    }
    return tipoPessoa;
}

QDate ItauCustomer::birthOrFoundationDate() const
{
    return BankJson::date(dataNascimentoFundacao);
}

QDate ItauCustomer::accountOpened() const
{
    return BankJson::date(dataAberturaConta);
}

QString ItauCustomer::mainEmail() const
{
    for (const ItauEmail &e : emails) {
        if (e.isMain())
            return e.email;
    }
    return emails.isEmpty() ? QString() : emails.first().email;
}

std::optional<ItauCustomer> ItauCustomer::fromJson(const QJsonObject &root)
{
    const QJsonValue dataValue = BankJson::member(root, QStringLiteral("data"));
    if (!dataValue.isObject())
        return std::nullopt;
    const QJsonObject data = dataValue.toObject();
    ItauCustomer c;
    c.idCliente = text(data, "id_cliente");
    for (const QJsonObject &item : objects(data, "emails")) {
        ItauEmail email = ItauEmail::fromJson(item);
        if (!email.email.isEmpty())
            c.emails << email;
    }
    c.dataAberturaConta = text(data, "data_abertura_conta");
    c.nomeCompleto = text(data, "nome_completo");
    c.nomeFantasiaApelido = text(data, "nome_fantasia_apelido");
    c.tipoPessoa = text(data, "tipo_pessoa");
    c.dataNascimentoFundacao = text(data, "data_nascimento_fundacao");
    for (const QJsonObject &item : objects(data, "gerentes")) {
        ItauManager manager = ItauManager::fromJson(item);
        if (!manager.isEmpty())
            c.gerentes << manager;
    }
    c.telefones = phones(data);
    c.identificado = text(data, "identificado");
    c.cpfCnpj = text(data, "cpf_cnpj");
    c.nomeSocial = text(data, "nome_social");
    c.agencia = text(data, "agencia");
    c.contaCorrente = text(data, "conta_corrente");
    return c;
}

QJsonObject ItauCustomer::toJson() const
{
    QJsonArray emailList;
    for (const ItauEmail &e : emails) {
        emailList.append(QJsonObject{{QStringLiteral("principal"), e.principal},
                                     {QStringLiteral("email"), e.email},
                                     {QStringLiteral("data_atualizacao"), e.dataAtualizacao}});
    }
    QJsonArray managerList;
    for (const ItauManager &m : gerentes) {
        managerList.append(QJsonObject{{QStringLiteral("email_gerente"), m.emailGerente},
                                       {QStringLiteral("racf_gerente"), m.racfGerente},
                                       {QStringLiteral("funcional_gerente"), m.funcionalGerente},
                                       {QStringLiteral("segmento"), m.segmento},
                                       {QStringLiteral("cod_carteira"), m.codCarteira},
                                       {QStringLiteral("plataforma"), m.plataforma},
                                       {QStringLiteral("atendimento_plataforma_digital"), m.atendimentoPlataformaDigital},
                                       {QStringLiteral("codigo_papel"), m.codigoPapel},
                                       {QStringLiteral("descricao_categoria"), m.descricaoCategoria},
                                       {QStringLiteral("tipo_estrutura"), m.tipoEstrutura},
                                       {QStringLiteral("telefones"), phonesJson(m.telefones)},
                                       {QStringLiteral("codigo_cargo"), m.codigoCargo}});
    }
    const QJsonObject data{{QStringLiteral("id_cliente"), idCliente},
                           {QStringLiteral("emails"), emailList},
                           {QStringLiteral("data_abertura_conta"), dataAberturaConta},
                           {QStringLiteral("nome_completo"), nomeCompleto},
                           {QStringLiteral("nome_fantasia_apelido"), nomeFantasiaApelido},
                           {QStringLiteral("tipo_pessoa"), tipoPessoa},
                           {QStringLiteral("data_nascimento_fundacao"), dataNascimentoFundacao},
                           {QStringLiteral("gerentes"), managerList},
                           {QStringLiteral("telefones"), phonesJson(telefones)},
                           {QStringLiteral("identificado"), identificado},
                           {QStringLiteral("cpf_cnpj"), cpfCnpj},
                           {QStringLiteral("nome_social"), nomeSocial},
                           {QStringLiteral("agencia"), agencia},
                           {QStringLiteral("conta_corrente"), contaCorrente}};
    return {{QStringLiteral("data"), data}};
}
