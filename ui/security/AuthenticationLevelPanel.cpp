#include "AuthenticationLevelPanel.h"

#include "IdentificationType.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AuthenticationLevelPanel::AuthenticationLevelPanel(ApiClient *client, QWidget *parent)
    : SecurityPanel(client, QStringLiteral("level"), parent)
{
    setObjectName(QStringLiteral("authenticationLevelPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Which authentication level does the bank ask for this transaction and customer? "
                                "Level 1 is the lightest."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    addIdentification(form, tr("Customer identification &number:"));
    m_transactionCode = lineEdit("TransactionCode", tr("Transaction code"), 20);
    m_transactionCode->setPlaceholderText(tr("e.g. 101261"));
    addField(form, tr("Transaction &code:"), QStringLiteral("trnRqUID"), m_transactionCode);
    m_requestNumber = lineEdit("RequestNumber", tr("Request number"), 30);
    addField(form, tr("Re&quest number:"), QStringLiteral("requestNumber"), m_requestNumber);
    m_adviserType = new QComboBox(this);
    m_adviserType->setObjectName(name("AdviserType"));
    m_adviserType->setAccessibleName(tr("Adviser identification type"));
    for (IdentificationType type : IdentificationTypes::all())
        m_adviserType->addItem(IdentificationTypes::code(type), IdentificationTypes::code(type));
    m_adviserNumber = lineEdit("AdviserNumber", tr("Adviser identification number"), SecurityJson::maxIdentSerialNumLength);
    m_adviserNumber->setPlaceholderText(tr("optional"));
    auto *adviser = new QWidget(this);
    auto *adviserRow = new QHBoxLayout(adviser);
    adviserRow->setContentsMargins(0, 0, 0, 0);
    adviserRow->addWidget(m_adviserType);
    adviserRow->addWidget(m_adviserNumber, 1);
    addField(form, tr("&Adviser identification:"), QStringLiteral("adviser.identSerialNum"), adviser);
    layout->addLayout(form);
    connect(addSubmitRow(layout, tr("As&k for the level")), &QPushButton::clicked, this,
            &AuthenticationLevelPanel::submit);

    m_result = new QLabel(this);
    m_result->setObjectName(name("Result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont resultFont = m_result->font();
    resultFont.setBold(true);
    resultFont.setPointSizeF(resultFont.pointSizeF() * 1.3);
    m_result->setFont(resultFont);
    layout->addWidget(m_result);
    layout->addStretch(1);
}

void AuthenticationLevelPanel::submit()
{
    if (isBusy())
        return;
    m_banner->clear();
    clearIssues();
    m_result->clear();
    m_level.clear();
    AuthenticationLevelRequest request;
    request.processDate = AuthenticationLevelRequest::processDateText(QDateTime::currentDateTime());
    request.govIssueIdentType = identificationType();
    request.identSerialNum = identificationNumber();
    request.trnRqUID = m_transactionCode->text().trimmed();
    request.requestNumber = m_requestNumber->text().trimmed();
    request.adviserIdentSerialNum = m_adviserNumber->text().trimmed();
    if (!request.adviserIdentSerialNum.isEmpty())
        request.adviserIdentType = m_adviserType->currentData().toString();
    FieldIssues issues = request.validate();
    // The adviser's issues name adviser.govIssueIdentType too: one place for both.
    for (FieldIssue &issue : issues) {
        if (issue.field.startsWith(QLatin1String("adviser.")))
            issue.field = QStringLiteral("adviser.identSerialNum");
    }
    if (showIssues(issues))
        return;
    await(m_api.authenticationLevel(request), [this](const AuthenticationLevel &level) {
        m_level = level.authLevel;
        m_result->setText(tr("Level %1 \u2014 %2 (transaction %3)").arg(level.authLevel, level.desc, level.trnRqUID));
        m_banner->showMessage(MessageBanner::Type::Positive,
                              tr("The transaction needs authentication level %1.").arg(level.authLevel));
    });
}
