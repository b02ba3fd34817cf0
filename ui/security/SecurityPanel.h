#pragma once

#include "ApiClient.h"
#include "FieldIssue.h"
#include "SecurityApi.h"
#include "widgets/FormCall.h"
#include "widgets/MessageBanner.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

// What the smaller security panels (challenge v1, authentication level and
// channel, correspondent payout) share: their own banner for outcomes with
// the bank's code and TxId, fields with their message underneath, one call at
// a time with a spinner and Cancel (Esc), and the customer's identification.
// Object names get the panel's prefix so several panels can live in one form.
class SecurityPanel : public QWidget
{
    Q_OBJECT
public:
    SecurityPanel(ApiClient *client, const QString &prefix, QWidget *parent = nullptr);
    ~SecurityPanel() override;

    bool isBusy() const { return m_call.isRunning(); }
    void cancel();

signals:
    void busyChanged(bool busy);

protected:
    QString name(const char *suffix) const;
    // A labelled row whose message for wire field `wire` shows under `field`.
    void addField(QFormLayout *form, const QString &caption, const QString &wire, QWidget *field);
    // Identification type and number in one row (wire govIssueIdentType / identSerialNum).
    void addIdentification(QFormLayout *form, const QString &caption);
    QString identificationType() const;
    QString identificationNumber() const;
    // The submit button (Ctrl+Enter) with the spinner and Cancel beside it.
    QPushButton *addSubmitRow(QVBoxLayout *layout, const QString &text);
    QLineEdit *lineEdit(const char *suffix, const QString &accessibleName, int maxLength, bool digitsOnly = false);

    void clearIssues();
    // Shows `issues` at their fields (others in the banner); false when empty.
    bool showIssues(const FieldIssues &issues);
    void showError(const ApiError &error);
    virtual void applyBusy(bool busy);

    template <typename T, typename Handler>
    void await(const PendingCall<T> &call, Handler handler)
    {
        m_call.await(call, std::move(handler));
    }

    SecurityApi m_api;
    MessageBanner *m_banner = nullptr;

private:
    void setBusy(bool busy);

    QString m_prefix;
    FormCall m_call;
    QComboBox *m_identificationType = nullptr;
    QLineEdit *m_identificationNumber = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QHash<QString, QLabel *> m_errors; // by wire field
    QHash<QString, QWidget *> m_fields;
};
