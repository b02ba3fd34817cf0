#pragma once

#include <QFrame>
#include <QString>

class QLabel;
class QToolButton;

// An inline message above a form (KeePassXC's MessageWidget idea): for
// problems the teller can recover from, so the form and its input stay in
// view. Modal boxes are kept for decisions.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Type { Information, Positive, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    // `detail` goes on its own line (e.g. the reference for the support desk);
    // both lines can be selected and copied.
    void showMessage(Type type, const QString &text, const QString &detail = {});
    void clear();

    Type type() const { return m_type; }
    QString text() const;
    QString detail() const;

private:
    void applyStyle();

    Type m_type = Type::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_detail;
    QToolButton *m_closeButton;
};
