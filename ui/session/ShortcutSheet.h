#pragma once

#include "WorkflowCatalog.h"

#include <QCoreApplication>
#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QTableWidget;

// The console-wide keys, in one place for the main window's actions and
// for the shortcut sheet (and README.md "Keyboard").
struct GlobalShortcuts
{
    static QKeySequence help() { return QKeySequence(Qt::Key_F1); }
    static QKeySequence lock() { return QKeySequence(Qt::CTRL | Qt::Key_L); }
    static QKeySequence quit() { return QKeySequence(Qt::CTRL | Qt::Key_Q); }
    static QList<QKeySequence> submit()
    {
        return {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)};
    }
};

// F1: every workflow with its shortcut, and the keys that work everywhere.
// Read-only, navigable with the arrow keys, closed with Esc.
class ShortcutSheet : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString group;  // "Workflows", "Everywhere", "In a form"
        QString keys;   // as shown, e.g. "Ctrl+1"
        QString action;
    };

    explicit ShortcutSheet(const QList<WorkflowInfo> &workflows, QWidget *parent = nullptr);

    static QList<Entry> entries(const QList<WorkflowInfo> &workflows);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QTableWidget *m_table = nullptr;
};
