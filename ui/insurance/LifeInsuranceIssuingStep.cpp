// LifeInsuranceForm, continued: step 3, issuing (payment, address,
// beneficiaries). Confirmed first, and never resent on its own.

#include "LifeInsuranceForm.h"

#include "BeneficiariesPart.h"
#include "DisplayFormat.h"
#include "PaymentPart.h"
#include "SaleInputs.h"
#include "widgets/MessageBanner.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace SaleInputs;
using DisplayFormat::money;

QWidget *LifeInsuranceForm::buildIssuingStep()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("issuingStep"));

    m_payment = new PaymentPart(&m_errors, page);

    auto *addressBox = new QGroupBox(tr("Insured's address"), page);
    m_address = lineEdit(QStringLiteral("address"), tr("Address"), addressBox, 45);
    m_addressCity = lineEdit(QStringLiteral("addressCity"), tr("City code"), addressBox, 5);
    m_addressCity->setPlaceholderText(tr("e.g. 11001"));
    auto *addressForm = new QFormLayout(addressBox);
    addRow(addressForm, tr("Addr&ess:"), m_address, field(m_address, QStringLiteral("personInfo.contactInfo.postAddr.addr1")));
    addRow(addressForm, tr("&City code:"), m_addressCity, field(m_addressCity, QStringLiteral("personInfo.contactInfo.postAddr.cityId")));

    m_beneficiaries = new BeneficiariesPart(&m_errors, page);

    m_issueButton = new QPushButton(tr("&Issue policy\u2026"), page);
    m_issueButton->setObjectName(QStringLiteral("issueButton"));
    m_issueButton->setProperty("submitsForm", true); // Ctrl+Enter
    m_issueButton->setAutoDefault(true);
    m_policySummary = new QLabel(page);
    m_policySummary->setObjectName(QStringLiteral("policySummary"));
    m_policySummary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_payment);
    left->addWidget(addressBox);
    left->addStretch(1);
    columns->addLayout(left, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_beneficiaries, 1);
    right->addWidget(m_issueButton, 0, Qt::AlignLeft);
    right->addWidget(m_policySummary);
    columns->addLayout(right, 1);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(SaleInputs::heading(tr("3. Issuing"), page));
    layout->addLayout(columns, 1);

    connect(m_issueButton, &QPushButton::clicked, this, &LifeInsuranceForm::issue);
    return page;
}

IssuingRequest LifeInsuranceForm::issuingRequest() const
{
    // What was quoted, not what the inputs say now: issuing references it.
    IssuingRequest request = issuingRequestFor(m_quotedRequest, m_quote ? m_quote->pmtAuthId : QString(), *m_payment,
                                               m_address->text().trimmed(), m_addressCity->text().trimmed());
    request.beneficiaries = m_beneficiaries->beneficiaries();
    return request;
}

void LifeInsuranceForm::issue()
{
    if (m_busy || !m_quote || m_policy)
        return;
    m_banner->clear();
    m_payment->maskCardNumber();
    const IssuingRequest request = issuingRequest();
    if (showIssues(request.validate()))
        return;
    // A decision, so a dialog; open() keeps the event loop unnested.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Issue the policy?"),
                                tr("Issue the policy for %1 with quote %2, premium %3?\n\nThe policy is created at the "
                                   "insurer and the premium will be charged; this cannot be undone here.")
                                    .arg(request.person.fullName, request.pmtAuthId, money(m_quote->premium)),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("issueConfirmation"));
    box->setDefaultButton(QMessageBox::No);
    box->button(QMessageBox::Yes)->setText(tr("&Issue policy"));
    box->button(QMessageBox::No)->setText(tr("&Not yet"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            issueConfirmed();
    });
    box->open();
}

void LifeInsuranceForm::issueConfirmed()
{
    if (m_busy || !m_quote || m_policy)
        return;
    const IssuingRequest request = issuingRequest();
    if (showIssues(request.validate()))
        return;
    const PendingCall<IssuingResult> call = m_policyApi.lifeIssuing(request);
    const auto failed = [this](const ApiError &error) {
        // Never resent on its own: after a lost answer the policy may exist.
        if (error.kind == ApiError::Kind::Timeout || error.kind == ApiError::Kind::Network
            || error.kind == ApiError::Kind::MalformedReply) {
            m_banner->showMessage(MessageBanner::Type::Error,
                                  tr("No clear answer came back from issuing. The insurer may have issued the policy: "
                                     "check with the back office before issuing this quote again."),
                                  tr("Reference for support: %1").arg(error.supportReference()));
        } else if (error.kind == ApiError::Kind::NotFound) {
            showError(error, tr("The insurer does not know this quote; go back and quote again."));
        } else {
            showError(error, tr("The policy was not issued."));
        }
    };
    m_call.await(tr("Issuing the policy\u2026"), call, [this](const IssuingResult &reply) {
        m_policy = reply;
        showPolicy();
        updateButtons();
        // Kept (without card details) until the certificate is shown, so a
        // restart still leads to it and never back to issuing.
        draftChanged();
        saveDraftNow();
    }, failed);
}

void LifeInsuranceForm::showPolicy()
{
    const IssuingResult &p = *m_policy;
    m_policySummary->setText(tr("Policy number: %1\nCertificate: %2\nValid from %3 to %4\nPremium: %5\nTaxes: %6\nCharge: %7")
                                 .arg(p.policyId, p.certCode, DisplayFormat::date(p.effDt), DisplayFormat::date(p.endDt),
                                      money(p.insuranPremiumValue), money(p.taxes), p.trnRquId));
    m_certificateSummary->setText(tr("Policy %1, certificate %2").arg(p.policyId, p.certCode));
    m_banner->showMessage(MessageBanner::Type::Positive,
                          tr("Policy %1 issued (certificate %2). Continue with Next for the certificate.").arg(p.policyId, p.certCode));
    // The card number is not needed any more.
    m_payment->forgetCardNumber();
}
