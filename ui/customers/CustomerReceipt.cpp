#include "CustomerReceipt.h"

#include "DisplayFormat.h"
#include "Masking.h"

#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

QByteArray CustomerReceipt::pdf(const CustomerReceiptData &data)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("Customer and account opening receipt"));
    writer.setCreator(QStringLiteral("BranchDesk"));

    QPainter painter(&writer);
    const int width = painter.viewport().width();
    const int mm = qRound(300 / 25.4); // device pixels per millimetre
    int y = 0;

    QFont title(QStringLiteral("DejaVu Sans"));
    title.setPointSizeF(16);
    title.setBold(true);
    QFont label(QStringLiteral("DejaVu Sans"));
    label.setPointSizeF(9.5);
    QFont value = label;
    value.setBold(true);
    QFont small = label;
    small.setPointSizeF(8);

    if (data.environment == QLatin1String("Training")) {
        // A receipt printed in class must never pass for a real one.
        painter.fillRect(QRect(0, y, width, 8 * mm), QColor(0xff, 0xe0, 0xb2));
        painter.setFont(value);
        painter.setPen(QColor(0x8a, 0x4b, 0x00));
        painter.drawText(QRect(0, y, width, 8 * mm), Qt::AlignCenter,
                         tr("TRAINING \u2014 NOT A VALID BANK DOCUMENT"));
        painter.setPen(Qt::black);
        y += 11 * mm;
    }
    painter.setFont(title);
    painter.drawText(QRect(0, y, width, 10 * mm), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Customer and savings account opening"));
    y += 12 * mm;
    painter.setFont(label);
    painter.drawText(QRect(0, y, width, 6 * mm), Qt::AlignLeft,
                     tr("Branch %1 · Terminal %2 · Adviser %3").arg(data.branchId, data.terminalId, data.adviser));
    painter.drawText(QRect(0, y, width, 6 * mm), Qt::AlignRight, DisplayFormat::dateTime(data.dateTime));
    y += 8 * mm;
    painter.drawLine(0, y, width, y);
    y += 6 * mm;

    const QList<QPair<QString, QString>> rows = {
        {tr("Customer"), data.customerName},
        {tr("Identification"), QStringLiteral("%1 %2").arg(data.govIssueIdentType, Masking::identity(data.identSerialNum))},
        {tr("Savings account number"), data.accountNumber},
        {tr("Reference number"), data.reference},
        {tr("GMF (4x1000) status"), data.gmfStatus},
        {tr("GMF bank"), data.gmfBank.isEmpty() ? tr("—") : data.gmfBank},
        {tr("Transaction"), data.transactionId},
    };
    for (const auto &row : rows) {
        painter.setFont(label);
        painter.drawText(QRect(0, y, width / 3, 8 * mm), Qt::AlignLeft | Qt::AlignVCenter, row.first);
        painter.setFont(value);
        painter.drawText(QRect(width / 3, y, width * 2 / 3, 8 * mm), Qt::AlignLeft | Qt::AlignVCenter, row.second);
        y += 9 * mm;
    }
    y += 4 * mm;
    painter.drawLine(0, y, width, y);
    y += 6 * mm;
    painter.setFont(small);
    painter.drawText(QRect(0, y, width, 20 * mm), Qt::AlignLeft | Qt::TextWordWrap,
                     tr("The customer declares that the data given are true and authorises the bank to verify them. "
                        "Keep this receipt: it is the proof of the opening of the account."));
    y += 45 * mm;

    const int lineWidth = width * 2 / 5;
    for (const auto &[x, who] : {qMakePair(0, tr("Customer's signature")),
                                 qMakePair(width - lineWidth, tr("Adviser's signature and stamp"))}) {
        painter.drawLine(x, y, x + lineWidth, y);
        painter.setFont(label);
        painter.drawText(QRect(x, y + mm, lineWidth, 6 * mm), Qt::AlignHCenter, who);
    }
    painter.end();
    buffer.close();
    return bytes;
}
