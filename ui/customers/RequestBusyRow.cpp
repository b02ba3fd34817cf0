#include "RequestBusyRow.h"

#include "ApiError.h"
#include "widgets/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

RequestBusyRow::RequestBusyRow(const QString &prefix, QWidget *parent) : QWidget(parent)
{
    setObjectName(prefix + QStringLiteral("BusyRow"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(prefix + QStringLiteral("BusyIndicator"));
    m_bar->setAccessibleName(tr("Request in progress"));
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(180);
    m_label = new QLabel(this);
    m_label->setObjectName(prefix + QStringLiteral("BusyLabel"));
    m_cancel = new QPushButton(tr("Cance&l"), this);
    m_cancel->setObjectName(prefix + QStringLiteral("CancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the request"));
    m_cancel->setToolTip(tr("Stop waiting for the answer (Esc)"));
    m_cancel->setAutoDefault(true);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_bar);
    row->addWidget(m_label);
    row->addWidget(m_cancel);
    row->addStretch(1);
    connect(m_cancel, &QPushButton::clicked, this, &RequestBusyRow::cancelRequested);
    hide();
}

void RequestBusyRow::start(const QString &text)
{
    m_running = true;
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_label->setText(text);
    m_cancel->setEnabled(true);
    show();
}

void RequestBusyRow::setUploadProgress(qint64 sent, qint64 total)
{
    if (!m_running || total <= 0)
        return;
    // Percent, so files over 2 GB would not overflow the bar's int range.
    m_bar->setRange(0, 100);
    m_bar->setValue(int(sent * 100 / total));
    m_bar->setTextVisible(true);
    m_bar->setFormat(tr("%p% sent"));
}

void RequestBusyRow::stop()
{
    m_running = false;
    m_cancel->setEnabled(false);
    hide();
}

namespace AccountForms {

void showError(MessageBanner *banner, const ApiError &error, const QString &text)
{
    const QString reference = error.supportReference();
    const QString detail =
        reference.isEmpty() ? QString() : QCoreApplication::translate("AccountForms", "Reference for support: %1").arg(reference);
    if (error.kind == ApiError::Kind::Cancelled) {
        banner->showMessage(MessageBanner::Type::Information,
                            QCoreApplication::translate("AccountForms",
                                                        "Cancelled. Your entries are still here."));
        return;
    }
    const bool refusal = error.kind == ApiError::Kind::NotFound || error.kind == ApiError::Kind::InvalidRequest
                         || error.kind == ApiError::Kind::Business;
    banner->showMessage(refusal ? MessageBanner::Type::Warning : MessageBanner::Type::Error,
                        text.isEmpty() ? error.userMessage() : text, detail);
}

} // namespace AccountForms
