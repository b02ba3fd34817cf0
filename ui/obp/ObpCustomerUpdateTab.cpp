#include "ObpCustomerUpdateTab.h"

#include "BankJson.h"
#include "ObpFormParts.h"
#include "widgets/FormParts.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace ObpFormParts;
using Attribute = ObpCustomerUpdate::Attribute;

ObpCustomerUpdateTab::ObpCustomerUpdateTab(ObpFormContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("obpUpdateTab"));
    buildUi();
    connect(m_context, &ObpFormContext::customerChanged, this, &ObpCustomerUpdateTab::fillFromCustomer);
    connect(m_context, &ObpFormContext::busyChanged, this, [this](bool busy) { m_updateButton->setEnabled(!busy); });
}

QWidget *ObpCustomerUpdateTab::page(const QList<QPair<QString, QWidget *>> &rows, const QStringList &fields)
{
    auto *w = new QWidget(m_pages);
    auto *form = new QFormLayout(w);
    for (int i = 0; i < rows.size(); ++i) {
        rows.at(i).second->setParent(w);
        QLabel *error = addRow(form, rows.at(i).first, rows.at(i).second,
                               (rows.at(i).second->objectName() + QStringLiteral("Error")).toLatin1().constData());
        m_errors.add(fields.at(i), rows.at(i).second, error);
    }
    return w;
}

void ObpCustomerUpdateTab::buildUi()
{
    m_attribute = new QComboBox(this);
    m_attribute->setObjectName(QStringLiteral("obpUpdateAttribute"));
    m_attribute->setAccessibleName(tr("What to update"));
    m_attribute->addItem(tr("Branch"), int(Attribute::Branch));
    m_attribute->addItem(tr("Credit limit"), int(Attribute::CreditLimit));
    m_attribute->addItem(tr("Credit rating and source"), int(Attribute::CreditRatingAndSource));
    m_attribute->addItem(tr("E-mail"), int(Attribute::Email));
    m_attribute->addItem(tr("Identity data (name, date of birth, title, suffix)"), int(Attribute::Identity));
    m_attribute->addItem(tr("Mobile number"), int(Attribute::MobileNumber));
    m_attribute->addItem(tr("Customer number"), int(Attribute::Number));
    m_attribute->addItem(tr("Other data (picture, relationship, dependants, education, employment)"),
                         int(Attribute::OtherData));
    auto *attributeLabel = new QLabel(tr("Update:"), this);
    attributeLabel->setBuddy(m_attribute);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("obpUpdatePages"));

    m_branchId = lineEdit(this, "obpUpdateBranchId", tr("New branch id"));
    m_currency = lineEdit(this, "obpUpdateCurrency", tr("New credit limit currency"), 3);
    m_amount = lineEdit(this, "obpUpdateAmount", tr("New credit limit amount"), 20);
    m_rating = lineEdit(this, "obpUpdateRating", tr("New credit rating"));
    m_source = lineEdit(this, "obpUpdateSource", tr("New credit rating source"));
    m_email = lineEdit(this, "obpUpdateEmail", tr("New e-mail"));
    m_legalName = lineEdit(this, "obpUpdateLegalName", tr("Legal name"));
    m_dateOfBirth = dateEdit(this, "obpUpdateDateOfBirth", tr("Date of birth"));
    m_title = lineEdit(this, "obpUpdateTitle", tr("Title"));
    m_nameSuffix = lineEdit(this, "obpUpdateNameSuffix", tr("Name suffix"));
    m_mobile = lineEdit(this, "obpUpdateMobile", tr("New mobile phone number"));
    m_number = lineEdit(this, "obpUpdateNumber", tr("New customer number"));
    m_faceImageUrl = lineEdit(this, "obpUpdateFaceImageUrl", tr("Face image URL"));
    m_faceImageDate = dateEdit(this, "obpUpdateFaceImageDate", tr("Face image date"));
    m_relationship = editableCombo(this, "obpUpdateRelationship", tr("Relationship status"),
                                   {QStringLiteral("single"), QStringLiteral("married"), QStringLiteral("divorced"),
                                    QStringLiteral("widowed")});
    m_dependants = new QSpinBox(this);
    m_dependants->setObjectName(QStringLiteral("obpUpdateDependants"));
    m_dependants->setAccessibleName(tr("Number of dependants"));
    m_dependants->setRange(0, 99);
    m_education = editableCombo(this, "obpUpdateEducation", tr("Highest education attained"),
                                {QStringLiteral("Primary"), QStringLiteral("Secondary"), QStringLiteral("Bachelor"),
                                 QStringLiteral("Master"), QStringLiteral("PhD")});
    m_employment = editableCombo(this, "obpUpdateEmployment", tr("Employment status"),
                                 {QStringLiteral("worker"), QStringLiteral("self-employed"), QStringLiteral("student"),
                                  QStringLiteral("retired"), QStringLiteral("unemployed")});

    // One page per attribute, in the combo's order.
    m_pages->addWidget(page({{tr("Branch id:"), m_branchId}}, {QStringLiteral("branch_id")}));
    m_pages->addWidget(page({{tr("Currency:"), m_currency}, {tr("Amount:"), m_amount}},
                            {QStringLiteral("credit_limit.currency"), QStringLiteral("credit_limit.amount")}));
    m_pages->addWidget(page({{tr("Rating:"), m_rating}, {tr("Source:"), m_source}},
                            {QStringLiteral("credit_rating"), QStringLiteral("credit_source")}));
    m_pages->addWidget(page({{tr("E-mail:"), m_email}}, {QStringLiteral("email")}));
    m_pages->addWidget(page({{tr("Legal name:"), m_legalName}, {tr("Date of birth:"), m_dateOfBirth},
                             {tr("Title:"), m_title}, {tr("Name suffix:"), m_nameSuffix}},
                            {QStringLiteral("legal_name"), QStringLiteral("date_of_birth"), QStringLiteral("title"),
                             QStringLiteral("name_suffix")}));
    m_pages->addWidget(page({{tr("Mobile phone:"), m_mobile}}, {QStringLiteral("mobile_phone_number")}));
    m_pages->addWidget(page({{tr("Customer number:"), m_number}}, {QStringLiteral("customer_number")}));
    m_pages->addWidget(page({{tr("Face image URL:"), m_faceImageUrl}, {tr("Image date:"), m_faceImageDate},
                             {tr("Relationship status:"), m_relationship}, {tr("Dependants:"), m_dependants},
                             {tr("Education:"), m_education}, {tr("Employment status:"), m_employment}},
                            {QStringLiteral("face_image.url"), QStringLiteral("face_image.date"),
                             QStringLiteral("relationship_status"), QStringLiteral("dependants"),
                             QStringLiteral("highest_education_attained"), QStringLiteral("employment_status")}));

    m_updateButton = new QPushButton(tr("Send update"), this);
    m_updateButton->setObjectName(QStringLiteral("obpUpdateButton"));
    m_updateButton->setProperty("submitsForm", true);
    auto *top = new QHBoxLayout;
    top->addWidget(attributeLabel);
    top->addWidget(m_attribute, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_updateButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_attribute, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_updateButton, &QPushButton::clicked, this, &ObpCustomerUpdateTab::submit);
}

