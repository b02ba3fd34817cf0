// NewCustomerForm, continued: the encrypted draft of the entries (and of a
// submission whose outcome is unknown).

#include "NewCustomerForm.h"

#include "DisplayFormat.h"
#include "DraftStore.h"
#include "widgets/MessageBanner.h"

#include <QFrame>
#include <QLabel>
#include <QTimer>

namespace {

const QString draftFormName = QStringLiteral("newCustomer");

} // namespace

QString NewCustomerForm::draftName() const
{
    return DraftStore::nameFor(draftFormName, m_client->environment().name(), m_client->operatorSession().user);
}

void NewCustomerForm::openDrafts(bool offer)
{
    m_drafts->ensureOpen(this, [this, offer](DraftStore::KeyPlace place) {
        m_draftStatus->setText(place == DraftStore::KeyPlace::Keychain
                                   ? tr("Drafts are saved encrypted as you type.")
                                   : tr("No keyring: drafts are kept encrypted for this session only — they survive "
                                        "closing the form, not restarting BranchDesk."));
        if (offer) {
            offerDraft();
            emit draftsReady();
        } else if (!m_draftTimer->isActive()) {
            saveDraftNow(); // a save was asked for while the key was fetched
        }
    });
}

void NewCustomerForm::saveDraftNow()
{
    m_draftTimer->stop();
    if (m_submission == Submission::Created)
        return;
    // An earlier draft waiting for Restore/Discard is not overwritten by new
    // typing; a submission (its transaction id) always wins.
    if (!m_draftOffer->isHidden() && m_submission == Submission::None)
        return;
    const CustomerCreateRequest r = request();
    if (r.isEmpty())
        return;
    if (!m_drafts->isOpen()) {
        // The first draft: only now is the key needed. Saved once it is there.
        openDrafts(false);
        return;
    }
    QJsonObject draft{{QStringLiteral("version"), 1},
                      {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                      {QStringLiteral("values"), r.toDraft()}};
    if (!m_transactionId.isEmpty() && m_submission != Submission::None) {
        draft.insert(QStringLiteral("submission"),
                     QJsonObject{{QStringLiteral("transactionId"), m_transactionId},
                                 {QStringLiteral("values"), m_submitted.toDraft()}});
    }
    if (m_drafts->save(draftName(), draft))
        emit draftSaved();
}

void NewCustomerForm::offerDraft()
{
    if (m_drafts->hasDraftNeedingKeychain(draftName())) {
        // Never deleted: it opens again once the keyring is back.
        m_banner->showMessage(MessageBanner::Type::Warning,
                              tr("A draft saved earlier is kept, but it can only be opened with the keyring, which is "
                                 "not available now. Unlock the keyring and open New customer again to get it back."));
    }
    const auto draft = m_drafts->load(draftName());
    if (!draft) {
        // A session-only draft of an earlier run: its key died with that run.
        if (m_drafts->exists(draftName()) && m_drafts->keyPlace() == DraftStore::KeyPlace::MemoryOnly)
            m_drafts->remove(draftName());
        return;
    }
    const QDateTime savedAt = QDateTime::fromString(draft->value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
    const CustomerCreateRequest saved = CustomerCreateRequest::fromDraft(draft->value(QStringLiteral("values")).toObject());
    QString text = tr("A draft for %1 saved %2 was found.")
                       .arg(saved.fullName().isEmpty() ? tr("a new customer") : saved.fullName(),
                            DisplayFormat::dateTime(savedAt.toLocalTime()));
    if (draft->contains(QStringLiteral("submission"))) {
        text += QLatin1Char(' ')
                + tr("It was SENT (transaction %1) and the bank's answer never arrived: restore it and use "
                     "“Check status” before anything else.")
                      .arg(draft->value(QStringLiteral("submission")).toObject().value(QStringLiteral("transactionId")).toString());
    }
    m_draftOfferText->setText(text);
    m_draftOffer->show();
    m_draftOffered = true;
}

void NewCustomerForm::restoreDraft()
{
    const auto draft = m_drafts->load(draftName());
    m_draftOffer->hide();
    if (!draft)
        return;
    const CustomerCreateRequest saved = CustomerCreateRequest::fromDraft(draft->value(QStringLiteral("values")).toObject());
    m_restoring = true;
    for (const Field &field : m_fields)
        setFieldValue(field.path, saved.value(field.path));
    m_restoring = false;
    for (const QString &path : saved.values().keys())
        m_touched.insert(path);
    revalidate(false);
    const QJsonObject submission = draft->value(QStringLiteral("submission")).toObject();
    if (!submission.isEmpty()) {
        m_transactionId = submission.value(QStringLiteral("transactionId")).toString();
        m_submitted = CustomerCreateRequest::fromDraft(submission.value(QStringLiteral("values")).toObject());
        m_submission = Submission::OutcomeUnknown;
        fillSummary();
        goTo(Step::Confirmation);
        showOutcomeUnknown(ApiError::make(ApiError::Kind::Network), false);
    }
}

void NewCustomerForm::discardDraft()
{
    m_drafts->remove(draftName());
    m_draftOffer->hide();
}
