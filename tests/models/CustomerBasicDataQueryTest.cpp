#include "CustomerBasicDataQuery.h"

#include <gtest/gtest.h>

namespace {

struct QueryCase
{
    const char *name;
    CustomerBasicDataQuery query;
    QStringList fieldsWithIssues; // empty: valid
};

std::ostream &operator<<(std::ostream &os, const QueryCase &c)
{
    return os << c.name;
}

class CustomerBasicDataQueryRules : public ::testing::TestWithParam<QueryCase>
{
};

QStringList fieldsOf(const FieldIssues &issues)
{
    QStringList fields;
    for (const FieldIssue &issue : issues) {
        fields << issue.field;
        EXPECT_FALSE(issue.message.isEmpty()) << issue.field.toStdString();
    }
    return fields;
}

using Q = CustomerBasicDataQuery;
const QString type = QStringLiteral("govIssueIdentType");
const QString number = QStringLiteral("identSerialNum");
const QString cellphone = QStringLiteral("cellphone");

} // namespace

TEST_P(CustomerBasicDataQueryRules, ReportsEveryViolationWithItsField)
{
    const QueryCase &c = GetParam();
    EXPECT_EQ(fieldsOf(c.query.validate()), c.fieldsWithIssues);
}

INSTANTIATE_TEST_SUITE_P(
    Table, CustomerBasicDataQueryRules,
    ::testing::Values(
        QueryCase{"cc_seed_example", Q::byIdentification(QStringLiteral("CC"), QStringLiteral("1234567890")), {}},
        QueryCase{"every_type_valid_ce", Q::byIdentification(QStringLiteral("CE"), QStringLiteral("E12345")), {}},
        QueryCase{"passport_letters", Q::byIdentification(QStringLiteral("PA"), QStringLiteral("AB123456")), {}},
        QueryCase{"ti_numeric", Q::byIdentification(QStringLiteral("TI"), QStringLiteral("1012345678")), {}},
        QueryCase{"ni_numeric", Q::byIdentification(QStringLiteral("NI"), QStringLiteral("900123456")), {}},
        QueryCase{"pe_numeric", Q::byIdentification(QStringLiteral("PE"), QStringLiteral("123456789012345")), {}},
        QueryCase{"lowercase_type_accepted", Q::byIdentification(QStringLiteral("cc"), QStringLiteral("123")), {}},
        QueryCase{"twenty_chars_max", Q::byIdentification(QStringLiteral("PA"), QString(20, QLatin1Char('A'))), {}},
        QueryCase{"empty_everything", Q::byIdentification(QString(), QString()), {type, number}},
        QueryCase{"unknown_type_IT", Q::byIdentification(QStringLiteral("IT"), QStringLiteral("123")), {type}},
        QueryCase{"letters_in_cc", Q::byIdentification(QStringLiteral("CC"), QStringLiteral("12AB")), {number}},
        QueryCase{"letters_in_nit", Q::byIdentification(QStringLiteral("NI"), QStringLiteral("900-123")), {number}},
        QueryCase{"spaces", Q::byIdentification(QStringLiteral("CC"), QStringLiteral("123 456")), {number}},
        QueryCase{"leading_space", Q::byIdentification(QStringLiteral("PA"), QStringLiteral(" AB1")), {number}},
        QueryCase{"too_long", Q::byIdentification(QStringLiteral("PA"), QString(21, QLatin1Char('A'))), {number}},
        QueryCase{"punctuation_in_passport", Q::byIdentification(QStringLiteral("PA"), QStringLiteral("AB.12")), {number}},
        QueryCase{"unknown_type_and_bad_number", Q::byIdentification(QStringLiteral("XX"), QString()), {type, number}},
        QueryCase{"cellphone_ok", Q::byCellphone(QStringLiteral("3001234567")), {}},
        QueryCase{"cellphone_seed_example", Q::byCellphone(QStringLiteral("1234567890")), {}},
        QueryCase{"cellphone_empty", Q::byCellphone(QString()), {cellphone}},
        QueryCase{"cellphone_nine_digits", Q::byCellphone(QStringLiteral("300123456")), {cellphone}},
        QueryCase{"cellphone_eleven_digits", Q::byCellphone(QStringLiteral("30012345678")), {cellphone}},
        QueryCase{"cellphone_with_signs", Q::byCellphone(QStringLiteral("+573001234")), {cellphone}}),
    [](const ::testing::TestParamInfo<QueryCase> &p) { return std::string(p.param.name); });

TEST(CustomerBasicDataQuery, IdentificationQueryItemsFollowTheDocument)
{
    const auto items = Q::byIdentification(QStringLiteral("cc"), QStringLiteral("1234567890")).queryItems();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0], qMakePair(QStringLiteral("govIssueIdentType"), QStringLiteral("CC")));
    EXPECT_EQ(items[1], qMakePair(QStringLiteral("identSerialNum"), QStringLiteral("1234567890")));
}

TEST(CustomerBasicDataQuery, CellphoneQuerySendsOnlyTheCellphone)
{
    const auto items = Q::byCellphone(QStringLiteral("1234567890")).queryItems();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0], qMakePair(QStringLiteral("cellphone"), QStringLiteral("1234567890")));
}
