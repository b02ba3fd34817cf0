#pragma once

#include "FieldIssue.h"
#include "SyncDataRequest.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// "One person" of the digital-bank intake: identification, names, personal
// data, contact and addresses (everything of Sync Data but the products).
class IntakePersonEditor : public QWidget
{
    Q_OBJECT
public:
    explicit IntakePersonEditor(QWidget *parent = nullptr);

    // Writes the inputs into `request` (products untouched).
    void fill(SyncDataRequest &request) const;
    // Problems only this editor can see (a birth date not in dd/MM/yyyy).
    FieldIssues localIssues() const;
    // Shows `message` at the input of JSON path `path`; the input, or
    // nullptr when the path is not this editor's.
    QWidget *showIssue(const QString &path, const QString &message);
    void clearIssues();
    void setReadOnly(bool readOnly);

private:
    QLineEdit *addLine(const QString &path, const QString &objectName, const QString &label, const QString &accessible,
                       class QGridLayout *grid, int row, int column);
    void addAddressRow(bool main);

    struct Input
    {
        QWidget *field = nullptr;
        QLabel *error = nullptr;
    };
    QHash<QString, Input> m_inputs; // by JSON path
    QComboBox *m_type = nullptr;
    QComboBox *m_gender = nullptr;
    QTableWidget *m_addresses = nullptr;
    QLabel *m_addressIssues = nullptr;
};
