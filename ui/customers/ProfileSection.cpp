#include "ProfileSection.h"

#include "ApiError.h"
#include "widgets/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

ProfileSection::ProfileSection(const QString &title, const QString &name, QWidget *content, QWidget *parent)
    : QGroupBox(title, parent)
    , m_content(content)
{
    setObjectName(name);
    setAccessibleName(title);

    m_spinner = new QProgressBar(this);
    m_spinner->setObjectName(name + QStringLiteral("Spinner"));
    m_spinner->setAccessibleName(tr("Loading %1").arg(title));
    m_spinner->setRange(0, 0); // indeterminate: the bank gives no progress
    m_spinner->setTextVisible(false);
    m_spinner->setFixedWidth(120);
    m_loadingLabel = new QLabel(tr("Loading\u2026"), this);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(name + QStringLiteral("Banner"));

    m_retry = new QPushButton(tr("Retry"), this);
    m_retry->setObjectName(name + QStringLiteral("Retry"));
    m_retry->setAccessibleName(tr("Retry %1").arg(title));
    m_retry->setAutoDefault(true);
    connect(m_retry, &QPushButton::clicked, this, &ProfileSection::retryRequested);

    auto *status = new QHBoxLayout;
    status->addWidget(m_spinner);
    status->addWidget(m_loadingLabel);
    status->addWidget(m_retry);
    status->addStretch(1);

    content->setParent(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(status);
    layout->addWidget(content);
    showEmpty();
}

void ProfileSection::setState(State state)
{
    m_state = state;
    m_spinner->setVisible(state == State::Loading);
    m_loadingLabel->setVisible(state == State::Loading);
    m_retry->setVisible(state == State::Failed);
    m_content->setVisible(state == State::Loaded);
    if (state != State::Failed)
        m_banner->clear();
}

void ProfileSection::showEmpty()
{
    setState(State::Empty);
    hide();
}

void ProfileSection::showLoading()
{
    setState(State::Loading);
    show();
}

void ProfileSection::showLoaded()
{
    setState(State::Loaded);
    show();
}

void ProfileSection::showError(const ApiError &error, const QString &advice)
{
    setState(State::Failed);
    const QString reference = error.supportReference();
    QString text = advice.isEmpty() ? error.userMessage() : advice;
    if (!advice.isEmpty() && !error.description.isEmpty())
        text += QLatin1Char(' ') + tr("Bank says: \"%1\".").arg(error.description);
    const bool notFound = error.kind == ApiError::Kind::NotFound;
    m_banner->showMessage(notFound ? MessageBanner::Type::Warning : MessageBanner::Type::Error, text,
                          reference.isEmpty() ? QString() : tr("Reference for support: %1").arg(reference));
    show();
}

void ProfileSection::showNote(const QString &text)
{
    setState(State::Failed);
    m_retry->hide();
    m_banner->showMessage(MessageBanner::Type::Information, text);
    show();
}
