#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Reply of the Itau "query customer information by account" API (seed 003):
// {"data": {...}}. Every field is optional in the document and the example
// sends most of them empty; `gerentes` and `telefones` are printed as one
// object in the example but described as lists, so both shapes are read.
// Field names keep the document's Portuguese; descriptions its English.

// One phone (Table 5): "principal" marks the main one.
struct ItauPhone
{
    Q_DECLARE_TR_FUNCTIONS(ItauPhone)
public:
    QString principal; // as sent
    QString celular;   // as sent: a yes/no flag or the number itself
    QString ddi;
    QString ddd;
    QString numero;
    QString ramal;

    bool isMain() const;
    bool isMobile() const;
    bool isEmpty() const;
    // "+55 (11) 98765-4321 ext. 12": what the document's parts give, in order.
    QString display() const;

    static ItauPhone fromJson(const QJsonObject &json);
};

struct ItauEmail
{
    QString principal; // as sent
    QString email;
    QString dataAtualizacao; // update time, as sent

    bool isMain() const;
    QDate updated() const;
    static ItauEmail fromJson(const QJsonObject &json);
};

// A relationship manager (Table 4).
struct ItauManager
{
    QString emailGerente;
    QString racfGerente;
    QString funcionalGerente;
    QString segmento;
    QString codCarteira;
    QString plataforma;
    QString atendimentoPlataformaDigital;
    QString codigoPapel;
    QString descricaoCategoria;
    QString tipoEstrutura;
    QList<ItauPhone> telefones;
    QString codigoCargo;

    bool isEmpty() const;
    static ItauManager fromJson(const QJsonObject &json);
};

struct ItauCustomer
{
    Q_DECLARE_TR_FUNCTIONS(ItauCustomer)
public:
    QString idCliente;
    QList<ItauEmail> emails;
    QString dataAberturaConta;
    QString nomeCompleto;
    QString nomeFantasiaApelido;
    QString tipoPessoa;
    QString dataNascimentoFundacao;
    QList<ItauManager> gerentes;
    QList<ItauPhone> telefones;
    QString identificado;
    QString cpfCnpj;
    QString nomeSocial;
    QString agencia;
    QString contaCorrente;

    // tipo_pessoa: F (pessoa fisica) or J (pessoa juridica), also spelled out.
    enum class PersonType { Unknown, Individual, Company };
    PersonType personType() const;
    // "Individual (F)", "Company (J)" or the value as sent.
    QString personTypeText() const;
    QDate birthOrFoundationDate() const;
    QDate accountOpened() const;
    // The main e-mail, else the first one; empty when none.
    QString mainEmail() const;

    // Nothing when the reply has no "data" object.
    static std::optional<ItauCustomer> fromJson(const QJsonObject &root);
    QJsonObject toJson() const; // the reply shape, for the training server
};

namespace ItauJson {
// "principal"-style flags: S, Sim, Y, Yes, true, 1, X (any case) mean yes.
bool isYes(const QString &value);
}
