#include "CertificatePdf.h"

#include <QStringList>

namespace {

constexpr int pageWidth = 595;  // A4 in points
constexpr int pageHeight = 842;
constexpr int margin = 50;
constexpr int lineHeight = 16;
constexpr int valueColumn = 230;
constexpr int maxValueChars = 58; // a value wraps beyond this at 10 pt
constexpr int maxLabelChars = 30; // a longer label runs into the value column

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 2);
}

// One page's drawing commands.
class PageStream
{
public:
    void text(int x, int y, const char *font, int size, const QString &content)
    {
        m_data += "BT /" + QByteArray(font) + ' ' + QByteArray::number(size) + " Tf " + QByteArray::number(x) + ' '
                  + QByteArray::number(y) + " Td (" + CertificatePdf::pdfString(content) + ") Tj ET\n";
    }
    void fillRect(int x, int y, int w, int h, double r, double g, double b)
    {
        m_data += number(r) + ' ' + number(g) + ' ' + number(b) + " rg " + QByteArray::number(x) + ' ' + QByteArray::number(y)
                  + ' ' + QByteArray::number(w) + ' ' + QByteArray::number(h) + " re f 0 0 0 rg\n";
    }
    void line(int x1, int y, int x2)
    {
        m_data += "0.6 0.6 0.6 RG 0.5 w " + QByteArray::number(x1) + ' ' + QByteArray::number(y) + " m "
                  + QByteArray::number(x2) + ' ' + QByteArray::number(y) + " l S\n";
    }
    void raw(const QByteArray &commands) { m_data += commands; }
    const QByteArray &data() const { return m_data; }

private:
    QByteArray m_data;
};

QStringList wrap(const QString &value)
{
    QStringList lines;
    QString current;
    for (const QString &word : value.split(QLatin1Char(' '))) {
        if (!current.isEmpty() && current.size() + 1 + word.size() > maxValueChars) {
            lines.append(current);
            current.clear();
        }
        current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    lines.append(current);
    return lines;
}

} // namespace

QByteArray CertificatePdf::pdfString(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char byte = u < 256 ? char(u) : '?';
        if (byte == '(' || byte == ')' || byte == '\\')
            out += '\\';
        if (byte == '\n' || byte == '\r')
            out += ' ';
        else
            out += byte;
    }
    return out;
}

QByteArray CertificatePdf::render() const
{
    QList<PageStream> pages;
    int y = 0;
    const auto newPage = [&pages, &y, this] {
        pages.append(PageStream());
        PageStream &page = pages.last();
        page.fillRect(0, pageHeight - 70, pageWidth, 70, 0.05, 0.28, 0.55);
        // White header text on the band.
        page.raw("1 1 1 rg\n");
        page.text(margin, pageHeight - 42, "F2", 16, insurer);
        page.raw("0 0 0 rg\n");
        y = pageHeight - 110;
    };
    newPage();
    PageStream *page = &pages.last();
    page->text(margin, y, "F2", 18, title);
    y -= 22;
    page->text(margin, y, "F1", 11, subtitle);
    y -= 30;

    for (const Section &section : sections) {
        // Keep a title with at least its first row.
        if (y < margin + 3 * lineHeight) {
            newPage();
            page = &pages.last();
        }
        page->text(margin, y, "F2", 12, section.title);
        y -= 6;
        page->line(margin, y, pageWidth - margin);
        y -= lineHeight;
        for (const auto &row : section.rows) {
            const QStringList lines = wrap(row.second);
            if (y < margin + lineHeight * int(lines.size() + 1)) {
                newPage();
                page = &pages.last();
            }
            page->text(margin, y, "F2", 10, row.first);
            // A long label (a coverage's name) gets the value on the next line.
            if (row.first.size() > maxLabelChars)
                y -= lineHeight;
            for (const QString &valueLine : lines) {
                page->text(valueColumn, y, "F1", 10, valueLine);
                y -= lineHeight;
            }
        }
        y -= 12;
    }
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString pageNote = QStringLiteral("%1   -   %2/%3").arg(footer).arg(i + 1).arg(pages.size());
        pages[i].text(margin, 30, "F1", 8, pageNote);
    }

    // Objects: 1 catalog, 2 pages, 3 Helvetica, 4 Helvetica-Bold, 5 info,
    // then per page its page object and its content stream.
    QList<QByteArray> objects;
    QByteArray kids;
    for (qsizetype i = 0; i < pages.size(); ++i)
        kids += QByteArray::number(6 + 2 * i) + " 0 R ";
    objects.append("<< /Type /Catalog /Pages 2 0 R >>");
    objects.append("<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(pages.size()) + " >>");
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
    objects.append("<< /Title (" + pdfString(title + QStringLiteral(" ") + subtitle) + ") /Producer (BranchDesk training server) >>");
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QByteArray content = pages.at(i).data();
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(pageWidth) + ' '
                       + QByteArray::number(pageHeight) + "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents "
                       + QByteArray::number(7 + 2 * i) + " 0 R >>");
        objects.append("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream");
    }

    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info 5 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}
