#pragma once

#include <QByteArray>
#include <QString>
#include <QWidget>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPrinter;
class QPushButton;
class QSpinBox;

// Shows a policy certificate PDF inside the console (Qt PDF): pages, zoom,
// save under a clear default name, print. The bytes are checked to be a PDF
// (QPdfDocument must open them) before anything is shown or saved.
class CertificateViewer : public QWidget
{
    Q_OBJECT
public:
    explicit CertificateViewer(QWidget *parent = nullptr);
    ~CertificateViewer() override;

    // False (and nothing shown) when the bytes are not a readable PDF.
    bool showCertificate(const QByteArray &pdf, const QString &defaultFileName);
    void clear();

    bool hasCertificate() const;
    int pageCount() const;
    QString defaultFileName() const { return m_defaultFileName; }
    const QByteArray &pdf() const { return m_pdf; }
    QPdfDocument *document() const { return m_document; }

    // Writes the PDF as received; false with *error on failure.
    bool saveTo(const QString &filePath, QString *error = nullptr) const;
    // Renders every page onto `printer` (tests print to a PDF file).
    bool printTo(QPrinter *printer) const;

    void zoomIn();
    void zoomOut();
    void fitToWidth();

    // Where "Save" proposes to put the file (the user's documents folder by
    // default; tests point it elsewhere).
    void setSaveDirectory(const QString &directory) { m_saveDirectory = directory; }

signals:
    void saved(const QString &filePath);
    void printed();

private:
    void askWhereToSave();
    void askForPrinter();
    void updatePageControls();

    QByteArray m_pdf;
    QString m_defaultFileName;
    QString m_saveDirectory;
    QBuffer *m_buffer = nullptr;
    QPdfDocument *m_document = nullptr;
    QPdfView *m_view = nullptr;
    QSpinBox *m_page = nullptr;
    QLabel *m_pageCount = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_zoomInButton = nullptr;
    QPushButton *m_zoomOutButton = nullptr;
    QPushButton *m_fitButton = nullptr;
};
