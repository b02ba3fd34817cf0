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

// Esc anywhere in `form` calls `cancel` (which stops the request in flight,
// if any).
void cancelOnEscape(QWidget *form, std::function<void()> cancel);

} // namespace FormParts
