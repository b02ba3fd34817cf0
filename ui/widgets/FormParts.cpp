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

void cancelOnEscape(QWidget *form, std::function<void()> cancel)
{
    auto *shortcut = new QShortcut(QKeySequence::Cancel, form);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(shortcut, &QShortcut::activated, form, std::move(cancel));
}

} // namespace FormParts
