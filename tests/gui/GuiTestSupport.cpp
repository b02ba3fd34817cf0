#include "GuiTestSupport.h"

#include "OperatorSession.h"
#include "TrainingServerFixture.h"

namespace {

// Stops the shared training server before QApplication goes away.
class TrainingServerEnvironment : public ::testing::Environment
{
public:
    void TearDown() override { TrainingServerFixture::shutdown(); }
};

[[maybe_unused]] ::testing::Environment *const g_trainingServer =
    ::testing::AddGlobalTestEnvironment(new TrainingServerEnvironment);

} // namespace

void GuiTest::SetUp()
{
    m_client = std::make_unique<ApiClient>(nullptr, nullptr);
    m_client->setEnvironment(TrainingServerFixture::environment());
    m_client->setOperatorSession(OperatorSession::demoOperator());
    QObject::connect(m_client.get(), &ApiClient::operationFinished, &m_context,
                     [this] { ++m_finishedOperations; });
}
