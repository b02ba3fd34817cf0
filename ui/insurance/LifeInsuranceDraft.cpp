// LifeInsuranceForm, continued: the encrypted draft of a sale in progress.

#include "LifeInsuranceForm.h"

#include "BeneficiariesPart.h"
#include "CertificateViewer.h"
#include "DisplayFormat.h"
#include "DraftStore.h"
#include "PaymentPart.h"
#include "SaleInputs.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace SaleInputs;

namespace {

constexpr int draftVersion = 1;

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate fromIso(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

QString LifeInsuranceForm::draftName() const
{
    return DraftStore::nameFor(QStringLiteral("lifeInsurance"), m_client->environment().name(),
                               m_client->operatorSession().user);
}

void LifeInsuranceForm::openDrafts(bool offer)
{
    m_drafts->ensureOpen(this, [this, offer](DraftStore::KeyPlace place) {
        m_draftStatus->setText(place == DraftStore::KeyPlace::Keychain
                                   ? tr("This sale is saved as an encrypted draft as you go; card details are not kept.")
                                   : tr("No keyring: the draft of this sale is kept for this session only; card details "
                                        "are not kept."));
        if (offer) {
            offerDraft();
            emit draftsReady();
        } else if (!m_draftTimer->isActive()) {
            saveDraftNow(); // a save was asked for while the key was fetched
        }
    });
}

QWidget *LifeInsuranceForm::buildDraftOffer()
{
    auto *box = new QWidget(this);
    m_draftOffer = new QFrame(box);
    m_draftOffer->setObjectName(QStringLiteral("draftOffer"));
    m_draftOffer->setFrameShape(QFrame::StyledPanel);
    m_draftOfferText = new QLabel(m_draftOffer);
    m_draftOfferText->setObjectName(QStringLiteral("draftOfferText"));
    m_draftOfferText->setWordWrap(true);
    auto *restore = new QPushButton(tr("&Restore draft"), m_draftOffer);
    restore->setObjectName(QStringLiteral("restoreDraftButton"));
    auto *discard = new QPushButton(tr("Discard draft"), m_draftOffer);
    discard->setObjectName(QStringLiteral("discardDraftButton"));
    auto *offerLayout = new QHBoxLayout(m_draftOffer);
    offerLayout->addWidget(m_draftOfferText, 1);
    offerLayout->addWidget(restore);
    offerLayout->addWidget(discard);
    m_draftOffer->hide();
    m_draftStatus = new QLabel(box);
    m_draftStatus->setObjectName(QStringLiteral("draftStatus"));
    m_draftStatus->setWordWrap(true);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_draftOffer);
    layout->addWidget(m_draftStatus);
    connect(restore, &QPushButton::clicked, this, &LifeInsuranceForm::restoreDraft);
    connect(discard, &QPushButton::clicked, this, &LifeInsuranceForm::discardDraft);
    return box;
}

void LifeInsuranceForm::draftChanged()
{
    if (m_restoring || !m_drafts)
        return;
    m_draftDirty = true;
    m_draftTimer->start();
    // The first edit: the key is fetched now, so it is there to save.
    if (!m_drafts->isOpen() && !m_drafts->isOpening())
        openDrafts(false);
}

// Everything entered and received so far, except card details and the
// account number (PaymentPart::toDraft leaves them out).
QJsonObject LifeInsuranceForm::draft() const
{
    QJsonObject simulation{{QStringLiteral("product"), code(m_product)},
                           {QStringLiteral("channel"), code(m_channel)},
                           {QStringLiteral("birthDate"), isoDate(dateOf(m_birthDate))}};
    if (m_simulation) {
        simulation.insert(QStringLiteral("result"), m_simulation->toJson());
        simulation.insert(QStringLiteral("selectedPlan"), m_selectedPlan);
    }
    QJsonObject quote{{QStringLiteral("lookupType"), code(m_lookupType)},
                      {QStringLiteral("lookupNumber"), m_lookupNumber->text()},
                      {QStringLiteral("customerBankIdType"), m_customerBankIdType},
                      {QStringLiteral("personType"), code(m_personType)},
                      {QStringLiteral("idType"), code(m_idType)},
                      {QStringLiteral("idNumber"), m_idNumber->text()},
                      {QStringLiteral("firstName"), m_firstName->text()},
                      {QStringLiteral("middleName"), m_middleName->text()},
                      {QStringLiteral("lastName"), m_lastName->text()},
                      {QStringLiteral("secondLastName"), m_secondLastName->text()},
                      {QStringLiteral("gender"), code(m_gender)},
                      {QStringLiteral("email"), m_email->text()},
                      {QStringLiteral("phoneType"), code(m_phoneType)},
                      {QStringLiteral("areaCode"), m_areaCode->text()},
                      {QStringLiteral("phone"), m_phone->text()},
                      {QStringLiteral("office"), code(m_office)},
                      {QStringLiteral("frequency"), code(m_frequency)}};
    if (m_quote) {
        quote.insert(QStringLiteral("result"), m_quote->toJson());
        quote.insert(QStringLiteral("quoted"), m_quotedRequest.toJson());
    }
    QJsonObject issuing{{QStringLiteral("payment"), m_payment->toDraft()},
                        {QStringLiteral("address"), m_address->text()},
                        {QStringLiteral("addressCity"), m_addressCity->text()},
                        {QStringLiteral("beneficiaries"), m_beneficiaries->toDraft()}};
    if (m_policy)
        issuing.insert(QStringLiteral("policy"), m_policy->toJson());
    return {{QStringLiteral("version"), draftVersion},
            {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("step"), currentStep()},
            {QStringLiteral("simulation"), simulation},
            {QStringLiteral("quote"), quote},
            {QStringLiteral("issuing"), issuing}};
}

void LifeInsuranceForm::saveDraftNow()
{
    if (!m_drafts || !m_draftTimer)
        return;
    m_draftTimer->stop();
    // Nothing entered yet, a restore in progress, or an earlier draft still
    // waiting for Restore/Discard: that one is not overwritten.
    if (m_restoring || !m_draftDirty || !m_draftOffer->isHidden())
        return;
    if (!m_drafts->isOpen()) {
        // The first draft: only now is the key needed. Saved once it is there.
        openDrafts(false);
        return;
    }
    if (m_drafts->save(draftName(), draft())) {
        m_draftDirty = false;
        emit draftSaved();
    }
}

void LifeInsuranceForm::removeDraft()
{
    if (!m_drafts)
        return;
    m_draftTimer->stop();
    m_draftDirty = false;
    m_drafts->remove(draftName());
    m_draftOffer->hide();
}

void LifeInsuranceForm::offerDraft()
{
    if (m_drafts->hasDraftNeedingKeychain(draftName())) {
        m_banner->showMessage(MessageBanner::Type::Warning,
                              tr("A draft of a sale saved earlier is kept, but it can only be opened with the keyring, "
                                 "which is not available now. Unlock the keyring and open Life insurance again."));
    }
    const auto saved = m_drafts->load(draftName());
    if (!saved) {
        // A session-only draft of an earlier run: its key died with that run.
        if (m_drafts->exists(draftName()) && m_drafts->keyPlace() == DraftStore::KeyPlace::MemoryOnly)
            m_drafts->remove(draftName());
        return;
    }
    const QJsonObject quote = saved->value(QStringLiteral("quote")).toObject();
    const QString name = QStringList{quote.value(QStringLiteral("firstName")).toString(),
                                     quote.value(QStringLiteral("lastName")).toString()}
                             .join(QLatin1Char(' '))
                             .trimmed();
    const QDateTime savedAt = QDateTime::fromString(saved->value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
    const int step = saved->value(QStringLiteral("step")).toInt();
    QString text = tr("A sale in progress%1 was saved %2 at step %3. Restore it to continue there (card details "
                      "are not kept: enter them again).")
                       .arg(name.isEmpty() ? QString() : tr(" for %1").arg(name),
                            DisplayFormat::dateTime(savedAt.toLocalTime()))
                       .arg(step + 1);
    if (saved->value(QStringLiteral("issuing")).toObject().contains(QStringLiteral("policy")))
        text += QLatin1Char(' ') + tr("Its policy was already issued: restoring leads to the certificate.");
    m_draftOfferText->setText(text);
    m_draftOffer->show();
}

void LifeInsuranceForm::restoreDraft()
{
    const auto saved = m_drafts->load(draftName());
    m_draftOffer->hide();
    if (!saved || m_busy)
        return;
    m_restoring = true;
    const QJsonObject simulation = saved->value(QStringLiteral("simulation")).toObject();
    const QJsonObject quote = saved->value(QStringLiteral("quote")).toObject();
    const QJsonObject issuing = saved->value(QStringLiteral("issuing")).toObject();

    // Step 1, then its result and the chosen plan.
    select(m_product, simulation.value(QStringLiteral("product")).toString());
    select(m_channel, simulation.value(QStringLiteral("channel")).toString());
    setDate(m_birthDate, fromIso(simulation.value(QStringLiteral("birthDate"))));
    if (const auto result = SimulationResult::fromJson(simulation.value(QStringLiteral("result")).toObject());
        result && !result->plans.isEmpty()) {
        m_simulation = *result;
        showPlans();
        const int plan = simulation.value(QStringLiteral("selectedPlan")).toInt(-1);
        if (plan >= 0 && plan < m_simulation->plans.size())
            m_planTable->selectColumn(plan);
    }

    // Step 2, then the quote it got.
    select(m_lookupType, quote.value(QStringLiteral("lookupType")).toString());
    m_lookupNumber->setText(quote.value(QStringLiteral("lookupNumber")).toString());
    m_customerBankIdType = quote.value(QStringLiteral("customerBankIdType")).toString();
    select(m_personType, quote.value(QStringLiteral("personType")).toString());
    select(m_idType, quote.value(QStringLiteral("idType")).toString());
    m_idNumber->setText(quote.value(QStringLiteral("idNumber")).toString());
    m_firstName->setText(quote.value(QStringLiteral("firstName")).toString());
    m_middleName->setText(quote.value(QStringLiteral("middleName")).toString());
    m_lastName->setText(quote.value(QStringLiteral("lastName")).toString());
    m_secondLastName->setText(quote.value(QStringLiteral("secondLastName")).toString());
    const QString gender = quote.value(QStringLiteral("gender")).toString();
    if (gender.isEmpty())
        m_gender->setCurrentIndex(-1);
    else
        select(m_gender, gender);
    m_email->setText(quote.value(QStringLiteral("email")).toString());
    select(m_phoneType, quote.value(QStringLiteral("phoneType")).toString());
    m_areaCode->setText(quote.value(QStringLiteral("areaCode")).toString());
    m_phone->setText(quote.value(QStringLiteral("phone")).toString());
    select(m_office, quote.value(QStringLiteral("office")).toString());
    select(m_frequency, quote.value(QStringLiteral("frequency")).toString());
    m_insuredBirthDate->setDate(m_birthDate->date());
    if (const auto result = QuoteResult::fromJson(quote.value(QStringLiteral("result")).toObject());
        result && m_selectedPlan >= 0) {
        m_quote = *result;
        m_quotedRequest = QuoteRequest::fromJson(quote.value(QStringLiteral("quoted")).toObject());
        showQuote();
    }

    // Step 3 and, when issued, the policy.
    m_payment->restoreDraft(issuing.value(QStringLiteral("payment")).toObject());
    m_address->setText(issuing.value(QStringLiteral("address")).toString());
    m_addressCity->setText(issuing.value(QStringLiteral("addressCity")).toString());
    m_beneficiaries->restoreDraft(issuing.value(QStringLiteral("beneficiaries")).toArray());
    if (const auto policy = IssuingResult::fromJson(issuing.value(QStringLiteral("policy")).toObject());
        policy && m_quote && !policy->policyId.isEmpty()) {
        m_policy = *policy;
        showPolicy();
    }
    m_restoring = false;

    // Resume where it was left, as far as what was restored allows.
    int step = qBound(int(SimulationStep), saved->value(QStringLiteral("step")).toInt(), int(CertificateStep));
    if (m_policy)
        step = qMax(step, int(IssuingStep));
    else if (!m_quote)
        step = qMin(step, m_selectedPlan >= 0 ? int(QuoteStep) : int(SimulationStep));
    else
        step = qMin(step, int(IssuingStep));
    if (step == IssuingStep)
        m_beneficiaries->ensureOne();
    setStep(step);
    m_banner->showMessage(MessageBanner::Type::Information,
                          m_policy ? tr("Draft restored: policy %1 was issued; continue with Next for the certificate.")
                                         .arg(m_policy->policyId)
                                   : tr("Draft restored at step %1. Card details were not kept: enter them again.")
                                         .arg(step + 1));
    if (step == CertificateStep && !m_viewer->hasCertificate())
        downloadCertificate();
}

void LifeInsuranceForm::discardDraft()
{
    removeDraft();
    m_banner->showMessage(MessageBanner::Type::Information, tr("The saved draft was discarded."));
}
