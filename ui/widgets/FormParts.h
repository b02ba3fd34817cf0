#pragma once

#include <QString>

#include <functional>

class QFormLayout;
class QLabel;
class QLayout;
class QTableView;
class QWidget;

// Pieces every workflow form builds the same way, kept once so the forms
// look and behave alike.
namespace FormParts {

// The message under a field: red, plain text, wrapping, hidden until set.
QLabel *fieldErrorLabel(const QString &objectName, QWidget *parent);

// A page's title: larger and bold, plain text, objectName "pageHeading".
QLabel *pageHeading(const QString &title, QWidget *parent);

// The one line under the title saying what the page is for: plain text,
// wrapping, objectName "pageIntro".
QLabel *pageIntro(const QString &text, QWidget *parent);

// A value shown under its caption in `form` (a read-only record): plain
// text, selectable by mouse and keyboard; the caption is its buddy, so it
// names the value for assistive tools.
QLabel *valueRow(QFormLayout *form, const QString &caption, const QString &objectName, QWidget *parent);

// Two caption/value columns side by side, spaced alike on every record view.
QLayout *twoColumns(QFormLayout *left, QFormLayout *right);

// A read-only list in a record view (its model already set): rows selected
// whole, alternate colours, Tab leaves it, no row numbers, columns fit their
// contents; the corner button gets `cornerAccessibleName`.
void readOnlyRecordsTable(QTableView *table, const QString &cornerAccessibleName);

// Esc anywhere in `form` calls `cancel` (which stops the request in flight,
// if any).
void cancelOnEscape(QWidget *form, std::function<void()> cancel);

} // namespace FormParts
