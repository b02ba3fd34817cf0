#include "CorrespondentPayoutPanel.h"

#include "DisplayFormat.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

CorrespondentPayoutPanel::CorrespondentPayoutPanel(ApiClient *client, std::function<QString()> identification,
                                                   QWidget *parent)
    : SecurityPanel(client, QStringLiteral("payout"), parent)
    , m_identification(std::move(identification))
{
    setObjectName(QStringLiteral("correspondentPayoutPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A banking correspondent pays out a withdrawal without card. The customer types the "
                                "OTP they received; it stays hidden and is not kept."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_banner);

    auto *columns = new QHBoxLayout;
    auto *point = new QFormLayout;
    auto *payout = new QFormLayout;
    m_pointCode = lineEdit("PointCode", tr("Service point code"), 20);
    addField(point, tr("Ser&vice point code:"), QStringLiteral("trn.code"), m_pointCode);
    m_pointName = lineEdit("PointName", tr("Service point name"), 60);
    addField(point, tr("Service po&int name:"), QStringLiteral("trn.branchName"), m_pointName);
    m_cityId = lineEdit("CityId", tr("DANE city code"), 10, true);
    addField(point, tr("DANE city co&de:"), QStringLiteral("trn.cityId"), m_cityId);
    m_city = lineEdit("City", tr("City"), 60);
    addField(point, tr("Cit&y:"), QStringLiteral("trn.city"), m_city);
    m_stateProv = lineEdit("StateProv", tr("Department"), 60);
    addField(point, tr("Depa&rtment:"), QStringLiteral("trn.stateProv"), m_stateProv);
    m_account = lineEdit("Account", tr("Correspondent account"), 20, true);
    addField(payout, tr("Correspondent acco&unt:"), QStringLiteral("trn.depAcctIdFrom.acctId"), m_account);
    m_otpType = new QComboBox(this);
    m_otpType->setObjectName(name("OtpType"));
    m_otpType->setAccessibleName(tr("Operation"));
    m_otpType->addItem(tr("Normal \u2014 pay out"), QStringLiteral("Normal"));
    m_otpType->addItem(tr("Reverse \u2014 undo a payout"), QStringLiteral("Reverse"));
    addField(payout, tr("Op&eration:"), QStringLiteral("trn.otp.type"), m_otpType);
    m_amount = lineEdit("Amount", tr("Amount in pesos"), 14, true);
    m_amount->setPlaceholderText(tr("whole pesos, digits only"));
    addField(payout, tr("A&mount (COP):"), QStringLiteral("trn.otp.curAmt.amt"), m_amount);
    m_otp = lineEdit("Otp", tr("Customer's OTP (hidden)"), 12, true);
    m_otp->setEchoMode(QLineEdit::Password);
    addField(payout, tr("Customer's OT&P:"), QStringLiteral("trn.otp.otpValue"), m_otp);
    columns->addLayout(point, 1);
    columns->addLayout(payout, 1);
    layout->addLayout(columns);
    connect(addSubmitRow(layout, tr("P&ay out")), &QPushButton::clicked, this, &CorrespondentPayoutPanel::submit);

    m_approval = new QLabel(this);
    m_approval->setObjectName(name("Approval"));
    m_approval->setWordWrap(true);
    m_approval->setTextFormat(Qt::PlainText);
    m_approval->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont approvalFont = m_approval->font();
    approvalFont.setBold(true);
    approvalFont.setPointSizeF(approvalFont.pointSizeF() * 1.3);
    m_approval->setFont(approvalFont);
    layout->addWidget(m_approval);
    layout->addStretch(1);
}

void CorrespondentPayoutPanel::submit()
{
    if (isBusy())
        return;
    m_banner->clear();
    clearIssues();
    m_approval->clear();
    m_approvalId.clear();
    CorrespondentWithdrawalRequest request;
    const QDateTime now = QDateTime::currentDateTime();
    request.transactionHour = now.toString(QStringLiteral("HH:mm:ss"));
    // The audit number: twelve digits from the local time, unique per second at a point.
    request.trnRqUID = now.toString(QStringLiteral("yyMMddHHmmss"));
    request.code = m_pointCode->text().trimmed();
    request.branchName = m_pointName->text().trimmed();
    request.cityId = m_cityId->text().trimmed();
    request.city = m_city->text().trimmed();
    request.stateProv = m_stateProv->text().trimmed();
    request.acctId = m_account->text().trimmed();
    request.otpType = m_otpType->currentData().toString();
    request.amt = m_amount->text().trimmed();
    request.identSerialNum = m_identification ? m_identification().trimmed() : QString();
    const QString otp = m_otp->text();
    request.sealedOtp = otp.isEmpty() ? QString() : m_sealer.seal(otp);
    FieldIssues issues = request.validate();
    // The identification is typed in the customer box above the tabs.
    for (FieldIssue &issue : issues) {
        if (issue.field == QLatin1String("trn.otp.govIssueIdent.identSerialNum"))
            issue.message = tr("Customer identification: %1").arg(issue.message);
    }
    if (showIssues(issues))
        return;
    m_otp->clear(); // typed once, never kept
    await(m_api.correspondentWithdrawal(request), [this, amount = request.amt](const CorrespondentWithdrawal &reply) {
        m_approvalId = reply.approvalId;
        m_approval->setText(tr("Approval %1 \u00b7 %2 from %3 account %4")
                                .arg(reply.approvalId, DisplayFormat::money(amount.toDouble()), reply.acctType,
                                     reply.acctId));
        m_banner->showMessage(MessageBanner::Type::Positive,
                              tr("The withdrawal was approved. Pay out the cash and keep the approval number."));
    });
}
