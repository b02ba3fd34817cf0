#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMouseEvent>
#include <QTimer>

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
    , m_deadline(new QTimer(this))
    , m_tick(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    m_deadline->setTimerType(Qt::PreciseTimer);
    connect(m_deadline, &QTimer::timeout, this, &IdleWatcher::onDeadline);
    m_tick->setInterval(200);
    connect(m_tick, &QTimer::timeout, this, &IdleWatcher::onTick);
    m_sinceInput.start();
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatcher::setTimeout(int milliseconds)
{
    m_timeoutMs = qMax(100, milliseconds);
    if (m_active) {
        if (m_warning) {
            m_warning = false;
            m_tick->stop();
            emit warningCancelled();
        }
        arm();
    }
}

int IdleWatcher::warningDuration() const
{
    return qMin(maximumWarningMs, m_timeoutMs / 2);
}

void IdleWatcher::start()
{
    m_active = true;
    m_warning = false;
    m_sinceInput.restart();
    arm();
}

void IdleWatcher::stop()
{
    m_active = false;
    m_deadline->stop();
    m_tick->stop();
    if (m_warning) {
        m_warning = false;
        emit warningCancelled();
    }
}

int IdleWatcher::secondsLeft() const
{
    const qint64 left = qMax<qint64>(0, m_timeoutMs - m_sinceInput.elapsed());
    return int((left + 999) / 1000);
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        noteInput();
        break;
    case QEvent::MouseMove: {
        // Qt may repeat a move at the same place when widgets appear under
        // the pointer; only a pointer that really moved is the operator.
        const QPoint position = static_cast<QMouseEvent *>(event)->globalPosition().toPoint();
        if (position != m_lastMousePosition) {
            m_lastMousePosition = position;
            noteInput();
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

// Called for every input event, so it only notes the time; the timer finds
// out at its deadline whether the wait has to go on.
void IdleWatcher::noteInput()
{
    m_sinceInput.restart();
    if (m_active && m_warning) {
        m_warning = false;
        m_tick->stop();
        emit warningCancelled();
        arm();
    }
}

void IdleWatcher::arm()
{
    const qint64 untilWarning = m_timeoutMs - warningDuration() - m_sinceInput.elapsed();
    m_deadline->start(int(qMax<qint64>(0, untilWarning)));
}

void IdleWatcher::onDeadline()
{
    if (!m_active)
        return;
    const qint64 idle = m_sinceInput.elapsed();
    if (!m_warning) {
        if (idle < m_timeoutMs - warningDuration()) {
            arm();
            return;
        }
        m_warning = true;
        m_lastSecondsLeft = secondsLeft();
        emit warningStarted(m_lastSecondsLeft);
        m_tick->start();
        m_deadline->start(int(qMax<qint64>(0, m_timeoutMs - idle)));
        return;
    }
    if (idle < m_timeoutMs) {
        m_deadline->start(int(m_timeoutMs - idle));
        return;
    }
    m_warning = false;
    m_active = false;
    m_tick->stop();
    emit timedOut();
}

void IdleWatcher::onTick()
{
    const int left = secondsLeft();
    if (left != m_lastSecondsLeft) {
        m_lastSecondsLeft = left;
        emit countdownChanged(left);
    }
}
