#include "MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

struct BannerColours
{
    const char *background;
    const char *border;
    const char *text;
};

// Pale background with dark text: readable on light and dark themes alike,
// and the colour never carries the meaning alone (icon and words do too).
BannerColours coloursFor(MessageBanner::Type type)
{
    switch (type) {
    case MessageBanner::Type::Information: return {"#e8f1fb", "#4a7fb5", "#102a43"};
    case MessageBanner::Type::Positive: return {"#e6f4ea", "#3c8c52", "#12361d"};
    case MessageBanner::Type::Warning: return {"#fff4d6", "#c98a00", "#3d2a00"};
    case MessageBanner::Type::Error: return {"#fde8e8", "#c62828", "#4a0d0d"};
    }
    return {"#e8f1fb", "#4a7fb5", "#102a43"};
}

QStyle::StandardPixmap iconFor(MessageBanner::Type type)
{
    switch (type) {
    case MessageBanner::Type::Information: return QStyle::SP_MessageBoxInformation;
    case MessageBanner::Type::Positive: return QStyle::SP_DialogApplyButton;
    case MessageBanner::Type::Warning: return QStyle::SP_MessageBoxWarning;
    case MessageBanner::Type::Error: return QStyle::SP_MessageBoxCritical;
    }
    return QStyle::SP_MessageBoxInformation;
}

QLabel *makeTextLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // Selectable so the teller can copy the bank's reference for the support desk.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(makeTextLabel(this))
    , m_detail(makeTextLabel(this))
    , m_closeButton(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Message"));
    m_text->setObjectName(QStringLiteral("messageText"));
    m_detail->setObjectName(QStringLiteral("messageDetail"));

    m_closeButton->setObjectName(QStringLiteral("messageCloseButton"));
    m_closeButton->setText(QStringLiteral("\u00D7"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setToolTip(tr("Close this message"));
    m_closeButton->setAccessibleName(tr("Close message"));
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBanner::clear);

    m_icon->setAlignment(Qt::AlignTop);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_text);
    texts->addWidget(m_detail);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    applyStyle();
    hide();
}

void MessageBanner::showMessage(Type type, const QString &text, const QString &detail)
{
    m_type = type;
    m_text->setText(text);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    setAccessibleDescription(detail.isEmpty() ? text : text + QLatin1Char('\n') + detail);
    applyStyle();
    show();
}

void MessageBanner::clear()
{
    m_text->clear();
    m_detail->clear();
    setAccessibleDescription({});
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

QString MessageBanner::detail() const
{
    return m_detail->text();
}

void MessageBanner::applyStyle()
{
    const BannerColours colours = coloursFor(m_type);
    setStyleSheet(QStringLiteral("MessageBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                 "MessageBanner QLabel { color: %3; background: transparent; }"
                                 "MessageBanner QToolButton { color: %3; border: none; font-weight: bold; }")
                      .arg(QLatin1String(colours.background), QLatin1String(colours.border),
                           QLatin1String(colours.text)));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(iconFor(m_type), nullptr, this).pixmap(iconSize, iconSize));
}
