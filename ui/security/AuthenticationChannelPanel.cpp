#include "AuthenticationChannelPanel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { CodeColumn, QuestionColumn, StatusColumn, AnswerColumn };

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}
} // namespace

AuthenticationChannelPanel::AuthenticationChannelPanel(ApiClient *client, QWidget *parent)
    : SecurityPanel(client, QStringLiteral("channel"), parent)
{
    setObjectName(QStringLiteral("authenticationChannelPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Send the transaction with the questions the customer answered and the status code "
                                "of each answer; the bank answers with its authorization."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_banner);

    auto *columns = new QHBoxLayout;
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    addIdentification(left, tr("Identification &number:"));
    m_firstName = lineEdit("FirstName", tr("First name"), 60);
    addField(left, tr("Fi&rst name:"), QStringLiteral("firstName"), m_firstName);
    m_middleName = lineEdit("MiddleName", tr("Middle name"), 60);
    addField(left, tr("&Middle name:"), QStringLiteral("middleName"), m_middleName);
    m_lastName = lineEdit("LastName", tr("Last name"), 60);
    addField(left, tr("Las&t name:"), QStringLiteral("lastName"), m_lastName);
    m_secondLastName = lineEdit("SecondLastName", tr("Second last name"), 60);
    addField(left, tr("&Second last name:"), QStringLiteral("secondLastName"), m_secondLastName);
    m_transactionCode = lineEdit("TransactionCode", tr("Transaction code"), 20);
    m_transactionCode->setPlaceholderText(tr("e.g. 900006"));
    addField(right, tr("Transaction &code:"), QStringLiteral("trnRqUID"), m_transactionCode);
    m_txId = lineEdit("TxId", tr("Channel transaction id"), 30);
    m_txId->setPlaceholderText(tr("e.g. API429"));
    addField(right, tr("Channel transaction i&d:"), QStringLiteral("txId"), m_txId);
    m_productId = lineEdit("ProductId", tr("Product"), 30);
    addField(right, tr("&Product:"), QStringLiteral("productId"), m_productId);
    m_cityId = lineEdit("CityId", tr("City code"), 10);
    addField(right, tr("C&ity code:"), QStringLiteral("cityId"), m_cityId);
    m_requestNumber = lineEdit("RequestNumber", tr("Request number"), 30);
    addField(right, tr("Request numb&er:"), QStringLiteral("requestNumber"), m_requestNumber);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    layout->addLayout(columns);

    auto *questionsLabel = new QLabel(tr("Questions as&ked and the customer's answers (status code A, B ...):"), this);
    m_questions = new QTableWidget(0, 4, this);
    m_questions->setObjectName(name("Questions"));
    m_questions->setAccessibleName(tr("Questions asked: code, question, answer status code and answer"));
    m_questions->setHorizontalHeaderLabels({tr("Code"), tr("Question"), tr("Status code"), tr("Answer")});
    m_questions->horizontalHeader()->setSectionResizeMode(QuestionColumn, QHeaderView::Stretch);
    m_questions->verticalHeader()->hide();
    m_questions->setMaximumHeight(120);
    questionsLabel->setBuddy(m_questions);
    m_addQuestion = new QPushButton(tr("Add &question"), this);
    m_addQuestion->setObjectName(name("AddQuestion"));
    m_removeQuestion = new QPushButton(tr("Rem&ove question"), this);
    m_removeQuestion->setObjectName(name("RemoveQuestion"));
    auto *questionButtons = new QHBoxLayout;
    questionButtons->addWidget(m_addQuestion);
    questionButtons->addWidget(m_removeQuestion);
    questionButtons->addStretch(1);
    layout->addWidget(questionsLabel);
    layout->addWidget(m_questions);
    layout->addLayout(questionButtons);
    connect(addSubmitRow(layout, tr("Ask for &authorization")), &QPushButton::clicked, this,
            &AuthenticationChannelPanel::submit);

    auto *outcomeBox = new QGroupBox(tr("Outcome"), this);
    m_outcomeBox = outcomeBox;
    outcomeBox->hide(); // until the bank answers
    auto *outcomeLayout = new QVBoxLayout(outcomeBox);
    m_outcome = new QLabel(outcomeBox);
    m_outcome->setObjectName(name("Outcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_answered = new QTableWidget(0, 3, outcomeBox);
    m_answered->setObjectName(name("Answered"));
    m_answered->setAccessibleName(tr("Questions and answers the bank holds"));
    m_answered->setHorizontalHeaderLabels({tr("Question"), tr("Status code"), tr("Answer")});
    m_answered->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_answered->verticalHeader()->hide();
    m_answered->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_answered->setMaximumHeight(110);
    outcomeLayout->addWidget(m_outcome);
    outcomeLayout->addWidget(m_answered);
    layout->addWidget(outcomeBox);
    layout->addStretch(1);

    connect(m_addQuestion, &QPushButton::clicked, this, [this] { addQuestionRow(); });
    connect(m_removeQuestion, &QPushButton::clicked, this, [this] {
        const int row = m_questions->currentRow() >= 0 ? m_questions->currentRow() : m_questions->rowCount() - 1;
        if (row >= 0)
            m_questions->removeRow(row);
    });
}

void AuthenticationChannelPanel::addQuestionRow(const QString &code, const QString &question,
                                                const QString &statusCode, const QString &answer)
{
    const int row = m_questions->rowCount();
    m_questions->insertRow(row);
    m_questions->setItem(row, CodeColumn, new QTableWidgetItem(code));
    m_questions->setItem(row, QuestionColumn, new QTableWidgetItem(question));
    m_questions->setItem(row, StatusColumn, new QTableWidgetItem(statusCode));
    m_questions->setItem(row, AnswerColumn, new QTableWidgetItem(answer));
}

void AuthenticationChannelPanel::submit()
{
    if (isBusy())
        return;
    m_banner->clear();
    clearIssues();
    m_outcome->clear();
    m_answered->setRowCount(0);
    m_code.clear();
    AuthenticationChannelRequest request;
    request.govIssueIdentType = identificationType();
    request.identSerialNum = identificationNumber();
    request.firstName = m_firstName->text().trimmed();
    request.middleName = m_middleName->text().trimmed();
    request.lastName = m_lastName->text().trimmed();
    request.secondLastName = m_secondLastName->text().trimmed();
    request.trnRqUID = m_transactionCode->text().trimmed();
    request.txId = m_txId->text().trimmed();
    request.productId = m_productId->text().trimmed();
    request.cityId = m_cityId->text().trimmed();
    request.requestNumber = m_requestNumber->text().trimmed();
    for (int row = 0; row < m_questions->rowCount(); ++row) {
        ChallengeQuestion q;
        q.type = QStringLiteral("S");
        q.id = cell(m_questions, row, CodeColumn);
        q.value = cell(m_questions, row, QuestionColumn);
        const QString status = cell(m_questions, row, StatusColumn);
        const QString answer = cell(m_questions, row, AnswerColumn);
        if (q.id.isEmpty() && q.value.isEmpty() && status.isEmpty() && answer.isEmpty())
            continue;
        if (q.id.isEmpty() || status.isEmpty()) {
            m_banner->showMessage(MessageBanner::Type::Error,
                                  tr("Question %1 needs its code and the status code of the answer.").arg(row + 1));
            m_questions->setCurrentCell(row, q.id.isEmpty() ? CodeColumn : StatusColumn);
            m_questions->setFocus(Qt::OtherFocusReason);
            return;
        }
        q.length = QString::number(answer.size());
        q.format = QStringLiteral("N");
        q.answerList.append({status, answer});
        request.questions.append(q);
    }
    if (showIssues(request.validate()))
        return;
    m_outcomeBox->hide();
    await(m_api.authenticationChannel(request), [this](const AuthenticationChannel &reply) {
        m_outcomeBox->show();
        m_code = reply.authorizationCode;
        const bool authorized = reply.authorizationValue.compare(QStringLiteral("SI"), Qt::CaseInsensitive) == 0;
        QString text = authorized ? tr("Authorized. Code: %1").arg(reply.authorizationCode)
                                  : tr("Not authorized (result \u201c%1\u201d).").arg(reply.authorizationValue);
        if (!reply.reason.isEmpty())
            text += QLatin1Char('\n') + tr("Reason: %1").arg(reply.reason);
        m_outcome->setText(text);
        m_outcome->setStyleSheet(authorized ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b71c1c;"));
        for (const ChallengeQuestion &q : reply.questions) {
            for (const ChallengeAnswerOption &a : q.answerList.isEmpty() ? QList<ChallengeAnswerOption>{{}} : q.answerList) {
                const int row = m_answered->rowCount();
                m_answered->insertRow(row);
                m_answered->setItem(row, 0, new QTableWidgetItem(q.value));
                m_answered->setItem(row, 1, new QTableWidgetItem(a.id));
                m_answered->setItem(row, 2, new QTableWidgetItem(a.value));
            }
        }
        if (authorized)
            m_banner->showMessage(MessageBanner::Type::Positive, tr("The bank authorized the transaction."));
        else
            m_banner->showMessage(MessageBanner::Type::Error, tr("The bank did not authorize the transaction."),
                                  tr("Result %1").arg(reply.authorizationValue));
    });
}
