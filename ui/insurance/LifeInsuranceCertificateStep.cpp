// LifeInsuranceForm, continued: step 4, the certificate PDF (view, save, print).

#include "LifeInsuranceForm.h"

#include "CertificateViewer.h"
#include "SaleInputs.h"
#include "widgets/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

QWidget *LifeInsuranceForm::buildCertificateStep()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("certificateStep"));
    m_certificateSummary = new QLabel(page);
    m_certificateSummary->setObjectName(QStringLiteral("certificateSummary"));
    m_certificateButton = new QPushButton(tr("&Download certificate"), page);
    m_certificateButton->setObjectName(QStringLiteral("downloadCertificateButton"));
    m_certificateButton->setAutoDefault(true);
    m_viewer = new CertificateViewer(page);
    auto *row = new QHBoxLayout;
    row->addWidget(m_certificateSummary, 1);
    row->addWidget(m_certificateButton);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(SaleInputs::heading(tr("4. Certificate"), page));
    layout->addLayout(row);
    layout->addWidget(m_viewer, 1);
    connect(m_certificateButton, &QPushButton::clicked, this, &LifeInsuranceForm::downloadCertificate);
    connect(m_viewer, &CertificateViewer::saved, this, [this](const QString &path) {
        m_banner->showMessage(MessageBanner::Type::Positive, tr("Certificate saved as %1.").arg(path));
    });
    connect(m_viewer, &CertificateViewer::printed, this,
            [this] { m_banner->showMessage(MessageBanner::Type::Positive, tr("Certificate sent to the printer.")); });
    return page;
}

void LifeInsuranceForm::downloadCertificate()
{
    if (m_busy || !m_policy)
        return;
    m_banner->clear();
    const CertificateRequest request{m_quotedRequest.productIdNumber, m_policy->policyId, m_policy->effDt, m_policy->certCode};
    const PendingCall<CertificateResult> call = m_policyApi.lifeCertificate(request);
    const auto failed = [this](const ApiError &error) {
        showError(error, tr("The certificate could not be downloaded."));
    };
    m_call.await(tr("Downloading the certificate\u2026"), call, [this](const CertificateResult &reply) {
        const QString name = CertificateResult::defaultFileName(m_policy->policyId, m_policy->certCode);
        if (!reply.looksLikePdf() || !m_viewer->showCertificate(reply.pdf, name)) {
            m_banner->showMessage(MessageBanner::Type::Error,
                                  tr("The certificate received is not a readable PDF. Download it again; if it persists, "
                                     "call the support desk."));
            return;
        }
        m_banner->showMessage(MessageBanner::Type::Positive,
                              tr("Certificate of policy %1 ready: save it or print it.").arg(m_policy->policyId));
        // The sale is complete: its draft goes.
        removeDraft();
    }, failed);
}
