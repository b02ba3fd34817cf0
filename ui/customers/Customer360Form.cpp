#include "Customer360Form.h"

#include "ContactDataView.h"
#include "CustomerBasicDataView.h"
#include "HoldsSummaryView.h"
#include "LocationsView.h"
#include "Masking.h"
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
#include <QStringList>
#include <QVBoxLayout>

namespace {
QString basicDataText(const CustomerBasicData &d, bool reveal)
{
    const QString number = reveal ? d.identSerialNum : Masking::identity(d.identSerialNum);
    QStringList lines{Customer360Form::tr("Name: %1").arg(d.displayName()),
                      Customer360Form::tr("Identification: %1 %2").arg(d.govIssueIdentType, number),
                      Customer360Form::tr("Birth date: %1").arg(CustomerBasicDataView::formatDate(d.birthDate(), d.birthDt)),
                      Customer360Form::tr("E-mail: %1").arg(d.emailAddr),
                      Customer360Form::tr("Cellphone: %1").arg(d.contactCellPhone.isEmpty() ? d.cellPhone : d.contactCellPhone),
                      Customer360Form::tr("Customer since: %1").arg(CustomerBasicDataView::formatDate(d.createdOn(), d.createDt)),
                      Customer360Form::tr("SARLAFT date: %1").arg(CustomerBasicDataView::formatDate(d.sarlaftDate(), d.sarlaDt))};
    if (!d.deceasedDt.trimmed().isEmpty())
        lines << Customer360Form::tr("Deceased: %1").arg(CustomerBasicDataView::formatDate(d.deceasedOn(), d.deceasedDt));
    for (const CustomerPostalAddress &a : d.postAddr)
        lines << Customer360Form::tr("Address: %1 (city %2)").arg(a.addr1, a.cityId);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

Customer360Form::Customer360Form(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_customers(client)
    , m_security(client)
{
    setObjectName(QStringLiteral("customer360Form"));
    setAccessibleName(tr("Customer 360"));
    buildUi();
    FormParts::cancelOnEscape(this, [this] { cancel(); });
}

Customer360Form::~Customer360Form()
{
    // Forget every answer first so cancelling cannot call back into a form
    // being torn down; the requests themselves are aborted, not orphaned.
    for (Run *run : {&m_basic, &m_locations, &m_contact, &m_holds, &m_remittance}) {
        ++run->generation;
        if (run->cancel)
            run->cancel();
    }
}

void Customer360Form::buildUi()
{
    QLabel *heading = FormParts::pageHeading(tr("Customer 360"), this);
    QLabel *intro = FormParts::pageIntro(
        tr("Everything the bank holds about one customer: basic data, locations, contact and "
           "financial data, channel holds and remittance profile. Each part loads on its own."),
        this);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));
    m_searchBar = new ProfileSearchBar(true, this);

    m_copyButton = new QPushButton(tr("Cop&y"), this);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setAccessibleName(tr("Copy the customer's data"));
    m_printButton = new QPushButton(tr("P&rint\u2026"), this);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printButton->setAccessibleName(tr("Print the customer's data"));
    m_reveal = new QCheckBox(tr("Re&veal identity numbers in copy and print"), this);
    m_reveal->setObjectName(QStringLiteral("revealIdentity"));
    m_reveal->setAccessibleName(tr("Reveal identity numbers"));
    m_reveal->setToolTip(tr("Off: Copy and Print show only the last four digits of identity numbers."));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_copyButton);
    actions->addWidget(m_printButton);
    actions->addWidget(m_reveal);
    actions->addStretch(1);

