#include "CertificatePdf.h"

#include <QBuffer>
#include <QPdfDocument>

#include <gtest/gtest.h>

namespace {

QString allText(QPdfDocument &document)
{
    QString text;
    for (int page = 0; page < document.pageCount(); ++page)
        text += document.getAllText(page).text() + QLatin1Char('\n');
    return text;
}

CertificatePdf sample(int beneficiaries)
{
    CertificatePdf pdf;
    pdf.insurer = QStringLiteral("Aseguradora de formación");
    pdf.title = QStringLiteral("Certificado individual de seguro");
    pdf.subtitle = QStringLiteral("Póliza 5001 - Certificado 21344546");
    pdf.footer = QStringLiteral("Training");
    pdf.sections.append({QStringLiteral("Póliza"), {{QStringLiteral("Número de póliza"), QStringLiteral("5001")},
                                                    {QStringLiteral("Nota"), QStringLiteral("(paréntesis) y \\ barra")}}});
    CertificatePdf::Section section{QStringLiteral("Beneficiarios"), {}};
    for (int i = 0; i < beneficiaries; ++i)
        section.rows.append({QStringLiteral("Beneficiario %1").arg(i + 1), QStringLiteral("%1% - parentesco 3").arg(i)});
    pdf.sections.append(section);
    return pdf;
}

} // namespace

TEST(CertificatePdf, IsAPdfThatQtPdfOpensAndSearches)
{
    QByteArray bytes = sample(2).render();
    EXPECT_TRUE(bytes.startsWith("%PDF-1.4"));
    EXPECT_TRUE(bytes.trimmed().endsWith("%%EOF"));
    QBuffer buffer(&bytes);
    ASSERT_TRUE(buffer.open(QIODevice::ReadOnly));
    QPdfDocument document;
    document.load(&buffer);
    ASSERT_EQ(document.status(), QPdfDocument::Status::Ready);
    EXPECT_EQ(document.pageCount(), 1);
    const QString text = allText(document);
    EXPECT_TRUE(text.contains(QStringLiteral("Póliza 5001"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("(paréntesis) y \\ barra"))) << text.toStdString();
    EXPECT_EQ(document.metaData(QPdfDocument::MetaDataField::Title).toString(),
              QStringLiteral("Certificado individual de seguro Póliza 5001 - Certificado 21344546"));
}

TEST(CertificatePdf, LongCertificatesContinueOnNewPages)
{
    QByteArray bytes = sample(80).render();
    QBuffer buffer(&bytes);
    ASSERT_TRUE(buffer.open(QIODevice::ReadOnly));
    QPdfDocument document;
    document.load(&buffer);
    ASSERT_EQ(document.status(), QPdfDocument::Status::Ready);
    EXPECT_GE(document.pageCount(), 2);
    const QString text = allText(document);
    EXPECT_TRUE(text.contains(QStringLiteral("Beneficiario 1")));
    EXPECT_TRUE(text.contains(QStringLiteral("Beneficiario 80")));
}

TEST(CertificatePdf, TextOutsideLatin1IsReplacedNotBroken)
{
    EXPECT_EQ(CertificatePdf::pdfString(QStringLiteral("a(b)c\\")), QByteArray("a\\(b\\)c\\\\"));
    EXPECT_EQ(CertificatePdf::pdfString(QStringLiteral("Ω\n")), QByteArray("? "));
}
