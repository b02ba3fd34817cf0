#include "ProfileExport.h"

#include "Masking.h"

#include <QAbstractItemModel>
#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QPrintDialog>
#include <QPrinter>
#include <QStringList>
#include <QTextDocument>

QString ProfileExport::tableText(const QAbstractItemModel *model, const QString &title,
                                 const QList<int> &identityColumns, bool revealIdentity)
{
    QStringList lines;
    lines << title;
    if (model->rowCount() == 0) {
        lines << tr("(none)");
        return lines.join(QLatin1Char('\n'));
    }
    QStringList header;
    for (int c = 0; c < model->columnCount(); ++c)
        header << model->headerData(c, Qt::Horizontal).toString();
    lines << header.join(QStringLiteral(" | "));
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString value = model->data(model->index(r, c)).toString();
            cells << (identityColumns.contains(c) && !revealIdentity ? Masking::identity(value) : value);
        }
        lines << cells.join(QStringLiteral(" | "));
    }
    return lines.join(QLatin1Char('\n'));
}

QString ProfileExport::section(const QString &title, const QString &body)
{
    return QStringLiteral("== %1 ==\n%2\n").arg(title, body.trimmed());
}

void ProfileExport::copy(const QString &text)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

bool ProfileExport::print(QWidget *parent, const QString &title, const QString &text)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printProfileDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QTextDocument document;
    document.setPlainText(tr("%1\nPrinted %2\n\n%3")
                              .arg(title, QDateTime::currentDateTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                   text));
    document.print(&printer);
    return true;
}
