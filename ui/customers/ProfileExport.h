#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QWidget;

// Copy and Print of a profile view. The text is built by the views
// (identity numbers masked unless the adviser revealed them); this puts it
// on the clipboard or on paper.
class ProfileExport
{
    Q_DECLARE_TR_FUNCTIONS(ProfileExport)
public:
    // A titled block: the header row, then one line per row, cells joined by
    // " | "; the `identityColumns` masked unless `revealIdentity`.
    static QString tableText(const QAbstractItemModel *model, const QString &title,
                             const QList<int> &identityColumns, bool revealIdentity);
    // "== Title ==" followed by the body, for one section.
    static QString section(const QString &title, const QString &body);

    static void copy(const QString &text);
    // Asks for a printer, then prints `text` under `title` (with the
    // environment's mark, e.g. TRAINING). False when nothing was printed.
    static bool print(QWidget *parent, const QString &title, const QString &text);
};
