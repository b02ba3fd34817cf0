#include "FormParts.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QTableView>

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

QLabel *valueRow(QFormLayout *form, const QString &caption, const QString &objectName, QWidget *parent)
{
    auto *value = new QLabel(parent);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *captionLabel = new QLabel(caption, parent);
    captionLabel->setBuddy(value);
    form->addRow(captionLabel, value);
    return value;
}

QLayout *twoColumns(QFormLayout *left, QFormLayout *right)
{
    for (QFormLayout *form : {left, right}) {
        form->setVerticalSpacing(6);
        form->setHorizontalSpacing(12);
    }
    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    return columns;
}

void readOnlyRecordsTable(QTableView *table, const QString &cornerAccessibleName)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The table's corner button is a button like any other for assistive tools.
    if (auto *corner = table->findChild<QAbstractButton *>())
        corner->setAccessibleName(cornerAccessibleName);
}

void cancelOnEscape(QWidget *form, std::function<void()> cancel)
{
    auto *shortcut = new QShortcut(QKeySequence::Cancel, form);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(shortcut, &QShortcut::activated, form, std::move(cancel));
}

} // namespace FormParts
