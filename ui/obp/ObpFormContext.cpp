#include "ObpFormContext.h"

#include "widgets/MessageBanner.h"

#include <QLabel>
#include <QMessageBox>
#include <QWidget>

ObpFormContext::ObpFormContext(ObpApi *api, MessageBanner *banner, std::function<QString()> bankId, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_banner(banner)
    , m_bankId(std::move(bankId))
    , m_call(this, [this](bool busy, const QString &doing) { setBusy(busy, doing); },
             [this](const ApiError &error) { showError(error); })
{
}

void ObpFormContext::cancel()
{
    // The answer (Cancelled, or the bank's if it came first) still arrives.
    m_call.abort();
}

void ObpFormContext::setBusy(bool busy, const QString &doing)
{
    m_busy = busy;
    if (busy && m_banner && !m_keepBanner)
        m_banner->clear();
    m_keepBanner = false;
    emit busyChanged(busy, doing);
}

QString ObpFormContext::explain(const ApiError &error) const
{
    if (error.code == QLatin1String("OBP-20006")) {
        const QStringList roles = error.obpMissingRoles();
        const QString user = m_api->userName().isEmpty() ? tr("Your OBP user") : tr("The OBP user %1").arg(m_api->userName());
        if (!roles.isEmpty())
            return tr("%1 lacks the role %2 at bank %3. Ask your OBP administrator to grant it, then log in again.")
                .arg(user, roles.join(tr(" or ")), bankId());
    }
    return error.userMessage();
}

void ObpFormContext::showError(const ApiError &error)
{
    if (!m_banner)
        return;
    if (error.kind == ApiError::Kind::Cancelled) {
        m_banner->showMessage(MessageBanner::Type::Information, error.userMessage());
        return;
    }
    m_banner->showMessage(MessageBanner::Type::Error, explain(error),
                          tr("Reference for support: %1").arg(error.supportReference()));
}

bool ObpFormContext::outcomeUnknown(const ApiError &error)
{
    // The request may have left: no answer, a dropped connection, an
    // unreadable answer, a 5xx without OBP's message, or a cancel in flight.
    switch (error.kind) {
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Network:
    case ApiError::Kind::MalformedReply:
    case ApiError::Kind::Cancelled:
        return true;
    case ApiError::Kind::Server:
        return !error.isObp();
    default:
        return false;
    }
}

void ObpFormContext::showUnknownOutcome(const ApiError &error)
{
    if (m_banner)
        m_banner->showMessage(MessageBanner::Type::Warning,
                              tr("No answer from Open Bank Project: the change may or may not have been made. Look it "
                                 "up (Find or Lists) before trying once more; nothing is sent again by itself."),
                              tr("Reference for support: %1").arg(error.supportReference()));
}

void ObpFormContext::showDone(const QString &text, const QString &detail)
{
    if (m_banner)
        m_banner->showMessage(MessageBanner::Type::Positive, text, detail);
}

void ObpFormContext::confirm(QWidget *parent, QMessageBox *&pending, const char *objectName, const QString &title,
                             const QString &question, const QString &declined, std::function<void()> confirmed)
{
    // Window-modal and asynchronous (open(), not exec()): no nested event loop.
    auto *box = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No, parent);
    box->setObjectName(QString::fromLatin1(objectName));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    pending = box;
    // `pending` is a member of `parent`: the connection dies with it.
    connect(box, &QMessageBox::finished, parent, [this, &pending, declined, confirmed](int answer) {
        pending = nullptr;
        if (answer != QMessageBox::Yes) {
            if (m_banner)
                m_banner->showMessage(MessageBanner::Type::Information, declined);
            return;
        }
        confirmed();
    });
    box->open();
}

void ObpFormContext::setCustomer(const ObpCustomer &customer)
{
    m_customer = customer;
    emit customerChanged();
}

void ObpFieldErrors::add(const QString &field, QWidget *input, QLabel *label)
{
    m_fields.insert(field, {input, label});
    m_order << field;
}

QStringList ObpFieldErrors::show(const FieldIssues &issues)
{
    clear();
    QStringList unplaced;
    QHash<QString, QStringList> byField;
    for (const FieldIssue &issue : issues) {
        if (m_fields.contains(issue.field))
            byField[issue.field] << issue.message;
        else
            unplaced << issue.message;
    }
    bool focused = false;
    for (const QString &field : m_order) {
        if (!byField.contains(field))
            continue;
        const Entry &entry = m_fields[field];
        if (entry.label) {
            entry.label->setText(byField.value(field).join(QLatin1Char(' ')));
            entry.label->show();
        }
        if (!focused && entry.input) {
            entry.input->setFocus(Qt::OtherFocusReason);
            focused = true;
        }
    }
    return unplaced;
}

void ObpFieldErrors::clear()
{
    for (const Entry &entry : m_fields) {
        if (entry.label) {
            entry.label->clear();
            entry.label->hide();
        }
    }
}
