#pragma once

#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;

// Caption/value rows of a profile view. Values are selectable text; rows
// that hold an identity number are masked in plainText() unless revealed, so
// Copy and Print never carry a full number by accident.
class ProfileFields : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileFields(QWidget *parent = nullptr);

    enum class Kind { Plain, IdentityNumber };
    QLabel *addRow(const QString &caption, const QString &objectName, Kind kind = Kind::Plain);
    // `identityNumber`: the part of `text` to mask in plainText() (empty: the whole text).
    void setValue(QLabel *value, const QString &text, const QString &identityNumber = {});
    void setRowShown(QLabel *value, bool shown);
    void clear();

    // "Caption: value" lines of the rows shown.
    QString plainText(bool revealIdentity) const;

private:
    struct Row
    {
        QLabel *caption;
        QLabel *value;
        Kind kind;
        QString identityNumber;
    };
    QFormLayout *m_form;
    QList<Row> m_rows;
};
