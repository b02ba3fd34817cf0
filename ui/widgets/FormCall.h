#pragma once

#include "ApiClient.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

// The one call a form (or one section of it) has in flight: a newer call's
// answer wins over an older one still on its way, busy on while it runs,
// the error to the form when it fails, and nothing reaches the form once the
// call was cancelled or the owner is gone. A form keeps one as a member; a
// form with independent sections keeps one per section.
class FormCall
{
public:
    // `doing` is the text await() was given (empty when none; always empty
    // when busy ends).
    using BusyWithText = std::function<void(bool busy, const QString &doing)>;
    using Busy = std::function<void(bool busy)>;
    using Error = std::function<void(const ApiError &error)>;

    // `context` bounds the answers (normally the owning form); `error` shows
    // a failure when await() is given no error handler of its own.
    FormCall(QObject *context, Busy busy, Error error);
    FormCall(QObject *context, BusyWithText busy, Error error);
    // Forgets and cancels the running call without calling busy: the owner
    // is being destroyed.
    ~FormCall();

    FormCall(const FormCall &) = delete;
    FormCall &operator=(const FormCall &) = delete;

    // Runs `call`: busy(true), then busy(false) and `onSuccess(value)` or the
    // error (to `onError` when given). An operation that is missing or
    // already finished reports its error to the form's error callback at
    // once, without busy. A running call is replaced: its answer is ignored.
    template <typename T, typename Handler>
    void await(const PendingCall<T> &call, Handler onSuccess)
    {
        start(QString(), call, std::move(onSuccess), m_error);
    }
    template <typename T, typename Handler, typename OnError>
    void await(const PendingCall<T> &call, Handler onSuccess, OnError onError)
    {
        start(QString(), call, std::move(onSuccess), std::move(onError));
    }
    // The same, with what the form is doing for its busy text.
    template <typename T, typename Handler>
    void await(const QString &doing, const PendingCall<T> &call, Handler onSuccess)
    {
        start(doing, call, std::move(onSuccess), m_error);
    }
    template <typename T, typename Handler, typename OnError>
    void await(const QString &doing, const PendingCall<T> &call, Handler onSuccess, OnError onError)
    {
        start(doing, call, std::move(onSuccess), std::move(onError));
    }

    bool isRunning() const { return m_state->active != 0; }
    // Stops waiting: the operation is cancelled, busy ends, no handler runs.
    void cancel();
    // Asks the operation to stop but keeps waiting: its answer (normally a
    // Cancelled error) still comes through the handlers.
    void abort();

private:
    struct State
    {
        quint64 active = 0; // id of the call whose answer is awaited; 0: none
        quint64 last = 0;
        std::function<void()> cancel;
    };

    template <typename T, typename Handler, typename OnError>
    void start(const QString &doing, const PendingCall<T> &call, Handler onSuccess, OnError onError)
    {
        const ApiOperation *operation = call.operation();
        if (!operation || operation->isFinished()) {
            m_error(operation && !operation->succeeded() ? operation->error()
                                                         : ApiError::make(ApiError::Kind::Configuration));
            return;
        }
        const quint64 id = ++m_state->last;
        m_state->active = id;
        m_state->cancel = [call] { call.cancel(); };
        m_busy(true, doing);
        // The weak state tells a late answer that this FormCall is gone.
        const std::weak_ptr<State> weak = m_state;
        call.then(m_context, [this, weak, id, onSuccess, onError](const Result<T> &result) {
            const std::shared_ptr<State> state = weak.lock();
            if (!state || state->active != id)
                return;
            state->active = 0;
            state->cancel = nullptr;
            m_busy(false, QString());
            if (!result.ok()) {
                onError(result.error());
                return;
            }
            onSuccess(result.value());
        });
    }

    QObject *m_context;
    BusyWithText m_busy;
    Error m_error;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};
