// Itau "query customer information by account" (seed 003): the account code
// structure, the request body and the reply, against the page's examples.
#include "ApiError.h"
#include "ItauAccountCode.h"
#include "ItauCustomer.h"
#include "ItauCustomerQuery.h"
#include "ItauSeedExamples.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

namespace {

QJsonObject parse(const char *text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return doc.object();
}

std::optional<ItauAccountCode::Part> problemPart(const QString &text)
{
    const auto problem = ItauAccountCode::problem(text);
    EXPECT_TRUE(problem.has_value()) << text.toStdString();
    return problem ? problem->part : std::nullopt;
}

} // namespace

TEST(ItauAccountCode, AcceptsEighteenDigitsWithOrWithoutGrouping)
{
    EXPECT_FALSE(ItauAccountCode::problem(QStringLiteral("001341150100098797")).has_value());
    EXPECT_FALSE(ItauAccountCode::problem(QStringLiteral("001 341 1501 0009879 7")).has_value());
    EXPECT_FALSE(ItauAccountCode::problem(QStringLiteral(" 001.341-1501/0009879-7 ")).has_value());
    EXPECT_EQ(ItauAccountCode::normalized(QStringLiteral("001 341 1501 0009879 7")),
              QStringLiteral("001341150100098797"));
}

TEST(ItauAccountCode, GroupsThePartsAsTheDocumentListsThem)
{
    EXPECT_EQ(ItauAccountCode::grouped(QStringLiteral("001341150100098797")), QStringLiteral("001 341 1501 0009879 7"));
    EXPECT_EQ(ItauAccountCode::grouped(QStringLiteral("0013411")), QStringLiteral("001 341 1"));
    EXPECT_EQ(ItauAccountCode::grouped(QString()), QString());
    EXPECT_EQ(ItauAccountCode::partOf(QStringLiteral("001341150100098797"), ItauAccountCode::Part::Agency),
              QStringLiteral("1501"));
    EXPECT_EQ(ItauAccountCode::partOf(QStringLiteral("001341150100098797"), ItauAccountCode::Part::Account),
              QStringLiteral("0009879"));
    EXPECT_EQ(ItauAccountCode::partOf(QStringLiteral("001341150100098797"), ItauAccountCode::Part::Dac),
              QStringLiteral("7"));
    int total = 0;
    for (const auto &part : ItauAccountCode::parts())
        total += part.length;
    EXPECT_EQ(total, ItauAccountCode::length);
}

TEST(ItauAccountCode, SaysWhichPartIsIncompleteWhileTyping)
{
    using Part = ItauAccountCode::Part;
    EXPECT_EQ(problemPart(QStringLiteral("00")), Part::Company);
    EXPECT_EQ(problemPart(QStringLiteral("00134")), Part::Bank);
    EXPECT_EQ(problemPart(QStringLiteral("001341150")), Part::Agency);
    EXPECT_EQ(problemPart(QStringLiteral("0013411501000987")), Part::Account);
    EXPECT_EQ(problemPart(QStringLiteral("00134115010009879")), Part::Dac);
    const auto problem = ItauAccountCode::problem(QStringLiteral("001341150"));
    ASSERT_TRUE(problem.has_value());
    EXPECT_TRUE(problem->message.contains(QStringLiteral("Agency"))) << problem->message.toStdString();
    EXPECT_TRUE(problem->message.contains(QStringLiteral("3 of 4"))) << problem->message.toStdString();
}

TEST(ItauAccountCode, SaysWhichPartHasANonDigit)
{
    using Part = ItauAccountCode::Part;
    EXPECT_EQ(problemPart(QStringLiteral("0013A1150100098797")), Part::Bank);
    EXPECT_EQ(problemPart(QStringLiteral("00134115010009879X")), Part::Dac);
    // The seed's own request example is a masked e-mail address, not a code.
    const auto problem = ItauAccountCode::problem(QStringLiteral("94****96@qq.com"));
    ASSERT_TRUE(problem.has_value());
    EXPECT_EQ(problem->part, Part::Company);
    EXPECT_TRUE(problem->message.contains(QStringLiteral("\"*\""))) << problem->message.toStdString();
}

TEST(ItauAccountCode, RefusesEmptyAndTooLong)
{
    auto problem = ItauAccountCode::problem(QString());
    ASSERT_TRUE(problem.has_value());
    EXPECT_FALSE(problem->part.has_value());
    problem = ItauAccountCode::problem(QStringLiteral("0013411501000987970"));
    ASSERT_TRUE(problem.has_value());
    EXPECT_FALSE(problem->part.has_value());
    EXPECT_TRUE(problem->message.contains(QStringLiteral("19"))) << problem->message.toStdString();
}

