#include "FormCall.h"

FormCall::FormCall(QObject *context, Busy busy, Error error)
    : FormCall(context, BusyWithText([busy](bool on, const QString &) { busy(on); }), std::move(error))
{
}

FormCall::FormCall(QObject *context, BusyWithText busy, Error error)
    : m_context(context), m_busy(std::move(busy)), m_error(std::move(error))
{
}

FormCall::~FormCall()
{
    m_state->active = 0;
    // A copy: the answer may arrive inside cancel() and clear the original.
    if (const std::function<void()> cancelOperation = m_state->cancel)
        cancelOperation();
}

void FormCall::cancel()
{
    if (!isRunning())
        return;
    m_state->active = 0;
    const std::function<void()> cancelOperation = std::move(m_state->cancel);
    m_state->cancel = nullptr;
    if (cancelOperation)
        cancelOperation();
    m_busy(false, QString());
}

void FormCall::abort()
{
    if (const std::function<void()> cancelOperation = m_state->cancel)
        cancelOperation();
}
