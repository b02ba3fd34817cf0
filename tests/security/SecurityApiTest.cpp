// SecurityApi against the real training server over HTTPS: every operation
// of seed 001 at its documented path, and the stateful behaviour the training
// server promises (challenge engine, locks, one-use codes).
#include "Journal.h"
#include "PasswordPolicy.h"
#include "SecurityApi.h"
#include "TrainingServerFixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <optional>

namespace {

class SecurityApiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_client = std::make_unique<ApiClient>(nullptr, nullptr);
        m_client->setEnvironment(TrainingServerFixture::environment());
        m_client->setOperatorSession(OperatorSession::demoOperator());
        m_api = std::make_unique<SecurityApi>(m_client.get());
        QObject::connect(m_client.get(), &ApiClient::operationFinished, &m_context, [this] { ++m_sent; });
    }

    template <typename T>
    Result<T> wait(const PendingCall<T> &call)
    {
        std::optional<Result<T>> result;
        call.then(&m_context, [&result](const Result<T> &r) { result = r; });
        EXPECT_TRUE(QTest::qWaitFor([&result] { return result.has_value(); }, 20000));
        if (!result)
            return Result<T>(ApiError::make(ApiError::Kind::Timeout));
        return *result;
    }

    static ChallengeRequest challengeFor(const QString &number, const QString &amount)
    {
        ChallengeRequest r;
        r.govIssueIdentType = QStringLiteral("CC");
        r.identSerialNum = number;
        r.txId = QStringLiteral("100090");
        r.txData = {{QStringLiteral("NOMBRE_COMERCIO"), QStringLiteral("COLEGIO JONATHAN SWIFT")},
                    {QStringLiteral("CODIGO_CONVENIO"), QStringLiteral("PSE")}};
        r.amt = amount;
        r.sourceAccountNumber = QStringLiteral("222222");
        return r;
    }

    // The right answer to `q` for CC `number` under the training rules.
    ChallengeAnswer rightAnswer(const ChallengeQuestion &q, const QString &number) const
    {
        const QString digits = number.rightJustified(6, QLatin1Char('0'));
        ChallengeAnswer a;
        a.questionId = q.id;
        switch (q.kind()) {
        case ChallengeQuestion::Kind::Code:
            a.protectedValue = m_api->answerProtector().protect(digits.right(6), q.id);
            break;
        case ChallengeQuestion::Kind::ChoiceWithSecret:
            a.optionId = QStringLiteral("A");
            a.protectedValue = m_api->answerProtector().protect(digits.right(4), q.id);
            break;
        default:
            a.optionId = digits.back().digitValue() % 2 == 0 ? QStringLiteral("A") : QStringLiteral("B");
            break;
        }
        return a;
    }

    QObject m_context;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<SecurityApi> m_api;
    int m_sent = 0;
};

} // namespace

TEST_F(SecurityApiTest, ChallengeConversationEndsWithAuthorization)
{
    const ChallengeRequest start = challengeFor(QStringLiteral("111111"), QStringLiteral("10000"));
    auto step = wait(m_api->challenge(start));
    ASSERT_TRUE(step.ok()) << step.error().supportReference().toStdString();
    ASSERT_TRUE(step.value().needsAnswers());
    EXPECT_EQ(step.value().iteration, QStringLiteral("2"));
    EXPECT_EQ(step.value().retry, QStringLiteral("1"));
    ASSERT_EQ(step.value().questions.size(), 1);
    EXPECT_EQ(step.value().questions.first().kind(), ChallengeQuestion::Kind::Code);
    const ChallengeQuestion q = step.value().questions.first();
    step = wait(m_api->challenge(start.answering(step.value(), {rightAnswer(q, QStringLiteral("111111"))})));
    ASSERT_TRUE(step.ok()) << step.error().supportReference().toStdString();
    EXPECT_TRUE(step.value().authorized());
    EXPECT_TRUE(step.value().authorizationCode.contains(QStringLiteral("100090")));
}

