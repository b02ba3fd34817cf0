#pragma once

#include "ObpCustomerCreateRequest.h"
#include "ObpFormContext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QPushButton;

// "Create Customer": every field of the seed's request table, checked at the
// field before anything is sent. Creating is not idempotent: a lost answer
// is reported as such and never resent by itself.
class ObpCreateCustomerTab : public QWidget
{
    Q_OBJECT
public:
    explicit ObpCreateCustomerTab(ObpFormContext *context, QWidget *parent = nullptr);

    ObpCustomerCreateRequest request() const;
    void submit();

private:
    void buildUi();
    void addDependant();
    void removeDependant();

    ObpFormContext *m_context;
    ObpFieldErrors m_errors;

    QLineEdit *m_legalName = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_nameSuffix = nullptr;
    QDateEdit *m_dateOfBirth = nullptr;
    QLineEdit *m_mobile = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_relationship = nullptr;
    QComboBox *m_education = nullptr;
    QComboBox *m_employment = nullptr;
    QLineEdit *m_branchId = nullptr;
    QLineEdit *m_faceImageUrl = nullptr;
    QCheckBox *m_hasFaceImageDate = nullptr;
    QDateEdit *m_faceImageDate = nullptr;
    QDateEdit *m_dependantDate = nullptr;
    QListWidget *m_dependants = nullptr;
    QPushButton *m_addDependant = nullptr;
    QPushButton *m_removeDependant = nullptr;
    QLineEdit *m_creditRating = nullptr;
    QLineEdit *m_creditSource = nullptr;
    QLineEdit *m_currency = nullptr;
    QLineEdit *m_amount = nullptr;
    QCheckBox *m_kyc = nullptr;
    QDateTimeEdit *m_lastOkDate = nullptr;
    QPushButton *m_createButton = nullptr;
};