TEST(ItauCustomerQuery, ProducesTheSeedRequestExampleFieldForField)
{
    ItauCustomerQuery query;
    query.codigoConta = QStringLiteral("94****96@qq.com");
    query.tipoEstrutura = QStringLiteral("string");
    EXPECT_EQ(query.toJson(), parse(ItauSeedExamples::request));
    // Read back, the example gives the same request.
    const ItauCustomerQuery read = ItauCustomerQuery::fromJson(parse(ItauSeedExamples::request));
    EXPECT_EQ(read.codigoConta, query.codigoConta);
    EXPECT_EQ(read.tipoEstrutura, query.tipoEstrutura);
    EXPECT_TRUE(read.segmento.isEmpty());
    // ...and the rules refuse it: it is not the documented structure.
    const FieldIssues issues = query.validate();
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues.first().field, QStringLiteral("codigo_conta"));
}

TEST(ItauCustomerQuery, SendsOptionalFieldsOnlyWhenGiven)
{
    ItauCustomerQuery query;
    query.codigoConta = QStringLiteral("001341150100098797");
    EXPECT_EQ(query.toJson(), (QJsonObject{{QStringLiteral("codigo_conta"), QStringLiteral("001341150100098797")}}));
    EXPECT_TRUE(query.validate().isEmpty());
    query.tipoEstrutura = QStringLiteral("AP");
    query.segmento = QStringLiteral(" Personnalite ");
    query.servicoDigital = QStringLiteral("chat");
    const QJsonObject json = query.toJson();
    EXPECT_EQ(json.value(QStringLiteral("tipo_estrutura")).toString(), QStringLiteral("AP"));
    EXPECT_EQ(json.value(QStringLiteral("segmento")).toString(), QStringLiteral("Personnalite"));
    EXPECT_EQ(json.value(QStringLiteral("servico_digital")).toString(), QStringLiteral("chat"));
    query.segmento = QString(ItauCustomerQuery::maxOptionalLength + 1, QLatin1Char('x'));
    const FieldIssues issues = query.validate();
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues.first().field, QStringLiteral("segmento"));
}

TEST(ItauCustomer, ReadsTheSeedResponseExampleAsPrinted)
{
    const auto customer = ItauCustomer::fromJson(parse(ItauSeedExamples::response));
    ASSERT_TRUE(customer.has_value());
    EXPECT_EQ(customer->idCliente, QStringLiteral("b26e641a-71f5-4117-ad0d-4d753faebb16"));
    EXPECT_TRUE(customer->nomeCompleto.isEmpty());
    EXPECT_EQ(customer->personType(), ItauCustomer::PersonType::Unknown);
    EXPECT_FALSE(customer->birthOrFoundationDate().isValid());
    EXPECT_EQ(customer->identificado, QStringLiteral("Identificado"));
    EXPECT_EQ(customer->agencia, QStringLiteral("1501"));
    EXPECT_EQ(customer->contaCorrente, QStringLiteral("098797"));
    EXPECT_TRUE(customer->emails.isEmpty());
    EXPECT_TRUE(customer->telefones.isEmpty());
    // "gerentes" is printed as one object (the table calls it a list).
    ASSERT_EQ(customer->gerentes.size(), 1);
    EXPECT_EQ(customer->gerentes.first().emailGerente, QStringLiteral("gerente@itau-unibanco.com.br"));
    // Its "telefones" object has only empty fields: no phone.
    EXPECT_TRUE(customer->gerentes.first().telefones.isEmpty());
}

TEST(ItauCustomer, RoundTripsTheSeedExample)
{
    const auto customer = ItauCustomer::fromJson(parse(ItauSeedExamples::response));
    ASSERT_TRUE(customer.has_value());
    const auto again = ItauCustomer::fromJson(customer->toJson());
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->idCliente, customer->idCliente);
    EXPECT_EQ(again->identificado, customer->identificado);
    EXPECT_EQ(again->agencia, customer->agencia);
    EXPECT_EQ(again->contaCorrente, customer->contaCorrente);
    ASSERT_EQ(again->gerentes.size(), 1);
    EXPECT_EQ(again->gerentes.first().emailGerente, customer->gerentes.first().emailGerente);
}

