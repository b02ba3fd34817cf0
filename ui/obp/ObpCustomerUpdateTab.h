#pragma once

#include "ObpCustomerUpdate.h"
#include "ObpFormContext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

// "Update the ... of a Customer": pick the attribute, edit its fields
// (filled from the customer on screen), send that one update.
class ObpCustomerUpdateTab : public QWidget
{
    Q_OBJECT
public:
    explicit ObpCustomerUpdateTab(ObpFormContext *context, QWidget *parent = nullptr);

    void selectAttribute(ObpCustomerUpdate::Attribute attribute);
    ObpCustomerUpdate update() const;
    void submit();

private:
    void buildUi();
    void fillFromCustomer();
    QWidget *page(const QList<QPair<QString, QWidget *>> &rows, const QStringList &fields);

    ObpFormContext *m_context;
    ObpFieldErrors m_errors;
    QComboBox *m_attribute = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_branchId = nullptr;
    QLineEdit *m_currency = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_rating = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_legalName = nullptr;
    QDateEdit *m_dateOfBirth = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_nameSuffix = nullptr;
    QLineEdit *m_mobile = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_faceImageUrl = nullptr;
    QDateEdit *m_faceImageDate = nullptr;
    QComboBox *m_relationship = nullptr;
    QSpinBox *m_dependants = nullptr;
    QComboBox *m_education = nullptr;
    QComboBox *m_employment = nullptr;
    QPushButton *m_updateButton = nullptr;
};
