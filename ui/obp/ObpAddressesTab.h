#pragma once

#include "ObpAddress.h"
#include "ObpFormContext.h"

#include <QWidget>

class ObpTableModel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QTableView;

// The customer's addresses: list, add, edit the selected one, delete it
// (after a confirmation naming the address).
class ObpAddressesTab : public QWidget
{
    Q_OBJECT
public:
    explicit ObpAddressesTab(ObpFormContext *context, QWidget *parent = nullptr);

    void refresh();
    void add();
    void saveSelected();
    void askToDeleteSelected();
    QMessageBox *confirmation() const { return m_confirmation; }
    ObpTableModel *model() const { return m_model; }

private:
    ObpAddressRequest request() const;
    bool validate(const ObpAddressRequest &r);
    void show(const QList<ObpAddress> &addresses);
    void fillFromSelection();
    const ObpAddress *selected() const;

    ObpFormContext *m_context;
    ObpFieldErrors m_errors;
    QList<ObpAddress> m_addresses;
    ObpTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_line1 = nullptr;
    QLineEdit *m_line2 = nullptr;
    QLineEdit *m_line3 = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_county = nullptr;
    QLineEdit *m_state = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_countryCode = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_status = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QMessageBox *m_confirmation = nullptr;
};
