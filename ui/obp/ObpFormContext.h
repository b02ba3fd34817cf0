#pragma once

#include "ApiClient.h"
#include "ObpApi.h"
#include "ObpCustomer.h"
#include "widgets/FormCall.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

#include "widgets/MessageBanner.h"
class QLabel;
class QMessageBox;
class QWidget;

// What the OBP customers tabs share: the API (and its DirectLogin session),
// the bank chosen in the connection bar, the banner, one call at a time with
// its busy indicator and Cancel, and the customer on screen.
class ObpFormContext : public QObject
{
    Q_OBJECT
public:
    ObpFormContext(ObpApi *api, MessageBanner *banner, std::function<QString()> bankId, QObject *parent = nullptr);

    ObpApi *api() const { return m_api; }
    MessageBanner *banner() const { return m_banner; }
    QString bankId() const { return m_bankId().trimmed(); }

    bool isBusy() const { return m_busy; }
    void cancel();

    // Runs `call` unless another runs: busy on, then `ok` with the result, or
    // the error in the banner (OBP code and what to do). `context` bounds the
    // callback (a closed tab hears nothing).
    // NotIdempotent: a create or delete whose answer was lost may have been
    // done; the teller is told to look before trying again.
    enum class Changes { Idempotent, NotIdempotent };

    template <typename T>
    void run(const PendingCall<T> &call, QObject *context, const QString &doing, std::function<void(const T &)> ok,
             Changes changes = Changes::Idempotent)
    {
        if (!call.operation())
            return;
        const QPointer<QObject> receiver = context;
        m_call.await(
            doing, call,
            [receiver, ok](const T &value) {
                if (receiver)
                    ok(value);
            },
            [this, receiver, changes](const ApiError &error) {
                if (!receiver)
                    return;
                if (changes == Changes::NotIdempotent && outcomeUnknown(error))
                    showUnknownOutcome(error);
                else
                    showError(error);
            });
    }

    // The next run() leaves the banner as it is (a load the teller did not
    // ask for must not wipe the outcome they are reading).
    void keepBannerOnce() { m_keepBanner = true; }

    void showError(const ApiError &error);
    // The teller's explanation of an OBP error (OBP-20006 names the roles,
    // the user and the bank).
    QString explain(const ApiError &error) const;
    void showDone(const QString &text, const QString &detail = {});
    static bool outcomeUnknown(const ApiError &error);
    void showUnknownOutcome(const ApiError &error);

    // Asks `question` (Yes/No, No by default) in a window-modal box on
    // `parent`; on Yes runs `confirmed`, else shows `declined` in the banner.
    // `pending` holds the box while it is open (the tab's guard against a
    // second one), and is cleared when it is answered.
    void confirm(QWidget *parent, QMessageBox *&pending, const char *objectName, const QString &title,
                 const QString &question, const QString &declined, std::function<void()> confirmed);

    const ObpCustomer &customer() const { return m_customer; }
    bool hasCustomer() const { return !m_customer.customerId.isEmpty(); }
    // The bank of the customer on screen (a list may span banks), else the chosen one.
    QString customerBankId() const { return m_customer.bankId.isEmpty() ? bankId() : m_customer.bankId; }
    void setCustomer(const ObpCustomer &customer);

signals:
    void busyChanged(bool busy, const QString &doing);
    void customerChanged();
    // A tab asks to show the customer detail pane.
    void showCustomerRequested();

private:
    void setBusy(bool busy, const QString &doing);

    ObpApi *m_api;
    QPointer<MessageBanner> m_banner;
    std::function<QString()> m_bankId;
    bool m_busy = false;
    bool m_keepBanner = false;
    FormCall m_call;
    ObpCustomer m_customer;
};

// The field-level messages of one tab: each wire field ("legal_name") with
// its input and its error label under it.
class ObpFieldErrors
{
public:
    void add(const QString &field, QWidget *input, QLabel *label);
    // Shows each issue at its field and focuses the first; returns the
    // messages that have no field here (for the banner).
    QStringList show(const FieldIssues &issues);
    void clear();

private:
    struct Entry
    {
        QPointer<QWidget> input;
        QPointer<QLabel> label;
    };
    QHash<QString, Entry> m_fields;
    QStringList m_order;
};
