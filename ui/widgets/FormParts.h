#pragma once

#include <QString>

#include <functional>

class QLabel;
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

// Esc anywhere in `form` calls `cancel` (which stops the request in flight,
// if any).
void cancelOnEscape(QWidget *form, std::function<void()> cancel);

} // namespace FormParts
