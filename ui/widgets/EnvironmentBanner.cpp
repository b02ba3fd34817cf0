#include "EnvironmentBanner.h"

namespace {

struct BannerColours
{
    const char *background;
    const char *text;
};

BannerColours coloursFor(EnvironmentKind kind)
{
    switch (kind) {
    case EnvironmentKind::Training: return {"#ffb300", "#1a1a1a"}; // amber, dark text
    case EnvironmentKind::Sandbox: return {"#1565c0", "#ffffff"};  // blue
    case EnvironmentKind::QA: return {"#6a1b9a", "#ffffff"};       // purple
    case EnvironmentKind::Live: return {"#c62828", "#ffffff"};     // red: real customers
    }
    return {"#ffb300", "#1a1a1a"};
}

} // namespace

EnvironmentBanner::EnvironmentBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("environmentBanner"));
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setEnvironment(EnvironmentKind::Training);
}

void EnvironmentBanner::setEnvironment(EnvironmentKind kind)
{
    m_kind = kind;
    setText(tr("%1 \u2014 %2").arg(label(kind), explanation(kind)));
    setAccessibleName(tr("Environment: %1").arg(label(kind)));
    const BannerColours colours = coloursFor(kind);
    setStyleSheet(QStringLiteral("EnvironmentBanner { background: %1; color: %2; font-weight: bold; padding: 6px; }")
                      .arg(QLatin1String(colours.background), QLatin1String(colours.text)));
}

QString EnvironmentBanner::label(EnvironmentKind kind)
{
    switch (kind) {
    case EnvironmentKind::Training: return tr("TRAINING");
    case EnvironmentKind::Sandbox: return tr("SANDBOX");
    case EnvironmentKind::QA: return tr("QA");
    case EnvironmentKind::Live: return tr("LIVE");
    }
    return {};
}

QString EnvironmentBanner::explanation(EnvironmentKind kind)
{
    switch (kind) {
    case EnvironmentKind::Training:
        return tr("practice data on this workstation; nothing reaches the bank");
    case EnvironmentKind::Sandbox:
        return tr("the bank's sandbox services; test data only");
    case EnvironmentKind::QA:
        return tr("the bank's QA services; test data only");
    case EnvironmentKind::Live:
        return tr("real customers and real operations");
    }
    return {};
}