TEST_F(SecurityApiTest, LargeAmountAsksThreeQuestionsOfEveryType)
{
    const QString number = QStringLiteral("111111");
    const ChallengeRequest start = challengeFor(number, QStringLiteral("6000000"));
    auto step = wait(m_api->challenge(start));
    QStringList types;
    for (int i = 0; i < 5 && step.ok() && step.value().needsAnswers(); ++i) {
        const ChallengeQuestion q = step.value().questions.first();
        types << q.type;
        step = wait(m_api->challenge(start.answering(step.value(), {rightAnswer(q, number)})));
    }
    ASSERT_TRUE(step.ok()) << step.error().supportReference().toStdString();
    EXPECT_TRUE(step.value().authorized());
    EXPECT_EQ(types, (QStringList{QStringLiteral("M"), QStringLiteral("SM"), QStringLiteral("S")}));
}

TEST_F(SecurityApiTest, WrongAnswersAreRetriedThenRefused)
{
    const ChallengeRequest start = challengeFor(QStringLiteral("111111"), QStringLiteral("10000"));
    auto step = wait(m_api->challenge(start));
    ASSERT_TRUE(step.ok());
    for (int attempt = 1; attempt <= 3; ++attempt) {
        ASSERT_TRUE(step.ok()) << step.error().supportReference().toStdString();
        ASSERT_TRUE(step.value().needsAnswers()) << attempt;
        EXPECT_EQ(step.value().retry, QString::number(attempt));
        const ChallengeQuestion q = step.value().questions.first();
        ChallengeAnswer wrong{q.id, QString(), m_api->answerProtector().protect(QStringLiteral("999999"), q.id)};
        step = wait(m_api->challenge(start.answering(step.value(), {wrong})));
    }
    ASSERT_TRUE(step.ok());
    EXPECT_TRUE(step.value().refused());
    EXPECT_EQ(step.value().authorizationValue, QStringLiteral("NO"));
}

TEST_F(SecurityApiTest, ReplayedTraceIsRefusedWithTheCapitalisedEnvelope)
{
    const ChallengeRequest start = challengeFor(QStringLiteral("111111"), QStringLiteral("10000"));
    auto step = wait(m_api->challenge(start));
    ASSERT_TRUE(step.ok());
    ChallengeReply stale = step.value();
    stale.iteration = QStringLiteral("7");
    const auto replay = wait(m_api->challenge(start.answering(stale, {rightAnswer(stale.questions.first(), QStringLiteral("111111"))})));
    ASSERT_FALSE(replay.ok());
    EXPECT_EQ(replay.error().code, QStringLiteral("20005"));
    EXPECT_EQ(replay.error().type, QStringLiteral("RGN"));
}

TEST_F(SecurityApiTest, UnknownCustomerChallengeIsTheDocumentedError)
{
    const auto step = wait(m_api->challenge(challengeFor(QStringLiteral("424242"), QStringLiteral("10000"))));
    ASSERT_FALSE(step.ok());
    EXPECT_EQ(step.error().code, QStringLiteral("20005"));
}

TEST_F(SecurityApiTest, InvalidChallengeIsNotSent)
{
    ChallengeRequest r = challengeFor(QStringLiteral("111111"), QStringLiteral("10.000"));
    const auto step = wait(m_api->challenge(r));
    ASSERT_FALSE(step.ok());
    EXPECT_EQ(step.error().kind, ApiError::Kind::InvalidRequest);
}

TEST_F(SecurityApiTest, ChallengeV1Authorizes)
{
    const auto reply = wait(m_api->challengeV1(challengeFor(QStringLiteral("111111"), QStringLiteral("10000"))));
    ASSERT_TRUE(reply.ok()) << reply.error().supportReference().toStdString();
    EXPECT_TRUE(reply.value().authorized());
    EXPECT_EQ(reply.value().responseType, QStringLiteral("OK"));
}

