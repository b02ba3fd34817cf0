#pragma once

#include "FieldIssue.h"
#include "PolicyCodes.h"
#include "PolicyIssuing.h"
#include "PolicyQuote.h"
#include "PolicySimulation.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class PaymentPart;
class QLineEdit;
class QWidget;

// The input helpers both insurance sale wizards and their parts build with,
// so codes, dates and rows look and behave the same everywhere.
namespace SaleInputs {

// Code tables as "<code> — <insurer's name>", the code as item data.
void fill(QComboBox *combo, const QList<PolicyCode> &codes);
void select(QComboBox *combo, const QString &code);
QString code(const QComboBox *combo);

QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName, QWidget *parent, int maxLength = 60);
// Digits only, up to `maxLength`.
QLineEdit *digitsEdit(const QString &objectName, const QString &accessibleName, QWidget *parent, int maxLength);
QComboBox *combo(const QString &objectName, const QString &accessibleName, QWidget *parent);

// Birth dates: dd/MM/yyyy, not after today, "not entered" until set.
QDateEdit *dateEdit(const QString &objectName, const QString &accessibleName, QWidget *parent);
QDate dateOf(const QDateEdit *edit);          // null when not entered
void setDate(QDateEdit *edit, const QDate &date); // null: "not entered"

// A form row whose label's mnemonic moves to `buddy`.
void addRow(QFormLayout *form, const QString &text, QWidget *buddy, QWidget *row);

QLabel *heading(const QString &text, QWidget *parent);

// The coverages a quote asks for: the chosen plan's, for 12 months, with the
// rate per thousand its annual premium gives.
QList<CoverageDetail> quotedCoverages(const InsurancePlan &plan);

// The issuing request both wizards send: the product and the insured as
// quoted (issuing references the quote, not what the inputs say now), the
// insured's address and the chosen payment. The general products' own fields
// and the beneficiaries are the form's to add.
IssuingRequest issuingRequestFor(const QuoteRequest &quoted, const QString &pmtAuthId, const PaymentPart &payment,
                                 const QString &addr1, const QString &cityId);

} // namespace SaleInputs

// The messages under the inputs of one wizard, by the model's field name:
// every input is wrapped with its (hidden) message label, and a list of
// FieldIssues is put next to the fields it names.
class SaleFieldErrors
{
    Q_DECLARE_TR_FUNCTIONS(SaleFieldErrors)
public:
    // Wraps `input` (re-parented) with its message label "<objectName>Error".
    QWidget *wrap(QWidget *input, const QString &key);
    // Issues for `key` are shown where `existing`'s are.
    void alias(const QString &key, const QString &existing);
    void clear();
    // Puts each issue under its field (inputs visible in `form` only) and
    // focuses the first; returns the messages that have no such field.
    QStringList show(const FieldIssues &issues, QWidget *form);

private:
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QWidget *> m_inputs;
};
