#pragma once

#include "CorrespondentPoint.h"

#include <QGroupBox>
#include <QHash>

class QLabel;
class QLineEdit;

// The service point of a banking correspondent (code, name, DANE place,
// the correspondent's account), entered once and sent with every
// correspondent read. In Training it starts with the document's example
// point (MI OFICINA BETTY, LA MESA).
class CorrespondentPointBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit CorrespondentPointBox(bool training, QWidget *parent = nullptr);

    // The point as entered, stamped with a fresh hour and audit number.
    CorrespondentPoint point() const;

    // Puts `message` under the input of wire field `field` (trn.code ...);
    // the input, or nullptr when the field is not one of this box's.
    QWidget *showIssue(const QString &field, const QString &message);
    void clearIssues();
    void setReadOnly(bool readOnly);

private:
    QLineEdit *addField(const QString &field, const QString &objectName, const QString &label,
                        const QString &accessibleName, int row, int column);

    struct Input
    {
        QLineEdit *edit = nullptr;
        QLabel *error = nullptr;
    };
    QHash<QString, Input> m_inputs; // by wire field
};
