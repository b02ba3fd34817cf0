#pragma once

#include "CustomerCodeTables.h"

#include <QList>
#include <QString>

// The New customer form's field specification: which input each wire path
// of the create request gets (free text, date, pick list, editable code
// list), its code table, placeholder and length; the widget names made from
// a path; and the date conversions between what the adviser types
// (dd/MM/yyyy) and what the bank wants (YYYY-MM-DD).
namespace NewCustomerFields {

enum class Kind { Text, Date, Pick, Code };

struct Spec
{
    Kind kind = Kind::Text;
    QList<BankCode> codes;
    QString placeholder;
    int maxLength = 60;
};

// Dates are typed the Colombian way (dd/MM/yyyy) and sent as the seed's
// YYYY-MM-DD. Marks the line edits that hold one.
inline constexpr char bankDateProperty[] = "bankDate";

// "14/05/1990" (or "14/5/1990") -> "1990-05-14"; anything else unchanged,
// so the request's own check reports it at the field.
QString typedDateToBank(const QString &typed);
// "1990-05-14" -> "14/05/1990" (drafts and defaults hold the bank's form).
QString bankDateToTyped(const QString &value);

Spec specFor(const QString &path);
// "personName.firstName" -> "personName_firstName".
QString objectNameFor(const QString &path);
// A label's text without its mnemonic and colon, for accessible names.
QString withoutMnemonic(QString text);

} // namespace NewCustomerFields
