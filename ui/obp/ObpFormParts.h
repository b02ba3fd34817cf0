#pragma once

#include <QString>

class QAbstractItemModel;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QWidget;

// Small builders the OBP tabs share so every input gets its object name,
// accessible name, buddy label and error label the same way.
namespace ObpFormParts {

QLineEdit *lineEdit(QWidget *parent, const char *objectName, const QString &accessibleName, int maxLength = 255);
QComboBox *editableCombo(QWidget *parent, const char *objectName, const QString &accessibleName, const QStringList &items);
QDateEdit *dateEdit(QWidget *parent, const char *objectName, const QString &accessibleName);
// A read-only list of records: no row numbers, the last column stretched;
// SingleRow lets the teller pick one record to act on.
enum class Selection { Default, SingleRow };
QTableView *table(QWidget *parent, QAbstractItemModel *model, const char *objectName, const QString &accessibleName,
                  Selection selection = Selection::Default);
// Adds "label: input" with the error label under the input; returns the error label.
QLabel *addRow(QFormLayout *form, const QString &labelText, QWidget *input, const char *errorObjectName);

// dd/MM/yyyy for a date OBP sent ("1100-01-01T00:00:00Z", "19900101"), or the text as sent.
QString displayDate(const QString &obpDate);

} // namespace ObpFormParts
