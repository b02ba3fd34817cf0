#include "ObpFormParts.h"

#include "BankJson.h"
#include "DisplayFormat.h"
#include "widgets/FormParts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace ObpFormParts {

QLineEdit *lineEdit(QWidget *parent, const char *objectName, const QString &accessibleName, int maxLength)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(maxLength);
    return edit;
}

QComboBox *editableCombo(QWidget *parent, const char *objectName, const QString &accessibleName, const QStringList &items)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(objectName));
    combo->setAccessibleName(accessibleName);
    combo->setEditable(true);
    combo->addItems(items);
    combo->setCurrentIndex(-1);
    combo->setInsertPolicy(QComboBox::NoInsert);
    return combo;
}

QDateEdit *dateEdit(QWidget *parent, const char *objectName, const QString &accessibleName)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(1900, 1, 1));
    edit->setDate(QDate::currentDate());
    return edit;
}

QTableView *table(QWidget *parent, QAbstractItemModel *model, const char *objectName, const QString &accessibleName,
                  Selection selection)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(objectName));
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    if (selection == Selection::SingleRow) {
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
    }
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    return view;
}

QLabel *addRow(QFormLayout *form, const QString &labelText, QWidget *input, const char *errorObjectName)
{
    QWidget *parent = form->parentWidget();
    auto *label = new QLabel(labelText, parent);
    label->setBuddy(input);
    QLabel *error = FormParts::fieldErrorLabel(QString::fromLatin1(errorObjectName), parent);
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(input);
    box->addWidget(error);
    form->addRow(label, box);
    return error;
}

QString displayDate(const QString &obpDate)
{
    const QDate date = BankJson::date(obpDate);
    return date.isValid() ? DisplayFormat::date(date) : obpDate;
}

} // namespace ObpFormParts