TEST(ItauCustomer, ReadsListsFlagsAndDatesLeniently)
{
    const char *reply = R"({"data": {"id_cliente": "c1", "tipo_pessoa": "J",
        "data_nascimento_fundacao": "1998-03-17", "data_abertura_conta": "17/03/2001",
        "emails": [{"principal": "N", "email": "a@example.com", "data_atualizacao": "2024-01-15T10:00:00Z"},
                   {"principal": "S", "email": "b@example.com"}, {"principal": "S", "email": ""}],
        "telefones": [{"principal": "true", "celular": "S", "ddi": "55", "ddd": "11", "numero": "987654321"},
                      {"principal": null, "celular": "", "ddi": 55, "ddd": 11, "numero": 33334444, "ramal": "12"}],
        "gerentes": [{"email_gerente": "m1@example.com", "telefones": [{"ddd": "11", "numero": "40041234"}]},
                     {"racf_gerente": "RACF02", "telefones": {"numero": "40045678"}}, {}],
        "nome_completo": null}})";
    const auto customer = ItauCustomer::fromJson(parse(reply));
    ASSERT_TRUE(customer.has_value());
    EXPECT_EQ(customer->personType(), ItauCustomer::PersonType::Company);
    EXPECT_EQ(customer->birthOrFoundationDate(), QDate(1998, 3, 17));
    EXPECT_TRUE(customer->nomeCompleto.isEmpty());
    ASSERT_EQ(customer->emails.size(), 2); // the entry without an address is dropped
    EXPECT_FALSE(customer->emails.at(0).isMain());
    EXPECT_TRUE(customer->emails.at(1).isMain());
    EXPECT_EQ(customer->mainEmail(), QStringLiteral("b@example.com"));
    EXPECT_EQ(customer->emails.at(0).updated(), QDate(2024, 1, 15));
    ASSERT_EQ(customer->telefones.size(), 2);
    EXPECT_TRUE(customer->telefones.at(0).isMain());
    EXPECT_TRUE(customer->telefones.at(0).isMobile());
    EXPECT_EQ(customer->telefones.at(0).display(), QStringLiteral("+55 (11) 987654321"));
    EXPECT_FALSE(customer->telefones.at(1).isMain());
    EXPECT_EQ(customer->telefones.at(1).display(), QStringLiteral("+55 (11) 33334444 ext. 12"));
    ASSERT_EQ(customer->gerentes.size(), 2); // the empty object is no manager
    EXPECT_EQ(customer->gerentes.at(0).telefones.size(), 1);
    EXPECT_EQ(customer->gerentes.at(1).telefones.first().numero, QStringLiteral("40045678"));
}

TEST(ItauCustomer, AReplyWithoutDataIsNotTheDocumentedShape)
{
    EXPECT_FALSE(ItauCustomer::fromJson(parse(R"({"id_cliente": "x"})")).has_value());
    EXPECT_FALSE(ItauCustomer::fromJson(parse(R"({"data": null})")).has_value());
    EXPECT_TRUE(ItauCustomer::fromJson(parse(R"({"data": {}})")).has_value());
}

TEST(ItauCustomer, PersonTypeIsReadInEitherSpelling)
{
    ItauCustomer c;
    for (const char *individual : {"F", "pf", "Pessoa Fisica", "FISICA"}) {
        c.tipoPessoa = QString::fromUtf8(individual);
        EXPECT_EQ(c.personType(), ItauCustomer::PersonType::Individual) << individual;
    }
    c.tipoPessoa = QStringLiteral("Pessoa Jur\u00eddica");
    EXPECT_EQ(c.personType(), ItauCustomer::PersonType::Company);
    c.tipoPessoa = QStringLiteral("M");
    EXPECT_EQ(c.personType(), ItauCustomer::PersonType::Unknown);
    EXPECT_EQ(c.personTypeText(), QStringLiteral("M"));
}

// Itau's error body is not in the seed; its APIs use codigo/mensagem/campos.
TEST(ItauErrors, TheItauErrorShapeKeepsItsCodeAndMessage)
{
    const auto error = ApiError::fromHttpReply(
        400, R"({"codigo": "400", "mensagem": "Requisicao invalida", "campos": [{"campo": "codigo_conta", "mensagem": "formato invalido"}]})");
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, ApiError::Kind::InvalidRequest);
    EXPECT_EQ(error->code, QStringLiteral("400"));
    EXPECT_EQ(error->description, QStringLiteral("Requisicao invalida (codigo_conta: formato invalido)"));

    const auto unauthorized = ApiError::fromHttpReply(401, R"({"codigo": "401", "mensagem": "Nao autorizado"})");
    ASSERT_TRUE(unauthorized.has_value());
    EXPECT_EQ(unauthorized->kind, ApiError::Kind::Unauthorized);
    EXPECT_EQ(unauthorized->code, QStringLiteral("401"));

    const auto notFound = ApiError::fromHttpReply(404, R"({"codigo": "404", "mensagem": "Conta nao encontrada"})");
    ASSERT_TRUE(notFound.has_value());
    EXPECT_EQ(notFound->kind, ApiError::Kind::NotFound);

    const auto server = ApiError::fromHttpReply(500, R"({"codigo": 500, "mensagem": "Falha de negocio"})");
    ASSERT_TRUE(server.has_value());
    EXPECT_EQ(server->kind, ApiError::Kind::Server);
    EXPECT_EQ(server->code, QStringLiteral("500"));
    EXPECT_EQ(server->description, QStringLiteral("Falha de negocio"));

    // A success reply is never taken for an error.
    EXPECT_FALSE(ApiError::fromHttpReply(200, ItauSeedExamples::response).has_value());
}
