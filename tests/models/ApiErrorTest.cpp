#include "ApiError.h"

#include <gtest/gtest.h>

namespace {

struct ErrorShape
{
    const char *name;
    int status;
    const char *body;
    ApiError::Kind kind;
    const char *code;
    const char *type;
    const char *responseType;
};

std::ostream &operator<<(std::ostream &os, const ErrorShape &s)
{
    return os << s.name;
}

class ApiErrorShapes : public ::testing::TestWithParam<ErrorShape>
{
};

} // namespace

TEST_P(ApiErrorShapes, EveryDocumentedShapeBecomesOneApiError)
{
    const ErrorShape &s = GetParam();
    const auto error = ApiError::fromHttpReply(s.status, QByteArray(s.body));
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, s.kind) << ApiError::kindName(error->kind).toStdString();
    EXPECT_EQ(error->code, QString::fromUtf8(s.code));
    EXPECT_EQ(error->type, QString::fromUtf8(s.type));
    EXPECT_EQ(error->responseType, QString::fromUtf8(s.responseType));
    EXPECT_EQ(error->httpStatus, s.status);
    EXPECT_FALSE(error->userMessage().isEmpty());
    if (*s.code) {
        EXPECT_TRUE(error->supportReference().contains(QString::fromUtf8(s.code)));
    }
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, ApiErrorShapes,
    ::testing::Values(
        ErrorShape{"lowercase_not_found", 404,
                   R"({"responseType":{"value":"ER"},"responseDetail":{"errorCode":"00001","errorDesc":"NO ENCONTRO NINGUN REGISTRO","errorType":"DAT"}})",
                   ApiError::Kind::NotFound, "00001", "DAT", "ER"},
        ErrorShape{"capitalised_envelope", 400,
                   R"({"ResponseType":{"value":"ER"},"ResponseDetail":{"ErrorCode":"20005","ErrorDesc":"ERROR_ID: 39081 LOS DATOS DE LA TRANSACCION NO SON VALIDOS","ErrorType":"RGN"}})",
                   ApiError::Kind::InvalidRequest, "20005", "RGN", "ER"},
        ErrorShape{"er500_string_code", 500,
                   R"({"responseType":{"value":"ER500"},"responseDetail":{"errorCode":"common.api.shoesize","errorDesc":"Value Exceeded. Must be between {min} and {max}","errorType":""}})",
                   ApiError::Kind::Server, "common.api.shoesize", "", "ER500"},
        ErrorShape{"err400_numeric_code", 400,
                   R"({"responseType":{"value":"ERR400"},"responseDetail":{"errorCode":400,"errorDesc":"Payload not found","errorType":"Bad Request"}})",
                   ApiError::Kind::InvalidRequest, "400", "Bad Request", "ERR400"},
        ErrorShape{"osb_code_in_200", 200,
                   R"({"responseType":{"value":"ER"},"responseDetail":{"errorCode":"OSB-382505","errorDesc":"OSB Validate action failed","errorType":"EXP"}})",
                   ApiError::Kind::Business, "OSB-382505", "EXP", "ER"},
        ErrorShape{"err_value_in_200", 200,
                   R"({"ResponseType":{"Value":"ERR"},"ResponseDetail":{"ErrorCode":"00068","ErrorDesc":"NO EXISTE NUMERO DE PRESTAMO","ErrorType":"RGN"}})",
                   ApiError::Kind::NotFound, "00068", "RGN", "ERR"},
        ErrorShape{"er500_in_200", 200,
                   R"({"responseType":{"value":"ER500"},"responseDetail":{"errorCode":"","errorDesc":"","errorType":""}})",
                   ApiError::Kind::Server, "", "", "ER500"},
        ErrorShape{"unauthorized", 401,
                   R"({"responseType":{"value":"ER"},"responseDetail":{"errorCode":"1004","errorDesc":"UNATHORIZED","errorType":"BDA"}})",
                   ApiError::Kind::Unauthorized, "1004", "BDA", "ER"},
        ErrorShape{"forbidden", 403,
                   R"({"responseType":{"value":"ER"},"responseDetail":{"errorCode":"1005","errorDesc":"FORBIDDEN","errorType":"BDA"}})",
                   ApiError::Kind::Forbidden, "1005", "BDA", "ER"},
        ErrorShape{"nested_envelope", 500,
                   R"({"case":{"responseType":{"value":"ER"},"responseDetail":{"errorCode":"77","errorDesc":"CASO NO CREADO","errorType":"RGN"}}})",
                   ApiError::Kind::Server, "77", "RGN", "ER"},
        ErrorShape{"obp_message", 400, R"({"code":400,"message":"OBP-20001: User not logged in. Authentication is required!"})",
                   ApiError::Kind::InvalidRequest, "OBP-20001", "", "ER"},
        ErrorShape{"no_envelope_plain_text", 503, "Service Unavailable", ApiError::Kind::Server, "", "", ""},
        ErrorShape{"no_body_gateway_timeout", 504, "", ApiError::Kind::Timeout, "", "", ""},
        ErrorShape{"null_code", 500, R"({"responseType":{"value":"ER"},"responseDetail":{"errorCode":null,"errorDesc":null}})",
                   ApiError::Kind::Server, "", "", "ER"}),
    [](const ::testing::TestParamInfo<ErrorShape> &p) { return std::string(p.param.name); });

TEST(ApiError, SuccessfulRepliesAreNotErrors)
{
    EXPECT_FALSE(ApiError::fromHttpReply(200, R"({"responseType":{"value":"OK"},"personInfo":{}})").has_value());
    EXPECT_FALSE(ApiError::fromHttpReply(200, R"({"plans":[]})").has_value()) << "no responseType at all";
    EXPECT_FALSE(ApiError::fromHttpReply(201, R"({"responseType":{"value":"WR"}})").has_value()) << "warning";
    EXPECT_FALSE(ApiError::fromHttpReply(204, "").has_value());
}

TEST(ApiError, PlainTextBodyIsKeptAsDetailForSupport)
{
    const auto error = ApiError::fromHttpReply(503, "Service Unavailable");
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->detail, QStringLiteral("Service Unavailable"));
    EXPECT_TRUE(error->supportReference().contains(QStringLiteral("HTTP 503")));
}

TEST(ApiError, BankDescriptionAndTransactionReachTheTeller)
{
    auto error = ApiError::fromHttpReply(
        404, R"({"responseType":{"value":"ER"},"responseDetail":{"errorCode":"05620","errorDesc":"NO EXISTE NÚMERO DE CUENTA","errorType":"RGN"}})");
    ASSERT_TRUE(error.has_value());
    error->transactionId = QStringLiteral("BD6325123456789");
    EXPECT_TRUE(error->userMessage().contains(QStringLiteral("NO EXISTE NÚMERO DE CUENTA")));
    EXPECT_EQ(error->supportReference(),
              QStringLiteral("Bank code 05620 (RGN) · ER · HTTP 404 · Tx BD6325123456789"));
}
