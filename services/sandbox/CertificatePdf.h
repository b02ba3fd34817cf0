#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// A small PDF 1.4 writer for the training server's policy certificates. The
// server is a QCoreApplication without QtGui, so QPdfWriter is not at hand;
// text in the standard Helvetica fonts (WinAnsi) needs no embedded font and
// every PDF reader (and QPdfDocument) opens and searches it.
class CertificatePdf
{
public:
    struct Section
    {
        QString title;
        QList<QPair<QString, QString>> rows; // label, value
    };

    QString insurer;   // header band
    QString title;
    QString subtitle;
    QList<Section> sections;
    QString footer;

    // The whole file: A4 pages, a new page whenever a section runs out of room.
    QByteArray render() const;

    // Text for a PDF string literal in WinAnsi: ( ) \ escaped, characters
    // outside Latin-1 replaced by '?'.
    static QByteArray pdfString(const QString &text);
};