TEST_F(SecurityApiTest, PasswordStatusByIdAndByAliasAndLockRoundTrip)
{
    PasswordStatusQuery byAlias;
    byAlias.transactionId = QStringLiteral("4835799410");
    byAlias.spName = QStringLiteral("ALIAS8985");
    auto status = wait(m_api->passwordStatus(byAlias));
    ASSERT_TRUE(status.ok()) << status.error().supportReference().toStdString();
    EXPECT_EQ(status.value().cellPhone, QStringLiteral("3175137626"));

    PasswordStatusChange lock;
    lock.govIssueIdentType = QStringLiteral("CC");
    lock.identSerialNum = QStringLiteral("1007641");
    lock.lock = !status.value().locked();
    auto changed = wait(m_api->changePasswordStatus(lock));
    ASSERT_TRUE(changed.ok()) << changed.error().supportReference().toStdString();
    EXPECT_EQ(changed.value().statusDesc, QStringLiteral("Cambio estado clave de usuario Exitosa."));

    PasswordStatusQuery byId;
    byId.transactionId = QStringLiteral("4835799410");
    byId.govIssueIdentType = QStringLiteral("CC");
    byId.identSerialNum = QStringLiteral("1007641");
    status = wait(m_api->passwordStatus(byId));
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(status.value().locked(), lock.lock);

    // The same change again: the bank says it is already so.
    changed = wait(m_api->changePasswordStatus(lock));
    ASSERT_FALSE(changed.ok());
    EXPECT_EQ(changed.error().code, QStringLiteral("132"));

    lock.lock = !lock.lock; // leave it as found
    ASSERT_TRUE(wait(m_api->changePasswordStatus(lock)).ok());

    byId.identSerialNum = QStringLiteral("99999999");
    status = wait(m_api->passwordStatus(byId));
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, QStringLiteral("32"));
    EXPECT_EQ(status.error().type, QStringLiteral("OUD"));
}

TEST_F(SecurityApiTest, ChannelHoldsPageAndLockUnlockRoundTrip)
{
    ChannelHoldsQuery query;
    query.govIssueIdentType = QStringLiteral("CC");
    query.identSerialNum = QStringLiteral("38250250");
    query.recordsPerPage = 2;
    auto page = wait(m_api->channelHolds(query));
    ASSERT_TRUE(page.ok()) << page.error().supportReference().toStdString();
    const int total = page.value().totalRecords;
    EXPECT_GE(total, 5);
    EXPECT_EQ(page.value().holds.size(), 2);
    EXPECT_EQ(page.value().holds.first().channel, QStringLiteral("007"));
    query.initialRecord = ChannelHoldsQuery::initialRecordOfPage(3, 2);
    page = wait(m_api->channelHolds(query));
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page.value().holds.size(), total - 4);

    ChannelHoldChange change;
    change.govIssueIdentType = QStringLiteral("CC");
    change.identSerialNum = QStringLiteral("38250250");
    change.channelDesc = QStringLiteral("APP");
    change.byProduct = true;
    change.acctId = QStringLiteral("1354164141");
    change.lock = true;
    change.user = QStringLiteral("CC11233");
    change.branchId = QStringLiteral("1102");
    const auto locked = wait(m_api->changeChannelHold(change));
    ASSERT_TRUE(locked.ok()) << locked.error().supportReference().toStdString();

    ChannelHoldsQuery lockedOnly = query;
    lockedOnly.initialRecord = 1;
    lockedOnly.recordsPerPage = 20;
    lockedOnly.lockedOnly = true;
    page = wait(m_api->channelHolds(lockedOnly));
    ASSERT_TRUE(page.ok());
    bool appLocked = false;
    for (const ChannelHold &hold : page.value().holds)
        appLocked = appLocked || (hold.channel == QLatin1String("015") && hold.locked() && hold.byProduct());
    EXPECT_TRUE(appLocked);

    // Locking what is locked is refused, not repeated.
    EXPECT_FALSE(wait(m_api->changeChannelHold(change)).ok());
    change.lock = false;
    ASSERT_TRUE(wait(m_api->changeChannelHold(change)).ok());
}

