#include "FormParts.h"

#include <QLabel>
#include <QShortcut>

namespace FormParts {

QLabel *fieldErrorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    label->hide();
    return label;
}

QLabel *pageHeading(const QString &title, QWidget *parent)
{
    auto *label = new QLabel(title, parent);
    label->setObjectName(QStringLiteral("pageHeading"));
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *pageIntro(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("pageIntro"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

void cancelOnEscape(QWidget *form, std::function<void()> cancel)
{
    auto *shortcut = new QShortcut(QKeySequence::Cancel, form);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(shortcut, &QShortcut::activated, form, std::move(cancel));
}

} // namespace FormParts
