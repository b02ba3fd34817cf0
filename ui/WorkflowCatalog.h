#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

// One workflow of the console as the navigation shows it.
struct WorkflowInfo
{
    QString id;          // stable, for object names and tests ("customerLookup")
    QString menuText;    // translated, with its mnemonic ("Customer &lookup")
    QString purpose;     // one translated sentence: what the workflow is for
    QKeySequence shortcut;
    bool available = false; // false: a later version brings it

    // The name without the mnemonic marker.
    QString title() const;
};

// The workflows in navigation order. The main window builds its list, its
// Workflows menu and its shortcuts from this one table.
class WorkflowCatalog
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowCatalog)
public:
    static QList<WorkflowInfo> all();

    static const QString customerLookup;
};