void ObpCustomerUpdateTab::selectAttribute(Attribute attribute)
{
    m_attribute->setCurrentIndex(m_attribute->findData(int(attribute)));
}

void ObpCustomerUpdateTab::fillFromCustomer()
{
    const ObpCustomer &c = m_context->customer();
    m_errors.clear();
    m_branchId->setText(c.branchId);
    m_currency->setText(c.creditLimitCurrency);
    m_amount->setText(c.creditLimitAmount);
    m_rating->setText(c.creditRating);
    m_source->setText(c.creditSource);
    m_email->setText(c.email);
    m_legalName->setText(c.legalName);
    if (c.dateOfBirthDate().isValid())
        m_dateOfBirth->setDate(c.dateOfBirthDate());
    m_title->setText(c.title);
    m_nameSuffix->setText(c.nameSuffix);
    m_mobile->setText(c.mobilePhoneNumber);
    m_number->setText(c.customerNumber);
    m_faceImageUrl->setText(c.faceImageUrl);
    if (BankJson::date(c.faceImageDate).isValid())
        m_faceImageDate->setDate(BankJson::date(c.faceImageDate));
    m_relationship->setEditText(c.relationshipStatus);
    m_dependants->setValue(c.dependants);
    m_education->setEditText(c.highestEducationAttained);
    m_employment->setEditText(c.employmentStatus);
}

ObpCustomerUpdate ObpCustomerUpdateTab::update() const
{
    switch (Attribute(m_attribute->currentData().toInt())) {
    case Attribute::Branch: return ObpCustomerUpdate::branch(m_branchId->text());
    case Attribute::CreditLimit: return ObpCustomerUpdate::creditLimit(m_currency->text().toUpper(), m_amount->text());
    case Attribute::CreditRatingAndSource: return ObpCustomerUpdate::creditRatingAndSource(m_rating->text(), m_source->text());
    case Attribute::Email: return ObpCustomerUpdate::email(m_email->text());
    case Attribute::Identity:
        return ObpCustomerUpdate::identity(m_legalName->text(), m_dateOfBirth->date(), m_title->text(), m_nameSuffix->text());
    case Attribute::MobileNumber: return ObpCustomerUpdate::mobileNumber(m_mobile->text());
    case Attribute::Number: return ObpCustomerUpdate::number(m_number->text());
    case Attribute::OtherData:
        return ObpCustomerUpdate::otherData(m_faceImageUrl->text(), m_faceImageDate->date(),
                                            m_relationship->currentText(), m_dependants->value(),
                                            m_education->currentText(), m_employment->currentText());
    }
    return {};
}

void ObpCustomerUpdateTab::submit()
{
    if (!m_context->hasCustomer() || m_context->isBusy())
        return;
    const ObpCustomerUpdate u = update();
    const QStringList unplaced = m_errors.show(u.issues);
    if (!u.issues.isEmpty()) {
        if (!unplaced.isEmpty())
            m_context->banner()->showMessage(MessageBanner::Type::Error, unplaced.join(QLatin1Char(' ')));
        return;
    }
    const QString what = m_attribute->currentText();
    m_context->run<ObpCustomer>(
        m_context->api()->updateCustomer(m_context->customerBankId(), m_context->customer().customerId, u), this,
        tr("Sending the update\u2026"), [this, what](const ObpCustomer &updated) {
            m_context->setCustomer(updated);
            m_context->showDone(tr("Updated: %1 of %2.").arg(what, updated.legalName));
        });
}
