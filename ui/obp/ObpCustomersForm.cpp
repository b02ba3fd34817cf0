#include "ObpCustomersForm.h"

#include "ObpConnectionBar.h"
#include "ObpCreateCustomerTab.h"
#include "ObpCustomerDetailPane.h"
#include "ObpCustomerListsTab.h"
#include "ObpFindCustomerTab.h"
#include "ObpFormContext.h"
#include "widgets/FormParts.h"
#include "widgets/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

ObpCustomersForm::ObpCustomersForm(ApiClient *client, CredentialStore *credentials, QWidget *parent)
    : QWidget(parent), m_api(new ObpApi(client, credentials, this))
{
    setObjectName(QStringLiteral("obpCustomersForm"));
    setAccessibleName(tr("OBP customers"));

    QLabel *heading = FormParts::pageHeading(tr("Open Bank Project customers"), this);
    QLabel *intro = FormParts::pageIntro(
        tr("Create, find and update a bank's customers in the Open Bank Project platform. Log in with your OBP "
           "user first."),
        this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));

    m_context = new ObpFormContext(m_api, m_banner, [this] { return m_bar ? m_bar->bankId() : QString(); }, this);
    m_bar = new ObpConnectionBar(client, m_context, this);

    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setAccessibleName(tr("Working"));
    m_busyIndicator->setRange(0, 0); // OBP gives no progress
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setFixedWidth(160);
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyIndicator);
    busyRow->addWidget(m_busyLabel, 1);
    busyRow->addWidget(m_cancelButton);
    const auto showBusy = [this](bool busy, const QString &doing) {
        m_busyIndicator->setVisible(busy);
        m_busyLabel->setVisible(busy);
        m_busyLabel->setText(doing + QLatin1Char(' ') + tr("Press Esc to cancel."));
        m_cancelButton->setVisible(busy);
    };
    showBusy(false, {});
    connect(m_context, &ObpFormContext::busyChanged, this, showBusy);
    connect(m_cancelButton, &QPushButton::clicked, m_context, &ObpFormContext::cancel);
    FormParts::cancelOnEscape(this, [this] { m_context->cancel(); });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("obpTabs"));
    m_tabs->setAccessibleName(tr("OBP customer tasks"));
    m_create = new ObpCreateCustomerTab(m_context, m_tabs);
    m_find = new ObpFindCustomerTab(m_context, m_tabs);
    m_lists = new ObpCustomerListsTab(m_context, m_tabs);
    m_detail = new ObpCustomerDetailPane(m_context, m_tabs);
    m_tabs->addTab(m_create, tr("&Create customer"));
    m_tabs->addTab(m_find, tr("F&ind"));
    m_tabs->addTab(m_lists, tr("Li&sts"));
    m_tabs->addTab(m_detail, tr("Cus&tomer"));
    connect(m_context, &ObpFormContext::showCustomerRequested, this, [this] { m_tabs->setCurrentWidget(m_detail); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_bar);
    layout->addWidget(m_banner);
    layout->addLayout(busyRow);
    layout->addWidget(m_tabs, 1);
}

ObpCustomersForm::~ObpCustomersForm()
{
    // A reply to a closed form goes nowhere; stop what is in flight.
    m_context->cancel();
}
