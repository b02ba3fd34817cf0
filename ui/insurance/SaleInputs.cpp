#include "SaleInputs.h"

#include "PaymentPart.h"
#include "widgets/FormParts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace {
const QDate noDate(1900, 1, 1); // the date edits' "not entered" value
}

namespace SaleInputs {

void fill(QComboBox *combo, const QList<PolicyCode> &codes)
{
    for (const PolicyCode &code : codes)
        combo->addItem(QStringLiteral("%1 \u2014 %2").arg(code.code, code.name), code.code);
}

void select(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

QString code(const QComboBox *combo)
{
    return combo->currentData().toString();
}

QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName, QWidget *parent, int maxLength)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(maxLength);
    return edit;
}

QLineEdit *digitsEdit(const QString &objectName, const QString &accessibleName, QWidget *parent, int maxLength)
{
    QLineEdit *edit = lineEdit(objectName, accessibleName, parent, maxLength);
    edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(maxLength)), edit));
    return edit;
}

QComboBox *combo(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    return box;
}

QDateEdit *dateEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noDate);
    edit->setMaximumDate(QDate::currentDate());
    edit->setSpecialValueText(QCoreApplication::translate("LifeInsuranceForm", "dd/mm/yyyy"));
    edit->setDate(noDate);
    // Qt sizes a date edit for its dates, not for the special text: room for
    // "dd/mm/aaaa" and the calendar button, else its first letter is cut.
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->specialValueText()) + 48);
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == noDate ? QDate() : edit->date();
}

void setDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : noDate);
}

void addRow(QFormLayout *form, const QString &text, QWidget *buddy, QWidget *row)
{
    auto *label = new QLabel(text, row->parentWidget());
    label->setBuddy(buddy);
    form->addRow(label, row);
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

QList<CoverageDetail> quotedCoverages(const InsurancePlan &plan)
{
    QList<CoverageDetail> coverages;
    for (const PlanCoverage &c : plan.coverages) {
        CoverageDetail detail;
        detail.coverageId = c.coverageId;
        detail.validityPeriod = 1;
        detail.validityTime = 12;
        detail.amt = c.amt;
        detail.rate = c.amt > 0 ? c.annualPremium * 1000.0 / c.amt : 0.0;
        detail.insuranPremiumValue = c.annualPremium;
        detail.desc = c.desc;
        coverages.append(detail);
    }
    return coverages;
}

IssuingRequest issuingRequestFor(const QuoteRequest &quoted, const QString &pmtAuthId, const PaymentPart &payment,
                                 const QString &addr1, const QString &cityId)
{
    IssuingRequest request;
    request.productIdNumber = quoted.productIdNumber;
    request.freq = quoted.freq;
    request.cityId = quoted.cityId;
    request.pmtAuthId = pmtAuthId;
    request.pmtType = payment.pmtType();
    request.coverageId = quoted.coverageId > 0 ? QString::number(quoted.coverageId) : QString();
    IssuingPerson &person = request.person;
    const QuotePerson &insured = quoted.person;
    person.personType = QString::number(insured.personType);
    person.govIssueIdentType = insured.govIssueIdentType;
    person.identSerialNum = insured.identSerialNum;
    person.lastName = insured.lastName;
    person.secondLastName = insured.secondLastName;
    person.firstName = insured.firstName;
    person.middleName = insured.middleName;
    person.fullName = insured.fullName;
    person.birthDt = insured.birthDt;
    person.gender = insured.gender;
    person.country = QStringLiteral("0");
    PostalAddress address;
    address.addr1 = addr1;
    address.cityId = cityId;
    address.emailAddr = insured.emailAddr;
    address.phoneNum = insured.phones;
    person.postAddr = {address};
    payment.applyTo(person);
    request.coverages = quoted.coverages;
    return request;
}

} // namespace SaleInputs

QWidget *SaleFieldErrors::wrap(QWidget *input, const QString &key)
{
    auto *box = new QWidget(input->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    input->setParent(box);
    layout->addWidget(input);
    QLabel *error = FormParts::fieldErrorLabel(input->objectName() + QStringLiteral("Error"), box);
    layout->addWidget(error);
    m_labels.insert(key, error);
    m_inputs.insert(key, input);
    return box;
}

void SaleFieldErrors::alias(const QString &key, const QString &existing)
{
    m_labels.insert(key, m_labels.value(existing));
    m_inputs.insert(key, m_inputs.value(existing));
}

void SaleFieldErrors::clear()
{
    for (QLabel *label : std::as_const(m_labels)) {
        label->clear();
        label->hide();
    }
    for (QWidget *input : std::as_const(m_inputs))
        input->setAccessibleDescription(QString());
}

QStringList SaleFieldErrors::show(const FieldIssues &issues, QWidget *form)
{
    clear();
    QWidget *first = nullptr;
    QStringList unplaced;
    for (const FieldIssue &issue : issues) {
        QString key = issue.field;
        // Every beneficiary issue (a row's field or the total) goes under the table.
        if (key.startsWith(QLatin1String("beneficiary")))
            key = QStringLiteral("beneficiary");
        else if (key.startsWith(QLatin1String("personInfo.")) && !m_labels.contains(key))
            key = key.mid(int(qstrlen("personInfo.")));
        QLabel *label = m_labels.value(key);
        QWidget *input = m_inputs.value(key);
        if (!label || !input || !input->isVisibleTo(form)) {
            unplaced << issue.message;
            continue;
        }
        const QString text = label->text().isEmpty() ? issue.message : label->text() + QLatin1Char('\n') + issue.message;
        label->setText(text);
        label->show();
        input->setAccessibleDescription(text);
        if (!first)
            first = input;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return unplaced;
}
