#include "RemittanceLookupForm.h"

#include "ProfileCodes.h"
#include "ProfileExport.h"
#include "ProfileSearchBar.h"
#include "ProfileSection.h"
#include "RemittanceProfileView.h"
#include "widgets/FormParts.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

RemittanceLookupForm::RemittanceLookupForm(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_api(client)
{
    setObjectName(QStringLiteral("remittanceLookupForm"));
    setAccessibleName(tr("Remittance lookup"));

    QLabel *heading = FormParts::pageHeading(tr("Remittance lookup"), this);
    QLabel *intro = FormParts::pageIntro(
        tr("Check the customer of a remittance: identity and document, addresses, "
           "beneficiaries, declared financial ranges, consents and status."),
        this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));
    m_searchBar = new ProfileSearchBar(false, this);

    m_copyButton = new QPushButton(tr("C&opy"), this);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setAccessibleName(tr("Copy the remittance profile"));
    m_printButton = new QPushButton(tr("P&rint\u2026"), this);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printButton->setAccessibleName(tr("Print the remittance profile"));
    m_reveal = new QCheckBox(tr("Re&veal identity numbers in copy and print"), this);
    m_reveal->setObjectName(QStringLiteral("revealIdentity"));
    m_reveal->setAccessibleName(tr("Reveal identity numbers"));
    m_reveal->setToolTip(tr("Off: Copy and Print show only the last four digits of identity numbers."));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_copyButton);
    actions->addWidget(m_printButton);
    actions->addWidget(m_reveal);
    actions->addStretch(1);

    m_view = new RemittanceProfileView;
    m_section = new ProfileSection(tr("Remittance profile"), QStringLiteral("remittanceSection"), m_view, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(m_searchBar);
    layout->addLayout(actions);
    layout->addWidget(m_section);
    layout->addStretch(1);

    connect(m_searchBar, &ProfileSearchBar::searchRequested, this, &RemittanceLookupForm::search);
    connect(m_searchBar, &ProfileSearchBar::cancelRequested, this, &RemittanceLookupForm::cancel);
    connect(m_section, &ProfileSection::retryRequested, this, &RemittanceLookupForm::startRead);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        ProfileExport::copy(exportText());
        m_banner->showMessage(MessageBanner::Type::Positive,
                              m_reveal->isChecked() ? tr("Copied, with full identity numbers.")
                                                    : tr("Copied. Identity numbers are masked."));
    });
    connect(m_printButton, &QPushButton::clicked, this,
            [this] { ProfileExport::print(this, tr("Remittance profile"), exportText()); });
    m_copyButton->setEnabled(false);
    m_printButton->setEnabled(false);
    FormParts::cancelOnEscape(this, [this] { cancel(); });
}

RemittanceLookupForm::~RemittanceLookupForm()
{
    ++m_generation;
    m_call.cancel();
}

void RemittanceLookupForm::search()
{
    if (isBusy())
        return;
    m_banner->clear();
    if (!m_searchBar->validate())
        return;
    const CustomerBasicDataQuery query = m_searchBar->query();
    m_identType = query.govIssueIdentType.trimmed().toUpper();
    m_identNumber = query.identSerialNum.trimmed();
    startRead();
}

void RemittanceLookupForm::startRead()
{
    const quint64 generation = ++m_generation;
    m_call = m_api.remittanceCustomer(m_identType, m_identNumber);
    m_section->showLoading();
    m_copyButton->setEnabled(false);
    m_printButton->setEnabled(false);
    setBusy(true);
    m_call.then(this, [this, generation](const Result<RemittanceCustomer> &result) {
        if (generation != m_generation)
            return;
        setBusy(false);
        if (result.ok()) {
            m_view->showProfile(result.value());
            m_section->showLoaded();
            m_copyButton->setEnabled(true);
            m_printButton->setEnabled(true);
            return;
        }
        m_section->showError(ProfileCodes::explain(result.error(), ProfileCodes::Read::Remittance),
                             ProfileCodes::advice(result.error(), ProfileCodes::Read::Remittance));
        m_searchBar->focusFirstInput();
    });
}

void RemittanceLookupForm::lookUp(const QString &govIssueIdentType, const QString &identSerialNum)
{
    m_searchBar->setIdentification(govIssueIdentType, identSerialNum);
    search();
}

void RemittanceLookupForm::cancel()
{
    if (!isBusy())
        return;
    ++m_generation;
    m_call.cancel();
    setBusy(false);
    m_section->showError(ApiError::make(ApiError::Kind::Cancelled));
}

bool RemittanceLookupForm::isBusy() const
{
    return m_section->state() == ProfileSection::State::Loading;
}

void RemittanceLookupForm::setBusy(bool busy)
{
    m_searchBar->setBusy(busy);
    emit busyChanged(busy);
}

QString RemittanceLookupForm::exportText() const
{
    if (m_section->state() != ProfileSection::State::Loaded)
        return {};
    return ProfileExport::section(tr("Remittance profile"), m_view->plainText(m_reveal->isChecked()));
}