TEST_F(SecurityApiTest, WithdrawalOtpPaysOnceAtACorrespondent)
{
    WithdrawalOtpRequest request;
    request.govIssueIdentType = QStringLiteral("CC");
    request.identSerialNum = QStringLiteral("1028780657");
    request.acctId = QStringLiteral("83000109863");
    request.amt = QStringLiteral("1000000");
    const auto otp = wait(m_api->requestWithdrawalOtp(request));
    ASSERT_TRUE(otp.ok()) << otp.error().supportReference().toStdString();
    ASSERT_EQ(otp.value().otpValue.size(), 6);

    CorrespondentWithdrawalRequest pay;
    pay.transactionHour = QStringLiteral("15:37:59");
    pay.trnRqUID = QStringLiteral("017269");
    pay.code = QStringLiteral("0000000059");
    pay.branchName = QStringLiteral("MI OFICINA BETTY");
    pay.cityId = QStringLiteral("25386");
    pay.city = QStringLiteral("LA MESA");
    pay.stateProv = QStringLiteral("25");
    pay.acctId = QStringLiteral("83000109863");
    pay.amt = QStringLiteral("1000000");
    pay.sealedOtp = QString::fromLatin1(otp.value().otpValue.toUtf8().toBase64()); // training sealing
    pay.identSerialNum = QStringLiteral("1028780657");
    const auto paid = wait(m_api->correspondentWithdrawal(pay));
    ASSERT_TRUE(paid.ok()) << paid.error().supportReference().toStdString();
    EXPECT_FALSE(paid.value().approvalId.isEmpty());
    EXPECT_EQ(paid.value().acctType, QStringLiteral("AHORROS"));
    const auto again = wait(m_api->correspondentWithdrawal(pay));
    ASSERT_FALSE(again.ok());
}

TEST_F(SecurityApiTest, OneTimeCodeGeneratesAndValidatesOnce)
{
    OneTimeCodeRequest request;
    request.govIssueIdentType = QStringLiteral("CC");
    request.identSerialNum = QStringLiteral("235435435");
    request.otcIssue = QStringLiteral("RETIRO");
    request.cellPhone = QStringLiteral("3001234567");
    ASSERT_TRUE(wait(m_api->generateOtc(request, SecurityApi::OtcVersion::V1)).ok());
    const auto v3 = wait(m_api->generateOtc(request, SecurityApi::OtcVersion::V3));
    ASSERT_TRUE(v3.ok());
    EXPECT_FALSE(v3.value().idOtc.isEmpty());
    request.otcValue = QStringLiteral("435435"); // training: last six digits of the ID
    const auto valid = wait(m_api->validateOtc(request));
    ASSERT_TRUE(valid.ok()) << valid.error().supportReference().toStdString();
    const auto again = wait(m_api->validateOtc(request));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, QStringLiteral("10"));
}

TEST_F(SecurityApiTest, AuthenticationLevelAndChannel)
{
    AuthenticationLevelRequest level;
    level.processDate = AuthenticationLevelRequest::processDateText(QDateTime::currentDateTime());
    level.govIssueIdentType = QStringLiteral("CC");
    level.identSerialNum = QStringLiteral("1030");
    level.requestNumber = QStringLiteral("257896");
    level.adviserIdentType = QStringLiteral("CC");
    level.adviserIdentSerialNum = QStringLiteral("1025");
    level.trnRqUID = QStringLiteral("101261");
    const auto answer = wait(m_api->authenticationLevel(level));
    ASSERT_TRUE(answer.ok()) << answer.error().supportReference().toStdString();
    EXPECT_EQ(answer.value().authLevel, QStringLiteral("3"));
    level.trnRqUID = QStringLiteral("555555");
    const auto unknown = wait(m_api->authenticationLevel(level));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, QStringLiteral("100"));

    AuthenticationChannelRequest channel;
    channel.trnRqUID = QStringLiteral("900006");
    channel.txId = QStringLiteral("API429");
    channel.govIssueIdentType = QStringLiteral("CC");
    channel.identSerialNum = QStringLiteral("51901591");
    channel.requestNumber = QStringLiteral("1234");
    const auto reply = wait(m_api->authenticationChannel(channel));
    ASSERT_TRUE(reply.ok()) << reply.error().supportReference().toStdString();
    EXPECT_EQ(reply.value().authorizationValue, QStringLiteral("SI"));
    EXPECT_EQ(reply.value().requestNumber, QStringLiteral("1234"));
}

