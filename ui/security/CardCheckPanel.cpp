#include "CardCheckPanel.h"

#include "widgets/FormParts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

CardCheckPanel::CardCheckPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cardCheckPanel"));
    auto *form = new QFormLayout(this);
    // Short entries: fields keep their own width instead of spanning the window.
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const auto addRow = [this, form](QLabel *caption, const QString &wire, QWidget *field, const char *errorName) {
        QLabel *error = FormParts::fieldErrorLabel(QString::fromLatin1(errorName), this);
        m_errors.insert(wire, error);
        m_fields.insert(wire, field);
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(field);
        layout->addWidget(error);
        caption->setBuddy(field);
        form->addRow(caption, box);
    };
    const auto digits = [](QLineEdit *edit) {
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), edit));
    };

    auto *intro = new QLabel(tr("The customer proves they hold one of the bank's cards. Let the customer type the "
                                "PIN or CVV themselves; it stays hidden and is not kept."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);

    m_accountType = new QComboBox(this);
    m_accountType->setObjectName(QStringLiteral("accountType"));
    m_accountType->setAccessibleName(tr("Card type"));
    m_accountType->addItem(tr("DBC \u2014 Debit card (PIN)"), QStringLiteral("DBC"));
    m_accountType->addItem(tr("CCA \u2014 Credit card (CVV)"), QStringLiteral("CCA"));
    addRow(new QLabel(tr("C&ard type:"), this), QStringLiteral("acctType"), m_accountType, "accountTypeError");

    m_lastSix = new QLineEdit(this);
    m_lastSix->setObjectName(QStringLiteral("lastSixDigits"));
    m_lastSix->setAccessibleName(tr("Last six digits of the card"));
    m_lastSix->setMaxLength(6);
    m_lastSix->setMinimumWidth(200);
    m_lastSix->setPlaceholderText(tr("6 digits"));
    digits(m_lastSix);
    addRow(new QLabel(tr("Last si&x digits:"), this), QStringLiteral("acctId"), m_lastSix, "lastSixDigitsError");

    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("cardSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setMinimumWidth(200);
    digits(m_secret);
    m_secretLabel = new QLabel(this);
    addRow(m_secretLabel, QStringLiteral("secretId"), m_secret, "cardSecretError");

    m_verify = new QPushButton(tr("&Verify card"), this);
    m_verify->setObjectName(QStringLiteral("verifyCardButton"));
    m_verify->setProperty("submitsForm", true); // Ctrl+Enter
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);

    connect(m_accountType, &QComboBox::currentIndexChanged, this, &CardCheckPanel::updateSecretField);
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        if (auto *edit = qobject_cast<QLineEdit *>(it.value())) {
            QLabel *error = m_errors.value(it.key());
            connect(edit, &QLineEdit::textEdited, error, &QLabel::hide);
        }
    }
    updateSecretField();
}

void CardCheckPanel::updateSecretField()
{
    const bool credit = accountType() == QLatin1String("CCA");
    m_secret->clear(); // a PIN typed for one card type is no CVV for the other
    m_secret->setMaxLength(credit ? 3 : 4);
    m_secret->setPlaceholderText(credit ? tr("3 digits, hidden") : tr("4 digits, hidden"));
    m_secret->setAccessibleName(credit ? tr("CVV of the credit card (hidden)") : tr("PIN of the debit card (hidden)"));
    m_secretLabel->setText(credit ? tr("C&VV:") : tr("&PIN:"));
    m_errors.value(QStringLiteral("secretId"))->hide();
}

QString CardCheckPanel::accountType() const
{
    return m_accountType->currentData().toString();
}

QString CardCheckPanel::secret() const
{
    return m_secret->text();
}

QString CardCheckPanel::lastSix() const
{
    return m_lastSix->text().trimmed();
}

void CardCheckPanel::clearSecret()
{
    m_secret->clear();
}

void CardCheckPanel::setBusy(bool busy)
{
    m_verify->setEnabled(!busy);
    m_accountType->setEnabled(!busy);
    m_secret->setReadOnly(busy);
    m_lastSix->setReadOnly(busy);
}

void CardCheckPanel::clearIssues()
{
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
}

FieldIssues CardCheckPanel::showIssues(const FieldIssues &issues)
{
    FieldIssues elsewhere;
    QWidget *first = nullptr;
    for (const FieldIssue &issue : issues) {
        QLabel *label = m_errors.value(issue.field);
        if (!label) {
            elsewhere.append(issue);
            continue;
        }
        label->setText(issue.message);
        label->show();
        QWidget *field = m_fields.value(issue.field);
        field->setAccessibleDescription(issue.message);
        if (!first)
            first = field;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return elsewhere;
}
