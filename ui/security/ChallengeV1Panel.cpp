#include "ChallengeV1Panel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ChallengeV1Panel::ChallengeV1Panel(ApiClient *client, QWidget *parent)
    : SecurityPanel(client, QStringLiteral("v1"), parent)
{
    setObjectName(QStringLiteral("challengeV1Panel"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Challenge v1 asks the risk engine to authorize a transaction in one step, without "
                                "questions for the customer."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    m_clientType = new QComboBox(this);
    m_clientType->setObjectName(name("ClientType"));
    m_clientType->setAccessibleName(tr("Client type"));
    m_clientType->addItem(tr("N \u2014 Natural person"), QStringLiteral("N"));
    m_clientType->addItem(tr("J \u2014 Legal person"), QStringLiteral("J"));
    addField(form, tr("Client t&ype:"), QStringLiteral("clientType"), m_clientType);
    addIdentification(form, tr("Identification &number:"));
    m_transactionCode = lineEdit("TransactionCode", tr("Transaction code"), ChallengeRequest::maxTxIdLength);
    m_transactionCode->setPlaceholderText(tr("e.g. 100090"));
    addField(form, tr("Transaction &code:"), QStringLiteral("tx.id"), m_transactionCode);
    m_dataName = lineEdit("DataName", tr("Transaction data name"), ChallengeRequest::maxTxDataNameLength);
    m_dataName->setPlaceholderText(tr("e.g. CODIGO_CONVENIO"));
    addField(form, tr("&Data name:"), QStringLiteral("tx.txData.name"), m_dataName);
    m_dataValue = lineEdit("DataValue", tr("Transaction data value"), ChallengeRequest::maxTxDataValueLength);
    addField(form, tr("Da&ta value:"), QStringLiteral("tx.txData"), m_dataValue);
    m_amount = lineEdit("Amount", tr("Amount in pesos"), ChallengeRequest::maxAmtLength, true);
    m_amount->setPlaceholderText(tr("whole pesos, digits only"));
    addField(form, tr("A&mount (COP):"), QStringLiteral("tx.amt"), m_amount);
    m_sourceAccount = lineEdit("SourceAccount", tr("Source product"), ChallengeRequest::maxAccountLength);
    addField(form, tr("S&ource product:"), QStringLiteral("tx.sourceAccountNumber"), m_sourceAccount);
    m_destinationAccount = lineEdit("DestinationAccount", tr("Destination product"), ChallengeRequest::maxAccountLength);
    addField(form, tr("D&estination product:"), QStringLiteral("tx.destinationAccountNumber"), m_destinationAccount);
    layout->addLayout(form);
    connect(addSubmitRow(layout, tr("&Ask for authorization")), &QPushButton::clicked, this, &ChallengeV1Panel::submit);

    auto *outcomeBox = new QGroupBox(tr("Outcome"), this);
    m_outcomeBox = outcomeBox;
    outcomeBox->hide(); // until the engine answers
    auto *outcomeLayout = new QVBoxLayout(outcomeBox);
    m_outcome = new QLabel(outcomeBox);
    m_outcome->setObjectName(name("Outcome"));
    m_outcome->setWordWrap(true);
    m_code = new QLabel(outcomeBox);
    m_code->setObjectName(name("AuthorizationCode"));
    m_code->setAccessibleName(tr("Authorization code"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setWordWrap(true);
    QFont codeFont(QStringLiteral("monospace"));
    codeFont.setStyleHint(QFont::Monospace);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.3);
    codeFont.setBold(true);
    m_code->setFont(codeFont);
    auto *copy = new QPushButton(tr("Co&py code"), outcomeBox);
    copy->setObjectName(name("CopyButton"));
    outcomeLayout->addWidget(m_outcome);
    outcomeLayout->addWidget(m_code);
    outcomeLayout->addWidget(copy, 0, Qt::AlignLeft);
    layout->addWidget(outcomeBox);
    layout->addStretch(1);
    connect(copy, &QPushButton::clicked, this, [this] {
        if (!m_code->text().isEmpty())
            QApplication::clipboard()->setText(m_code->text());
    });
}

QString ChallengeV1Panel::authorizationCode() const
{
    return m_code->text();
}

void ChallengeV1Panel::submit()
{
    if (isBusy())
        return;
    m_banner->clear();
    clearIssues();
    m_outcome->clear();
    m_code->clear();
    ChallengeRequest request;
    request.clientType = m_clientType->currentData().toString();
    request.govIssueIdentType = identificationType();
    request.identSerialNum = identificationNumber();
    request.txId = m_transactionCode->text().trimmed();
    const QString dataName = m_dataName->text().trimmed();
    const QString dataValue = m_dataValue->text().trimmed();
    if (!dataName.isEmpty() || !dataValue.isEmpty())
        request.txData.append({dataName, dataValue});
    request.amt = m_amount->text().trimmed();
    request.sourceAccountNumber = m_sourceAccount->text().trimmed();
    request.destinationAccountNumber = m_destinationAccount->text().trimmed();
    if (showIssues(request.validate()))
        return;
    m_outcomeBox->hide();
    await(m_api.challengeV1(request), [this](const ChallengeReply &reply) {
        m_outcomeBox->show();
        if (reply.authorized()) {
            m_outcome->setText(tr("Authorized. Give this authorization code to the transaction:"));
            m_outcome->setStyleSheet(QStringLiteral("color: #1b5e20;"));
            m_code->setText(reply.authorizationCode);
            m_banner->showMessage(MessageBanner::Type::Positive, tr("The risk engine authorized the transaction."));
        } else {
            m_outcome->setText(tr("Not authorized (result \u201c%1\u201d). Do not carry out the transaction.")
                                   .arg(reply.authorizationValue));
            m_outcome->setStyleSheet(QStringLiteral("color: #b71c1c;"));
            m_banner->showMessage(MessageBanner::Type::Error, tr("The risk engine did not authorize the transaction."),
                                  tr("Risk engine result %1").arg(reply.authorizationValue));
        }
    });
}