TEST_F(SecurityApiTest, PasswordsAndEnrollment)
{
    ChangePasswordRequest change;
    change.govIssueIdentType = QStringLiteral("CC");
    change.identSerialNum = QStringLiteral("1030");
    change.currentCryptPswd = QString::fromLatin1(QByteArrayLiteral("Casa12x9").toBase64());
    change.newCryptPswd = QString::fromLatin1(QByteArrayLiteral("1030").toBase64());
    auto changed = wait(m_api->changePassword(change));
    ASSERT_FALSE(changed.ok());
    EXPECT_EQ(changed.error().code, QStringLiteral("1020"));
    change.newCryptPswd = QString::fromLatin1(QByteArrayLiteral("Perro47k2").toBase64());
    changed = wait(m_api->changePassword(change));
    ASSERT_TRUE(changed.ok()) << changed.error().supportReference().toStdString();

    CreateUserRequest user;
    user.govIssueIdentType = QStringLiteral("CC");
    user.identSerialNum = QStringLiteral("1025");
    user.password = QString::fromLatin1(QByteArrayLiteral("Perro47k2").toBase64());
    ASSERT_TRUE(wait(m_api->createUser(user)).ok());
    const auto duplicate = wait(m_api->createUser(user));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code, QStringLiteral("00068"));
    user.recovery = true;
    EXPECT_TRUE(wait(m_api->createUser(user)).ok());

    EnrollmentValidationQuery card;
    card.identSerialNum = QStringLiteral("51901591");
    card.govIssueIdentType = QStringLiteral("CC");
    card.acctType = QStringLiteral("DBC");
    card.acctId = QStringLiteral("901591");
    card.secretId = QStringLiteral("0000");
    auto validated = wait(m_api->validateEnrollment(card));
    ASSERT_FALSE(validated.ok());
    EXPECT_EQ(validated.error().code, QStringLiteral("00301")); // capitalised envelope
    card.secretId = QStringLiteral("1951"); // last four of the ID, backwards
    EXPECT_TRUE(wait(m_api->validateEnrollment(card)).ok());
    card.acctType = QStringLiteral("CCA");
    card.secretId = QStringLiteral("195");
    EXPECT_TRUE(wait(m_api->validatePasswordRecovery(card)).ok());

    DigitalEnrollmentRequest enrollment;
    enrollment.govIssueIdentType = QStringLiteral("CC");
    enrollment.identSerialNum = QStringLiteral("51901591");
    EXPECT_TRUE(wait(m_api->validateDigitalEnrollment(enrollment)).ok());
    EXPECT_TRUE(wait(m_api->createDigitalEnrollment(enrollment)).ok());
    const auto twice = wait(m_api->validateDigitalEnrollment(enrollment));
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, QStringLiteral("00068"));
}

