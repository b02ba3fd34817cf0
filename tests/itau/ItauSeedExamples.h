#pragma once

// The examples of seed 003 (Itau "query customer information by account"),
// exactly as the page prints them.
namespace ItauSeedExamples {

// "Request parameters:" (the account code is a masked e-mail address in the
// page: the example does not follow the documented structure).
inline constexpr char request[] = R"({ "codigo_conta":"94****96@qq.com", "tipo_estrutura": "string" })";

// "Response parameters:"
inline constexpr char response[] = R"({ "data": { "id_cliente": "b26e641a-71f5-4117-ad0d-4d753faebb16", "data_abertura_conta": "", "nome_completo": "", "nome_fantasia_apelido": "", "tipo_pessoa": "", "data_nascimento_fundacao": "", "gerentes": { "email_gerente": "gerente@itau-unibanco.com.br", "racf_gerente": "", "funcional_gerente": "", "segmento": "", "cod_carteira": "", "plataforma": "", "atendimento_plataforma_digital": "", "codigo_papel": "", "descricao_categoria": "", "tipo_estrutura": "", "telefones": { "principal": "", "celular": "", "ddi": "", "ddd": "", "numero": "", "ramal": "" } }, "identificado": "Identificado", "cpf_cnpj": "", "nome_social": "", "agencia": "1501", "conta_corrente": "098797" } })";

// "Request header:" userName of the example.
inline constexpr char userName[] = "chat_itau_oiap";
inline constexpr char apiKey[] = "12323213";

} // namespace ItauSeedExamples
