#include "ObpCustomerDetailPane.h"

#include "ObpAddressesTab.h"
#include "ObpCrmEventsTab.h"
#include "ObpCustomerUpdateTab.h"
#include "ObpFormParts.h"
#include "ObpSocialMediaTab.h"
#include "ObpTaxResidencesTab.h"
#include "ObpUserLinkTab.h"

#include <QLabel>
#include <QSet>
#include <QTabWidget>
#include <QVBoxLayout>

ObpCustomerDetailPane::ObpCustomerDetailPane(ObpFormContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("obpCustomerDetail"));
    m_title = new QLabel(tr("No customer open yet: create one, find one or open one from a list."), this);
    m_title->setObjectName(QStringLiteral("obpCustomerTitle"));
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_title->setFont(font);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("obpCustomerSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("obpDetailTabs"));
    m_tabs->setAccessibleName(tr("Customer details"));
    m_addresses = new ObpAddressesTab(context, m_tabs);
    m_taxResidences = new ObpTaxResidencesTab(context, m_tabs);
    m_socialMedia = new ObpSocialMediaTab(context, m_tabs);
    m_crmEvents = new ObpCrmEventsTab(context, m_tabs);
    m_update = new ObpCustomerUpdateTab(context, m_tabs);
    m_link = new ObpUserLinkTab(context, m_tabs);
    m_tabs->addTab(m_addresses, tr("&Addresses"));
    m_tabs->addTab(m_taxResidences, tr("Ta&x residences"));
    m_tabs->addTab(m_socialMedia, tr("Social &media"));
    m_tabs->addTab(m_crmEvents, tr("CRM &events"));
    m_tabs->addTab(m_update, tr("Up&date"));
    m_tabs->addTab(m_link, tr("Li&nk user"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    m_tabs->setEnabled(false);
    connect(m_context, &ObpFormContext::customerChanged, this, &ObpCustomerDetailPane::showCustomer);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ObpCustomerDetailPane::loadCurrentTab);
}

void ObpCustomerDetailPane::showCustomer()
{
    const ObpCustomer &c = m_context->customer();
    m_tabs->setEnabled(m_context->hasCustomer());
    m_title->setText(QStringLiteral("%1 %2 %3").arg(c.title, c.legalName, c.nameSuffix).simplified());
    // One line per theme; empty values are left out rather than shown as gaps.
    const auto line = [](const QStringList &parts) {
        QStringList kept;
        for (const QString &p : parts)
            if (!p.trimmed().isEmpty())
                kept << p.trimmed();
        return kept.join(QStringLiteral(" \u00b7 "));
    };
    const auto labelled = [](const QString &label, const QString &value) {
        return value.trimmed().isEmpty() ? QString() : label.arg(value);
    };
    QStringList lines;
    lines << line({labelled(tr("Customer number %1"), c.customerNumber), labelled(tr("bank %1"), c.bankId),
                   labelled(tr("CUSTOMER_ID %1"), c.customerId)});
    lines << line({labelled(tr("Born %1"), ObpFormParts::displayDate(c.dateOfBirth)), c.relationshipStatus,
                   tr("%n dependant(s)", nullptr, c.dependants), c.highestEducationAttained, c.employmentStatus});
    lines << line({labelled(tr("Mobile %1"), c.mobilePhoneNumber), labelled(tr("e-mail %1"), c.email),
                   labelled(tr("branch %1"), c.branchId)});
    lines << line({labelled(tr("Credit limit %1"), QStringList{c.creditLimitCurrency, c.creditLimitAmount}.join(QLatin1Char(' '))),
                   labelled(tr("rating %1"), c.creditRating), labelled(tr("source %1"), c.creditSource),
                   c.kycStatus ? tr("KYC passed") : tr("KYC not passed"),
                   labelled(tr("last OK %1"), ObpFormParts::displayDate(c.lastOkDate))});
    for (const ObpCustomerAttribute &a : c.customerAttributes)
        lines << tr("Attribute %1 (%2): %3").arg(a.name, a.type, a.value);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    loadCurrentTab();
}

void ObpCustomerDetailPane::loadCurrentTab()
{
    // Lists load on their own the first time a customer's tab is shown.
    if (!m_context->hasCustomer() || m_context->isBusy())
        return;
    const QString key = QString::number(m_tabs->currentIndex()) + QLatin1Char('|') + m_context->customer().customerId;
    if (key == m_loadedFor)
        return;
    QWidget *current = m_tabs->currentWidget();
    if (current != m_addresses && current != m_taxResidences && current != m_socialMedia)
        return;
    m_loadedFor = key;
    m_context->keepBannerOnce();
    if (current == m_addresses)
        m_addresses->refresh();
    else if (current == m_taxResidences)
        m_taxResidences->refresh();
    else
        m_socialMedia->refresh();
}
