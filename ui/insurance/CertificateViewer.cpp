#include "CertificateViewer.h"

#include <QBuffer>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {
constexpr qreal zoomStep = 1.25;
constexpr qreal minZoom = 0.25;
constexpr qreal maxZoom = 4.0;
} // namespace

CertificateViewer::CertificateViewer(QWidget *parent)
    : QWidget(parent)
    , m_saveDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
    setObjectName(QStringLiteral("certificateViewer"));
    m_document = new QPdfDocument(this);
    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("certificateView"));
    m_view->setAccessibleName(tr("Certificate document"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setMinimumHeight(420);

    auto *pageLabel = new QLabel(tr("&Page:"), this);
    m_page = new QSpinBox(this);
    m_page->setObjectName(QStringLiteral("certificatePage"));
    m_page->setAccessibleName(tr("Page"));
    m_page->setRange(1, 1);
    pageLabel->setBuddy(m_page);
    m_pageCount = new QLabel(this);
    m_pageCount->setObjectName(QStringLiteral("certificatePageCount"));

    m_zoomOutButton = new QPushButton(tr("Zoom &out"), this);
    m_zoomOutButton->setObjectName(QStringLiteral("zoomOutButton"));
    m_zoomInButton = new QPushButton(tr("&Zoom in"), this);
    m_zoomInButton->setObjectName(QStringLiteral("zoomInButton"));
    m_fitButton = new QPushButton(tr("Fi&t width"), this);
    m_fitButton->setObjectName(QStringLiteral("fitWidthButton"));
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_saveButton = new QPushButton(tr("&Save PDF\u2026"), this);
    m_saveButton->setObjectName(QStringLiteral("saveCertificateButton"));
    m_saveButton->setAccessibleName(tr("Save certificate"));
    m_printButton = new QPushButton(tr("Pr&int\u2026"), this);
    m_printButton->setObjectName(QStringLiteral("printCertificateButton"));
    m_printButton->setAccessibleName(tr("Print certificate"));

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(pageLabel);
    toolbar->addWidget(m_page);
    toolbar->addWidget(m_pageCount);
    toolbar->addSpacing(16);
    toolbar->addWidget(m_zoomOutButton);
    toolbar->addWidget(m_zoomInButton);
    toolbar->addWidget(m_fitButton);
    toolbar->addWidget(m_zoomLabel);
    toolbar->addStretch(1);
    toolbar->addWidget(m_saveButton);
    toolbar->addWidget(m_printButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_view, 1);

    connect(m_zoomInButton, &QPushButton::clicked, this, &CertificateViewer::zoomIn);
    connect(m_zoomOutButton, &QPushButton::clicked, this, &CertificateViewer::zoomOut);
    connect(m_fitButton, &QPushButton::clicked, this, &CertificateViewer::fitToWidth);
    connect(m_saveButton, &QPushButton::clicked, this, &CertificateViewer::askWhereToSave);
    connect(m_printButton, &QPushButton::clicked, this, &CertificateViewer::askForPrinter);
    connect(m_page, &QSpinBox::valueChanged, this, [this](int page) {
        if (hasCertificate())
            m_view->pageNavigator()->jump(page - 1, {}, m_view->pageNavigator()->currentZoom());
    });
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, [this](int page) {
        const QSignalBlocker blocker(m_page);
        m_page->setValue(page + 1);
    });
    connect(m_view, &QPdfView::zoomFactorChanged, this, &CertificateViewer::updatePageControls);
    updatePageControls();
}

CertificateViewer::~CertificateViewer()
{
    m_view->setDocument(nullptr);
}

bool CertificateViewer::showCertificate(const QByteArray &pdf, const QString &defaultFileName)
{
    clear();
    if (!pdf.startsWith("%PDF-"))
        return false;
    m_pdf = pdf;
    m_buffer = new QBuffer(&m_pdf, this);
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
    if (m_document->status() != QPdfDocument::Status::Ready || m_document->pageCount() < 1) {
        clear();
        return false;
    }
    m_defaultFileName = defaultFileName;
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    updatePageControls();
    return true;
}

void CertificateViewer::clear()
{
    m_document->close();
    if (m_buffer) {
        m_buffer->close();
        m_buffer->deleteLater();
        m_buffer = nullptr;
    }
    m_pdf.clear();
    m_defaultFileName.clear();
    updatePageControls();
}

bool CertificateViewer::hasCertificate() const
{
    return m_document->status() == QPdfDocument::Status::Ready && m_document->pageCount() > 0;
}

int CertificateViewer::pageCount() const
{
    return hasCertificate() ? m_document->pageCount() : 0;
}

bool CertificateViewer::saveTo(const QString &filePath, QString *error) const
{
    if (!hasCertificate()) {
        if (error)
            *error = tr("There is no certificate to save.");
        return false;
    }
    // Written whole or not at all: a half-written certificate is worse than none.
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_pdf) != m_pdf.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool CertificateViewer::printTo(QPrinter *printer) const
{
    if (!hasCertificate() || !printer)
        return false;
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    for (int i = 0; i < m_document->pageCount(); ++i) {
        if (i > 0)
            printer->newPage();
        const QRect target = painter.viewport();
        const QSizeF pageSize = m_document->pagePointSize(i);
        // Keep the page's proportions inside the printable area.
        QSize size = pageSize.scaled(target.size(), Qt::KeepAspectRatio).toSize();
        const QImage image = m_document->render(i, size);
        painter.drawImage(QRect(target.topLeft(), size), image);
    }
    return painter.end();
}

void CertificateViewer::zoomIn()
{
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(qMin(maxZoom, m_view->zoomFactor() * zoomStep));
}

void CertificateViewer::zoomOut()
{
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(qMax(minZoom, m_view->zoomFactor() / zoomStep));
}

void CertificateViewer::fitToWidth()
{
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    updatePageControls();
}

void CertificateViewer::askWhereToSave()
{
    if (!hasCertificate())
        return;
    // open(), not exec(): no nested event loop while the dialog is up.
    auto *dialog = new QFileDialog(this, tr("Save certificate"), m_saveDirectory, tr("PDF documents (*.pdf)"));
    dialog->setObjectName(QStringLiteral("saveCertificateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->selectFile(m_defaultFileName);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &filePath) {
        QString error;
        if (saveTo(filePath, &error))
            emit saved(filePath);
        else
            m_pageCount->setText(tr("Not saved: %1").arg(error));
    });
    dialog->open();
}

void CertificateViewer::askForPrinter()
{
    if (!hasCertificate())
        return;
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setDocName(m_defaultFileName);
    auto *dialog = new QPrintDialog(printer, this);
    dialog->setObjectName(QStringLiteral("printCertificateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, qOverload<>(&QDialog::accepted), this, [this, printer] {
        if (printTo(printer))
            emit printed();
    });
    connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
    dialog->open();
}

void CertificateViewer::updatePageControls()
{
    const bool ready = hasCertificate();
    const int pages = ready ? m_document->pageCount() : 0;
    m_page->setRange(1, qMax(1, pages));
    m_page->setEnabled(pages > 1);
    m_pageCount->setText(ready ? tr("of %n page(s)", nullptr, pages) : QString());
    if (!ready)
        m_zoomLabel->clear();
    else if (m_view->zoomMode() == QPdfView::ZoomMode::FitToWidth)
        m_zoomLabel->setText(tr("fit to width"));
    else
        m_zoomLabel->setText(tr("%1%").arg(qRound(m_view->zoomFactor() * 100)));
    for (QPushButton *button : {m_saveButton, m_printButton, m_zoomInButton, m_zoomOutButton, m_fitButton})
        button->setEnabled(ready);
}