// No PIN, CVV, password, OTP or challenge answer reaches the journal: not in
// any field of any row, and (for the values long enough to search for) not
// anywhere in the file.
TEST_F(SecurityApiTest, SecretsNeverReachTheJournal)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Journal journal;
    ASSERT_TRUE(journal.open(dir.filePath(QStringLiteral("journal.sqlite"))));
    ApiClient client(nullptr, &journal);
    client.setEnvironment(TrainingServerFixture::environment());
    client.setOperatorSession(OperatorSession::demoOperator());
    SecurityApi api(&client);

    QStringList secrets;
    EnrollmentValidationQuery card;
    card.identSerialNum = QStringLiteral("51901591");
    card.govIssueIdentType = QStringLiteral("CC");
    card.acctType = QStringLiteral("DBC");
    card.acctId = QStringLiteral("901591");
    card.secretId = QStringLiteral("1951");
    EXPECT_TRUE(wait(api.validateEnrollment(card)).ok());
    card.acctType = QStringLiteral("CCA");
    card.secretId = QStringLiteral("195");
    EXPECT_TRUE(wait(api.validatePasswordRecovery(card)).ok());
    secrets << QStringLiteral("1951") << QStringLiteral("195");

    ChangePasswordRequest change;
    change.govIssueIdentType = QStringLiteral("CC");
    change.identSerialNum = QStringLiteral("1030");
    change.currentCryptPswd = QString::fromLatin1(QByteArrayLiteral("Gato58m3q").toBase64());
    change.newCryptPswd = QString::fromLatin1(QByteArrayLiteral("Loro39z7w").toBase64());
    EXPECT_TRUE(wait(api.changePassword(change)).ok());
    secrets << QStringLiteral("Gato58m3q") << QStringLiteral("Loro39z7w") << change.currentCryptPswd << change.newCryptPswd;

    WithdrawalOtpRequest otp;
    otp.govIssueIdentType = QStringLiteral("CC");
    otp.identSerialNum = QStringLiteral("235435435");
    otp.acctId = QStringLiteral("2343454353");
    otp.amt = QStringLiteral("20000");
    const auto issued = wait(api.requestWithdrawalOtp(otp));
    ASSERT_TRUE(issued.ok());
    secrets << issued.value().otpValue;

    const ChallengeRequest start = challengeFor(QStringLiteral("111111"), QStringLiteral("10000"));
    auto step = wait(api.challenge(start));
    ASSERT_TRUE(step.ok());
    const ChallengeAnswer answer = rightAnswer(step.value().questions.first(), QStringLiteral("111111"));
    secrets << answer.protectedValue;
    step = wait(api.challenge(start.answering(step.value(), {answer})));
    ASSERT_TRUE(step.ok());
    ASSERT_TRUE(step.value().authorized());

    const QList<JournalEntry> rows = journal.entries();
    ASSERT_EQ(rows.size(), 6);
    bool codeJournaled = false;
    for (const JournalEntry &row : rows) {
        const QString all = QStringList{row.operation, row.outcome, row.errorCode, row.subject,
                                        row.references.join(QLatin1Char(' '))}
                                .join(QLatin1Char('|'));
        for (const QString &secret : std::as_const(secrets))
            EXPECT_FALSE(all.contains(secret)) << row.operation.toStdString() << " holds " << secret.toStdString();
        codeJournaled = codeJournaled || row.references.contains(step.value().authorizationCode);
    }
    EXPECT_TRUE(codeJournaled);
    journal.close();
    QByteArray bytes;
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    // Values of 6+ characters: a chance match in the file is negligible.
    for (const QString &secret : std::as_const(secrets)) {
        if (secret.size() >= 6) {
            EXPECT_FALSE(bytes.contains(secret.toUtf8())) << secret.toStdString();
        }
    }
}

// The training server applies the same OUD policy to create user / recover
// password as the console checks while typing: each broken rule comes back
// with its own code, the first in the table's order.
TEST_F(SecurityApiTest, CreateUserRefusesEveryPolicyRuleWithItsOudCode)
{
    struct Case { const char *password; const char *code; };
    const QList<Case> cases{
        {"Ab1", "1020"},        {"Abcd1234Efgh5678X", "1020"}, {"aaaaaaaa", "1009"}, {"Casa1111x", "1019"},
        {"Casa 12x9", "1010"},  {"0Casa12x9", "1011"},         {"83927461", "1012"}, {"Casablanca", "1013"},
    };
    const PasswordPolicy policy;
    for (const Case &c : cases) {
        const QString password = QString::fromUtf8(c.password);
        ASSERT_FALSE(policy.check(password, QStringLiteral("1025")).isEmpty()) << c.password;
        EXPECT_EQ(policy.check(password, QStringLiteral("1025")).first().code, QString::fromLatin1(c.code)) << c.password;
        CreateUserRequest user;
        user.recovery = true;
        user.govIssueIdentType = QStringLiteral("CC");
        user.identSerialNum = QStringLiteral("1025");
        user.password = QString::fromLatin1(password.toUtf8().toBase64());
        const auto result = wait(m_api->createUser(user));
        ASSERT_FALSE(result.ok()) << c.password;
        EXPECT_EQ(result.error().code, QString::fromLatin1(c.code)) << c.password;
        EXPECT_EQ(result.error().type, QStringLiteral("OUD"));
    }
    // Equal to the identification number (ten digits: a valid length).
    CreateUserRequest same;
    same.recovery = true;
    same.govIssueIdentType = QStringLiteral("CC");
    same.identSerialNum = QStringLiteral("1028780657");
    same.password = QString::fromLatin1(QByteArrayLiteral("1028780657").toBase64());
    const auto result = wait(m_api->createUser(same));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("1008"));
}
