// NewCustomerForm, continued: a create whose outcome is unknown: status check,
// sending again with the same X-Invoker-TxId, and the journal notes of both.

#include "NewCustomerForm.h"

#include "Journal.h"
#include "widgets/MessageBanner.h"

#include <QPushButton>

void NewCustomerForm::showOutcomeUnknown(const ApiError &error, bool journal)
{
    m_submission = Submission::OutcomeUnknown;
    saveDraftNow();
    if (journal)
        journalNote(QStringLiteral("customers.create.outcomeUnknown"), error.outcomeCode());
    m_createButton->setEnabled(false);
    m_checkStatusButton->show();
    m_sendAgainButton->show();
    m_checkStatusButton->setFocus(Qt::OtherFocusReason);
    m_banner->showMessage(
        MessageBanner::Type::Warning,
        tr("The bank did not confirm the create (%1). The customer may or may not have been created, so nothing will "
           "be sent again by itself. Use “Check status” first; then decide whether to send again.")
            .arg(error.kind == ApiError::Kind::Network ? tr("the connection closed before the answer")
                                                       : ApiClient::connectionProblem(error)),
        tr("Transaction %1. %2").arg(m_transactionId, supportDetail(error)));
}

void NewCustomerForm::checkStatus()
{
    if (m_busy)
        return;
    const quint64 callId = ++m_callId;
    setBusy(true, tr("Checking whether the customer exists\u2026"));
    m_lookupCall = m_api.basicData(
        CustomerBasicDataQuery::byIdentification(m_submitted.govIssueIdentType(), m_submitted.identSerialNum()));
    m_lookupCall.then(this, [this, callId](const Result<CustomerBasicData> &result) {
        if (callId != m_callId)
            return;
        handleStatus(result);
    });
}

void NewCustomerForm::handleStatus(const Result<CustomerBasicData> &result)
{
    setBusy(false);
    if (result.ok()) {
        journalNote(QStringLiteral("customers.create.resolution"), QStringLiteral("customer-exists"));
        m_banner->showMessage(MessageBanner::Type::Information,
                              tr("The customer now exists (%1): the create went through. To get the account number, "
                                 "send again: it reuses transaction %2, so the bank answers with the first result and "
                                 "creates nothing twice.")
                                  .arg(result.value().displayName(), m_transactionId));
        m_sendAgainButton->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (result.error().kind == ApiError::Kind::NotFound) {
        journalNote(QStringLiteral("customers.create.resolution"), QStringLiteral("customer-not-found"));
        m_banner->showMessage(MessageBanner::Type::Warning,
                              tr("No customer with this identification yet: the create has not gone through (or is "
                                 "still being processed). You may send again; it reuses transaction %1.")
                                  .arg(m_transactionId));
        return;
    }
    m_banner->showMessage(MessageBanner::Type::Error,
                          tr("The status could not be checked. %1 The outcome is still unknown.")
                              .arg(result.error().userMessage()),
                          supportDetail(result.error()));
}

void NewCustomerForm::sendAgain()
{
    if (m_busy || m_submission != Submission::OutcomeUnknown)
        return;
    journalNote(QStringLiteral("customers.create.resolution"), QStringLiteral("resent-same-txid"));
    sendCreate(m_transactionId);
}

void NewCustomerForm::journalNote(const QString &operation, const QString &outcome)
{
    if (!m_journal)
        return;
    JournalEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.operatorId = m_client->operatorSession().user;
    entry.environment = m_client->environment().name();
    entry.operation = operation;
    entry.transactionId = m_transactionId;
    entry.outcome = outcome;
    entry.subject = m_submitted.identSerialNum();
    m_journal->record(entry);
}
