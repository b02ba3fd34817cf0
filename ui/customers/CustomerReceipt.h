#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// What the receipt of "Create Customer and Account" shows. The identity
// number is masked before it reaches the paper.
struct CustomerReceiptData
{
    QString environment;   // "Training" prints a TRAINING mark
    QString branchId;
    QString terminalId;
    QString adviser;
    QDateTime dateTime;
    QString customerName;
    QString govIssueIdentType;
    QString identSerialNum; // masked when printed
    QString accountNumber;
    QString reference;
    QString gmfStatus;
    QString gmfBank;
    QString transactionId;
};

// The bank-style receipt as a one-page A4 PDF (QPdfWriter): header with the
// branch, the operation's data, and signature lines for customer and adviser.
class CustomerReceipt
{
    Q_DECLARE_TR_FUNCTIONS(CustomerReceipt)
public:
    static QByteArray pdf(const CustomerReceiptData &data);
};