    m_basicView = new CustomerBasicDataView;
    m_basicView->setTitle(QString());
    m_basicView->setFlat(true);
    m_locationsView = new LocationsView;
    m_contactView = new ContactDataView;
    m_holdsView = new HoldsSummaryView;
    m_remittanceView = new RemittanceProfileView;
    m_basic.section = new ProfileSection(tr("Basic data"), QStringLiteral("basicSection"), m_basicView, this);
    m_locations.section = new ProfileSection(tr("Locations"), QStringLiteral("locationsSection"), m_locationsView, this);
    m_contact.section =
        new ProfileSection(tr("Contact and financial data"), QStringLiteral("contactSection"), m_contactView, this);
    m_holds.section = new ProfileSection(tr("Channel holds"), QStringLiteral("holdsSection"), m_holdsView, this);
    m_remittance.section =
        new ProfileSection(tr("Remittance profile"), QStringLiteral("remittanceSection"), m_remittanceView, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(m_searchBar);
    layout->addLayout(actions);
    for (Run *run : {&m_basic, &m_locations, &m_contact, &m_holds, &m_remittance}) {
        layout->addWidget(run->section);
        connect(run->section, &ProfileSection::retryRequested, this, [run] {
            if (run->start)
                run->start();
        });
    }
    layout->addStretch(1);

    m_basic.start = [this] { startBasicData(); };
    m_locations.start = [this] {
        launch(m_locations, m_customers.customerLocations(m_identType, m_identNumber),
               [this](const CustomerLocations &l) { m_locationsView->showLocations(l); });
    };
    m_contact.start = [this] {
        launch(m_contact, m_customers.customerContactData(m_identType, m_identNumber),
               [this](const CustomerContactData &d) { m_contactView->showData(d); });
    };
    m_holds.start = [this] {
        ChannelHoldsQuery query;
        query.govIssueIdentType = m_identType;
        query.identSerialNum = m_identNumber;
        query.recordsPerPage = ChannelHoldsQuery::maxRecordsPerPage;
        launch(m_holds, m_security.channelHolds(query), [this](const ChannelHolds &h) { m_holdsView->showHolds(h); });
    };
    m_remittance.start = [this] {
        launch(m_remittance, m_customers.remittanceCustomer(m_identType, m_identNumber),
               [this](const RemittanceCustomer &r) { m_remittanceView->showProfile(r); });
    };

    connect(m_searchBar, &ProfileSearchBar::searchRequested, this, &Customer360Form::search);
    connect(m_searchBar, &ProfileSearchBar::cancelRequested, this, &Customer360Form::cancel);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        ProfileExport::copy(exportText());
        m_banner->showMessage(MessageBanner::Type::Positive,
                              m_reveal->isChecked() ? tr("Copied, with full identity numbers.")
                                                    : tr("Copied. Identity numbers are masked."));
    });
    connect(m_printButton, &QPushButton::clicked, this,
            [this] { ProfileExport::print(this, tr("Customer 360"), exportText()); });
    m_copyButton->setEnabled(false);
    m_printButton->setEnabled(false);
}

template <typename T, typename Show>
void Customer360Form::launch(Run &run, PendingCall<T> call, Show show)
{
    const quint64 generation = ++run.generation;
    if (run.cancel)
        run.cancel();
    run.cancel = [call] { call.cancel(); };
    run.section->showLoading();
    Run *target = &run;
    call.then(this, [this, target, generation, show](const Result<T> &result) {
        if (generation != target->generation)
            return; // a newer search, a Retry or Cancel took its place
        target->cancel = nullptr;
        if (result.ok()) {
            show(result.value());
            target->section->showLoaded();
            if (target == &m_basic)
                startIdentityReads();
        } else if (target == &m_contact || target == &m_remittance) {
            // These two documents' codes have meanings of their own (ProfileCodes).
            const auto read = target == &m_contact ? ProfileCodes::Read::ContactData : ProfileCodes::Read::Remittance;
            const ApiError error = ProfileCodes::explain(result.error(), read);
            if (target == &m_remittance && error.kind == ApiError::Kind::NotFound)
                target->section->showNote(tr("This customer has no remittance profile."));
            else
                target->section->showError(error, ProfileCodes::advice(result.error(), read));
        } else {
            target->section->showError(result.error());
        }
        m_copyButton->setEnabled(true);
        m_printButton->setEnabled(true);
        updateBusy();
    });
    updateBusy();
}

