#include "ShortcutSheet.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString keyText(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

} // namespace

QList<ShortcutSheet::Entry> ShortcutSheet::entries(const QList<WorkflowInfo> &workflows)
{
    QList<Entry> list;
    const QString workflowGroup = tr("Workflows");
    for (const WorkflowInfo &workflow : workflows) {
        list.append({workflowGroup, keyText(workflow.shortcut),
                     workflow.available ? workflow.title() : tr("%1 (a later version)").arg(workflow.title())});
    }

    const QString everywhere = tr("Everywhere");
    list.append({everywhere, keyText(GlobalShortcuts::help()), tr("Show this list of keyboard shortcuts")});
    list.append({everywhere, keyText(GlobalShortcuts::lock()),
                 tr("Lock the screen now; your work stays as it is")});
    list.append({everywhere, keyText(GlobalShortcuts::quit()), tr("Quit BranchDesk")});
    list.append({everywhere, tr("Alt+underlined letter"), tr("Open that menu, or go to that field or button")});

    const QString inForm = tr("In a form");
    list.append({inForm, tr("Enter"), tr("Submit from an input field (for example, Search)")});
    // Said as tellers say it; the key is Ctrl+Return or Ctrl+Enter on the keypad.
    list.append({inForm, tr("Ctrl+Enter"), tr("Submit the form from anywhere in it")});
    list.append({inForm, tr("Esc"), tr("Cancel the running request; close a dialog")});
    list.append({inForm, tr("F5"), tr("Refresh the page, where the page offers it")});
    list.append({inForm, tr("Tab / Shift+Tab"), tr("Next / previous field")});
    return list;
}

ShortcutSheet::ShortcutSheet(const QList<WorkflowInfo> &workflows, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutSheet"));
    setWindowTitle(tr("Keyboard shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));

    auto *intro = new QLabel(tr("Everything in BranchDesk can be done from the keyboard."), this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    QString group;
    for (const Entry &entry : entries(workflows)) {
        if (entry.group != group) {
            // A heading row spanning both columns.
            group = entry.group;
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto *heading = new QTableWidgetItem(group);
            QFont font = heading->font();
            font.setBold(true);
            heading->setFont(font);
            heading->setFlags(Qt::ItemIsEnabled);
            m_table->setItem(row, 0, heading);
            m_table->setSpan(row, 0, 1, 2);
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *keys = new QTableWidgetItem(entry.keys);
        keys->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(entry.keys, entry.action));
        m_table->setItem(row, 0, keys);
        m_table->setItem(row, 1, new QTableWidgetItem(entry.action));
    }
    // The first shortcut, not the heading above it, is where the arrows start.
    m_table->setCurrentCell(1, 0);
    m_table->resizeColumnToContents(0);
    m_table->setColumnWidth(0, m_table->columnWidth(0) + 24);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("shortcutSheetClose"));
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(620, 640);
}

// The list takes the keys at once: arrows scroll it, Esc closes the sheet.
void ShortcutSheet::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_table->setFocus(Qt::OtherFocusReason);
}
