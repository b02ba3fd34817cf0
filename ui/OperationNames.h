#pragma once

#include <QCoreApplication>
#include <QString>

// What an operation is called for the teller. The journal and the API classes
// identify operations by stable ids ("customers.basicData.v4"); the status bar
// and the journal viewer show these names instead, and the id stays available
// for support (tooltips, CSV export).
class OperationNames
{
    Q_DECLARE_TR_FUNCTIONS(OperationNames)
public:
    // The translated name, or the id itself for an operation not listed here
    // (a newer journal read by an older console).
    static QString title(const QString &operation);
    static bool isKnown(const QString &operation);
};
