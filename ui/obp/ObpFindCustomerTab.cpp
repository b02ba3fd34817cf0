#include "ObpFindCustomerTab.h"

#include "ObpFormParts.h"
#include "widgets/FormParts.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ObpFindCustomerTab::ObpFindCustomerTab(ObpFormContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("obpFindTab"));
    m_byId = new QRadioButton(tr("By CUSTOMER_ID"), this);
    m_byId->setObjectName(QStringLiteral("obpFindById"));
    m_byNumber = new QRadioButton(tr("By customer &number"), this);
    m_byNumber->setObjectName(QStringLiteral("obpFindByNumber"));
    m_byNumber->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_byId);
    group->addButton(m_byNumber);
    m_value = ObpFormParts::lineEdit(this, "obpFindValue", tr("Customer id or number to find"));
    m_value->setPlaceholderText(tr("5987953"));
    auto *valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_value);
    m_valueError = FormParts::fieldErrorLabel(QStringLiteral("obpFindValueError"), this);
    m_findButton = new QPushButton(tr("Fin&d"), this);
    m_findButton->setObjectName(QStringLiteral("obpFindButton"));
    m_findButton->setProperty("submitsForm", true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_byNumber);
    row->addWidget(m_byId);
    row->addSpacing(12);
    row->addWidget(valueLabel);
    row->addWidget(m_value, 1);
    row->addWidget(m_findButton);
    auto *hint = new QLabel(tr("Needs the role CanGetCustomer at the chosen bank. The customer opens in the "
                               "Customer tab."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_valueError);
    layout->addWidget(hint);
    layout->addStretch(1);

    connect(m_findButton, &QPushButton::clicked, this, &ObpFindCustomerTab::find);
    connect(m_value, &QLineEdit::returnPressed, this, &ObpFindCustomerTab::find);
    connect(m_context, &ObpFormContext::busyChanged, this, [this](bool busy) { m_findButton->setEnabled(!busy); });
}

void ObpFindCustomerTab::find()
{
    if (m_context->isBusy())
        return;
    const QString value = m_value->text().trimmed();
    m_valueError->hide();
    if (value.isEmpty()) {
        m_valueError->setText(m_byId->isChecked() ? tr("Enter the CUSTOMER_ID.") : tr("Enter the customer number."));
        m_valueError->show();
        m_value->setFocus();
        return;
    }
    ObpApi *api = m_context->api();
    const QString bank = m_context->bankId();
    const auto call = m_byId->isChecked() ? api->customerById(bank, value) : api->customerByNumber(bank, value);
    m_context->run<ObpCustomer>(call, this, tr("Looking the customer up\u2026"), [this](const ObpCustomer &customer) {
        m_context->setCustomer(customer);
        m_context->showDone(tr("Found %1 (customer number %2).").arg(customer.legalName, customer.customerNumber));
        emit m_context->showCustomerRequested();
    });
}
