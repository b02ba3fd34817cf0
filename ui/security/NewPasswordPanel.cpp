#include "NewPasswordPanel.h"

#include "widgets/FormParts.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

NewPasswordPanel::NewPasswordPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("newPasswordPanel"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    m_gate = new QLabel(this);
    m_gate->setObjectName(QStringLiteral("verificationState"));
    m_gate->setWordWrap(true);
    m_gate->setTextFormat(Qt::PlainText);
    form->addRow(m_gate);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_password->setAccessibleName(tr("New password (hidden)"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(64);
    m_password->setMinimumWidth(280);
    m_rules = new QLabel(this);
    m_rules->setObjectName(QStringLiteral("policyLabel"));
    m_rules->setWordWrap(true);
    m_rules->setTextFormat(Qt::PlainText);
    // The rules get their own row: a wrapped label nested deeper is cut short.
    m_rules->setMinimumWidth(480);
    auto *passwordLabel = new QLabel(tr("New pa&ssword:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    form->addRow(QString(), m_rules);

    m_confirmation = new QLineEdit(this);
    m_confirmation->setObjectName(QStringLiteral("confirmPassword"));
    m_confirmation->setAccessibleName(tr("New password again (hidden)"));
    m_confirmation->setEchoMode(QLineEdit::Password);
    m_confirmation->setMaxLength(64);
    m_confirmation->setMinimumWidth(280);
    m_confirmationError = FormParts::fieldErrorLabel(QStringLiteral("confirmPasswordError"), this);
    auto *confirmationLabel = new QLabel(tr("&Repeat it:"), this);
    confirmationLabel->setBuddy(m_confirmation);
    form->addRow(confirmationLabel, m_confirmation);
    form->addRow(QString(), m_confirmationError);

    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("setPasswordButton"));
    m_submit->setProperty("submitsForm", true); // Ctrl+Enter
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_submit);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);

    connect(m_password, &QLineEdit::textChanged, this, &NewPasswordPanel::update);
    connect(m_confirmation, &QLineEdit::textChanged, this, &NewPasswordPanel::update);
    setRecovery(false);
    setVerified(false);
}

void NewPasswordPanel::setIdentification(const QString &number)
{
    m_identification = number.trimmed();
    update();
}

void NewPasswordPanel::setRecovery(bool recovery)
{
    m_submit->setText(recovery ? tr("Re&cover password") : tr("&Create user"));
}

void NewPasswordPanel::setVerified(bool verified, const QString &who)
{
    m_verified = verified;
    m_gate->setText(verified ? tr("\u2713 Card verified for %1. Let the customer type the new password.").arg(who)
                             : tr("First verify the customer's card (step 1). The password can be set after that."));
    m_gate->setStyleSheet(verified ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #e65100;"));
    update();
}

void NewPasswordPanel::setBusy(bool busy)
{
    m_busy = busy;
    update();
}

QString NewPasswordPanel::password() const
{
    return m_password->text();
}

QList<PasswordPolicy::Violation> NewPasswordPanel::violations() const
{
    if (m_password->text().isEmpty())
        return {};
    return m_policy.check(m_password->text(), m_identification);
}

bool NewPasswordPanel::readyToSend() const
{
    return m_verified && !m_busy && !m_password->text().isEmpty() && violations().isEmpty()
           && m_confirmation->text() == m_password->text();
}

void NewPasswordPanel::clearPasswords()
{
    m_password->clear();
    m_confirmation->clear();
}

void NewPasswordPanel::update()
{
    const QString candidate = m_password->text();
    if (candidate.isEmpty()) {
        m_rules->setText(tr("Between %1 and %2 letters and digits, not starting with 0, no more than %3 repeated or "
                            "consecutive characters, not the identification number.")
                             .arg(m_policy.minLength)
                             .arg(m_policy.maxLength)
                             .arg(m_policy.maxRepeatedOrConsecutive));
        m_rules->setStyleSheet(QString());
    } else {
        QStringList lines;
        for (const PasswordPolicy::Violation &violation : violations())
            lines << tr("\u2717 %1 (bank rule %2)").arg(violation.message, violation.code);
        m_rules->setText(lines.isEmpty() ? tr("\u2713 The password meets the bank's policy.")
                                         : lines.join(QLatin1Char('\n')));
        m_rules->setStyleSheet(lines.isEmpty() ? QStringLiteral("color: #1b5e20;")
                                               : QStringLiteral("color: #b71c1c;"));
    }
    m_password->setAccessibleDescription(m_rules->text());
    const bool mismatch = !m_confirmation->text().isEmpty() && m_confirmation->text() != candidate;
    m_confirmationError->setText(tr("The two entries differ."));
    m_confirmationError->setVisible(mismatch);
    m_submit->setEnabled(readyToSend());
}
