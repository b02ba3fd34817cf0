#pragma once

#include "CustomerBasicDataQuery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

// The search of the profile views: identification type + number, and, where
// the workflow allows it, a cellphone instead (as in Customer lookup). The
// input is checked with CustomerBasicDataQuery's rules; a problem is shown at
// its field and nothing is searched.
class ProfileSearchBar : public QWidget
{
    Q_OBJECT
public:
    ProfileSearchBar(bool allowCellphone, QWidget *parent = nullptr);

    CustomerBasicDataQuery query() const;
    // Shows the problems of query() at their fields; true when there are none.
    bool validate();
    void setBusy(bool busy);
    void setIdentification(const QString &type, const QString &number);
    void focusFirstInput();
    QPushButton *searchButton() const { return m_searchButton; }

signals:
    void searchRequested();
    void cancelRequested();

protected:
    // Enter in a search field searches; Esc cancels a running search.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateInputs();
    void setIssue(QLabel *label, QWidget *field, const QString &message);

    bool m_busy = false;
    QRadioButton *m_byIdentification = nullptr;
    QRadioButton *m_byCellphone = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_cellphone = nullptr;
    QLabel *m_typeError = nullptr;
    QLabel *m_numberError = nullptr;
    QLabel *m_cellphoneError = nullptr;
    QPushButton *m_searchButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};
