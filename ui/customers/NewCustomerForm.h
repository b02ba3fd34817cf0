#pragma once

#include "ApiClient.h"
#include "CustomerCodeTables.h"
#include "CustomerCreateRequest.h"
#include "CustomerCreateResponse.h"
#include "CustomersApi.h"
#include "FieldIssue.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class CredentialStore;
class DraftStore;
class Journal;
class MessageBanner;
class QButtonGroup;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTimer;

// Workflow "New customer": customers-management "Create Customer and
// Account" and, once the account exists, the data-protection consent
// ("Updata Personal Secure Data Management").
//
// Steps: the form (every field of the request, checked at the field as the
// adviser types) -> duplicate check (basic data v4 by ID) -> confirmation
// summary -> create -> result, consent and receipt.
//
// What must never happen here: input lost (an encrypted draft is saved as
// the adviser types and offered back; it is deleted only after a confirmed
// create), and a create sent twice without the adviser knowing (an unknown
// outcome is never re-sent automatically; a resend reuses the original
// X-Invoker-TxId).
//
// Implemented in parts: NewCustomerForm.cpp (frame, values, validation),
// NewCustomerEntryPage, NewCustomerConfirmation, NewCustomerOutcome (unknown
// outcome, resend), NewCustomerResult (consent, receipt), NewCustomerDraft;
// the field table is NewCustomerFields. tr() keeps the context NewCustomerForm.
class NewCustomerForm : public QWidget
{
    Q_OBJECT
public:
    enum class Step { Entry, Confirmation, Result };
    enum class Submission { None, Sending, OutcomeUnknown, Created };

    // `credentials` keeps the drafts' key (null: memory-only key); `journal`
    // may be null. `draftDirectory` empty: DraftStore::defaultDirectory().
    NewCustomerForm(ApiClient *client, CredentialStore *credentials, Journal *journal, QWidget *parent = nullptr,
                    const QString &draftDirectory = {});
    ~NewCustomerForm() override;

    CustomerCreateRequest request() const;
    Step step() const;
    Submission submission() const { return m_submission; }
    bool isBusy() const { return m_busy; }
    QString pendingTransactionId() const { return m_transactionId; }
    const std::optional<CustomerCreateResponse> &createdAccount() const { return m_created; }
    DraftStore *drafts() const { return m_drafts; }
    QString draftName() const;
    // The receipt of the created account (empty before).
    QByteArray receiptPdf() const;

    // Sets a field by wire path as if typed (tests, draft restore).
    void setFieldValue(const QString &path, const QString &value);

    void continueToConfirmation();
    void submit();
    void checkStatus();
    void sendAgain();
    void sendConsent();
    void restoreDraft();
    void discardDraft();
    void startOver();

protected:
    // Esc stops a running duplicate or status check (a lookup: safe to
    // stop). A create is never stopped: its outcome would become unknown.
    void keyPressEvent(QKeyEvent *event) override;

signals:
    void busyChanged(bool busy);
    // The draft check at construction is done: a draft, if any, is offered
    // (the store is open then); without one the store stays closed until the
    // first draft is saved.
    void draftsReady();
    void draftSaved();
    // The adviser asks to see an existing customer in "Customer lookup".
    void openLookupRequested(const QString &govIssueIdentType, const QString &identSerialNum);

private:
    struct Field
    {
        QString path;
        QWidget *input = nullptr; // QLineEdit or QComboBox
        QLabel *error = nullptr;
        QString label;
    };

    void buildUi();
    QWidget *buildEntryPage();
    QWidget *buildConfirmationPage();
    QWidget *buildResultPage();
    void addSection(QWidget *page, class QVBoxLayout *layout, const QString &title,
                    const QList<QPair<QString, QString>> &fields);
    QWidget *makeInput(const QString &path, QWidget *parent);
    QString fieldValue(const Field &field) const;
    void applyDefaults();
    void fieldEdited(const QString &path);
    void revalidate(bool showAll);
    void showIssues(const FieldIssues &issues, bool showAll);
    void setBusy(bool busy, const QString &what = {});
    void goTo(Step step);
    void fillSummary();
    void handleDuplicateCheck(const Result<CustomerBasicData> &result);
    void handleCreateResult(const Result<CustomerCreateResponse> &result);
    void handleStatus(const Result<CustomerBasicData> &result);
    void showCreated(const CustomerCreateResponse &response);
    void showOutcomeUnknown(const ApiError &error, bool journal = true);
    void showServerRejection(const ApiError &error);
    void sendCreate(const QString &transactionId);
    void openDrafts(bool offer);
    void saveDraftNow();
    void offerDraft();
    void journalNote(const QString &operation, const QString &outcome);
    void previewReceipt();
    void saveReceipt();
    void printReceipt();
    QString supportDetail(const ApiError &error) const;

    ApiClient *m_client;
    CustomersApi m_api;
    Journal *m_journal;
    DraftStore *m_drafts;
    QTimer *m_draftTimer;
    QList<Field> m_fields;
    QHash<QString, int> m_fieldIndex;
    QSet<QString> m_touched;
    bool m_restoring = false;
    bool m_draftOffered = false;

    PendingCall<CustomerBasicData> m_lookupCall;
    PendingCall<CustomerCreateResponse> m_createCall;
    PendingCall<bool> m_consentCall;
    quint64 m_callId = 0;
    bool m_busy = false;
    Submission m_submission = Submission::None;
    QString m_transactionId; // X-Invoker-TxId of the submission in progress or unknown
    CustomerCreateRequest m_submitted;
    std::optional<CustomerCreateResponse> m_created;
    QDateTime m_createdAt;

    MessageBanner *m_banner = nullptr;
    QFrame *m_draftOffer = nullptr;
    QLabel *m_draftOfferText = nullptr;
    QLabel *m_draftStatus = nullptr;
    QStackedWidget *m_pages = nullptr;
    QScrollArea *m_entryScroll = nullptr;
    QPushButton *m_continueButton = nullptr;
    QPushButton *m_openLookupButton = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_checkStatusButton = nullptr;
    QPushButton *m_sendAgainButton = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QLabel *m_busyLabel = nullptr;
    QLabel *m_resultText = nullptr;
    QList<QButtonGroup *> m_consentAnswers;
    QPushButton *m_consentButton = nullptr;
    QLabel *m_consentStatus = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_saveReceiptButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_newCustomerButton = nullptr;
};