void Customer360Form::search()
{
    if (isBusy())
        return;
    m_banner->clear();
    if (!m_searchBar->validate())
        return;
    m_query = m_searchBar->query();
    m_identType.clear();
    m_identNumber.clear();
    for (Run *run : {&m_locations, &m_contact, &m_holds, &m_remittance}) {
        ++run->generation;
        run->section->showEmpty();
    }
    if (m_query.searchBy == CustomerBasicDataQuery::SearchBy::Identification) {
        // Every read at once: nothing waits for basic data.
        m_identType = m_query.govIssueIdentType.trimmed().toUpper();
        m_identNumber = m_query.identSerialNum.trimmed();
        startBasicData();
        startIdentityReads();
    } else {
        startBasicData();
    }
}

void Customer360Form::startBasicData()
{
    launch(m_basic, m_customers.basicData(m_query), [this](const CustomerBasicData &d) {
        m_basicView->showCustomer(d);
        m_lastBasic = d;
        m_identType = d.govIssueIdentType.trimmed().toUpper();
        m_identNumber = d.identSerialNum.trimmed();
    });
}

// The reads by identification; started once each: at the search, or when
// basic data found the identification of a cellphone.
void Customer360Form::startIdentityReads()
{
    if (m_identType.isEmpty() || m_identNumber.isEmpty())
        return;
    for (Run *run : {&m_locations, &m_contact, &m_holds, &m_remittance}) {
        if (run->section->state() == ProfileSection::State::Empty)
            run->start();
    }
}

void Customer360Form::lookUp(const QString &govIssueIdentType, const QString &identSerialNum)
{
    m_searchBar->setIdentification(govIssueIdentType, identSerialNum);
    search();
}

void Customer360Form::cancel()
{
    if (!isBusy())
        return;
    for (Run *run : {&m_basic, &m_locations, &m_contact, &m_holds, &m_remittance}) {
        if (run->section->state() != ProfileSection::State::Loading)
            continue;
        ++run->generation;
        if (run->cancel)
            run->cancel();
        run->cancel = nullptr;
        run->section->showError(ApiError::make(ApiError::Kind::Cancelled));
    }
    m_banner->showMessage(MessageBanner::Type::Information,
                          tr("Stopped. The parts that had arrived stay in view; Retry loads a part again."));
    updateBusy();
}

bool Customer360Form::isBusy() const
{
    for (const Run *run : {&m_basic, &m_locations, &m_contact, &m_holds, &m_remittance}) {
        if (run->section->state() == ProfileSection::State::Loading)
            return true;
    }
    return false;
}

void Customer360Form::updateBusy()
{
    const bool busy = isBusy();
    m_searchBar->setBusy(busy);
    if (busy != m_wasBusy) {
        m_wasBusy = busy;
        emit busyChanged(busy);
    }
}

QString Customer360Form::exportText() const
{
    const bool reveal = m_reveal->isChecked();
    QStringList parts;
    const auto add = [&parts](const Run &run, const QString &body) {
        const QString title = run.section->title();
        if (run.section->state() == ProfileSection::State::Loaded)
            parts << ProfileExport::section(title, body);
        else if (run.section->state() == ProfileSection::State::Failed)
            parts << ProfileExport::section(title, tr("Not available: %1").arg(run.section->banner()->text()));
    };
    add(m_basic, m_lastBasic ? basicDataText(*m_lastBasic, reveal) : QString());
    add(m_locations, m_locationsView->plainText());
    add(m_contact, m_contactView->plainText());
    add(m_holds, m_holdsView->plainText());
    add(m_remittance, m_remittanceView->plainText(reveal));
    return parts.join(QLatin1Char('\n'));
}
