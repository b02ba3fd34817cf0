#include "ConnectionStatusLabel.h"

#include "ApiClient.h"

#include <QTimer>

namespace {

QString clockTime(const QDateTime &utc, bool seconds)
{
    return utc.toLocalTime().toString(seconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

} // namespace

ConnectionStatusLabel::ConnectionStatusLabel(ApiClient *client, QWidget *parent)
    : QLabel(parent)
    , m_client(client)
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("statusConnection"));
    setTextFormat(Qt::PlainText);
    setContentsMargins(8, 0, 8, 0);
    connect(m_client, &ApiClient::connectionStateChanged, this, &ConnectionStatusLabel::refresh);
    // The token expires without any event to say so.
    m_clock->setInterval(15000);
    connect(m_clock, &QTimer::timeout, this, &ConnectionStatusLabel::refresh);
    m_clock->start();
    refresh();
}

void ConnectionStatusLabel::refresh()
{
    const ConnectionState &state = m_client->connectionState();
    QStringList parts;
    bool problem = false;
    switch (state.reachability) {
    case ConnectionState::Reachability::Unknown:
        parts << (state.lastError.isEmpty() ? tr("Not connected yet") : tr("Not connected"));
        break;
    case ConnectionState::Reachability::Reachable:
        parts << tr("Connected");
        // Only the bank's documents use its OAuth token; after OBP or Itau
        // calls alone there is no token to speak of.
        if (state.tokenValidUntil.isValid())
            parts << (state.tokenValid() ? tr("token valid until %1").arg(clockTime(state.tokenValidUntil, false))
                                         : tr("token expired"));
        break;
    case ConnectionState::Reachability::Unreachable:
        parts << tr("Server unreachable");
        problem = true;
        break;
    }
    // An old problem that a later success cleared is left to the tooltip.
    const bool recentProblem = !state.lastError.isEmpty()
                               && (!state.lastSuccessTime.isValid() || state.lastErrorTime > state.lastSuccessTime);
    if (recentProblem) {
        parts << tr("last error %1: %2").arg(clockTime(state.lastErrorTime, true), state.lastError);
        problem = true;
    }
    setText(parts.join(QStringLiteral(" \u00b7 ")));
    setAccessibleName(tr("Connection: %1").arg(text()));
    setStyleSheet(problem ? QStringLiteral("color: #b71c1c;") : QString());

    QString tip = text();
    if (!state.lastError.isEmpty()) {
        tip += QLatin1Char('\n')
               + tr("Last error %1: %2").arg(clockTime(state.lastErrorTime, true), state.lastError);
        if (!state.lastErrorDetail.isEmpty())
            tip += QLatin1Char('\n') + state.lastErrorDetail;
    }
    setToolTip(tip);
}
