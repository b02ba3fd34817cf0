#include "ObpUserLinkTab.h"

#include "ObpCustomerRecords.h"
#include "ObpFormParts.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ObpUserLinkTab::ObpUserLinkTab(ObpFormContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("obpUserLinkTab"));
    auto *fields = new QWidget(this);
    auto *form = new QFormLayout(fields);
    m_userId = ObpFormParts::lineEdit(fields, "obpLinkUserId", tr("USER_ID of the OBP user to link"));
    m_userId->setPlaceholderText(tr("9ca9a7e4-6d02-40e3-a129-0b2bf89de9b1"));
    m_errors.add(QStringLiteral("user_id"), m_userId,
                 ObpFormParts::addRow(form, tr("USER_ID:"), m_userId, "obpLinkUserIdError"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("obpLinkResult"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setWordWrap(true);
    m_linkButton = new QPushButton(tr("Link user to customer"), this);
    m_linkButton->setObjectName(QStringLiteral("obpLinkButton"));
    m_linkButton->setProperty("submitsForm", true);
    auto *hint = new QLabel(tr("Needs CanCreateUserCustomerLink (or ...AtAnyBank). The linked user then sees this "
                               "customer under \"My customers\"."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_linkButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fields);
    layout->addWidget(hint);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addLayout(buttons);
    connect(m_linkButton, &QPushButton::clicked, this, &ObpUserLinkTab::link);
    connect(m_context, &ObpFormContext::busyChanged, this, [this](bool busy) { m_linkButton->setEnabled(!busy); });
}

void ObpUserLinkTab::link()
{
    if (!m_context->hasCustomer() || m_context->isBusy())
        return;
    const ObpUserCustomerLinkRequest r{m_userId->text(), m_context->customer().customerId};
    const FieldIssues issues = r.validate();
    m_errors.show(issues);
    if (!issues.isEmpty())
        return;
    m_context->run<ObpUserCustomerLink>(
        m_context->api()->createUserCustomerLink(m_context->customerBankId(), r), this, tr("Linking\u2026"),
        [this](const ObpUserCustomerLink &link) {
            m_result->setText(tr("Link %1: user %2 \u2194 customer %3, active: %4.")
                                  .arg(link.userCustomerLinkId, link.userId, link.customerId,
                                       link.isActive ? tr("yes") : tr("no")));
            m_context->showDone(tr("User %1 linked to %2.").arg(link.userId, m_context->customer().legalName));
        },
        ObpFormContext::Changes::NotIdempotent);
}
