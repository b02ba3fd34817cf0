#include "WorkflowPlaceholderPage.h"
#include "FormParts.h"

#include <QLabel>
#include <QVBoxLayout>

WorkflowPlaceholderPage::WorkflowPlaceholderPage(const QString &title, const QString &purpose, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("workflowPlaceholder"));
    setAccessibleName(title);

    QLabel *heading = FormParts::pageHeading(title, this);
    QLabel *purposeLabel = FormParts::pageIntro(purpose, this);

    auto *notice = new QLabel(tr("This workflow arrives in a later version of BranchDesk. Nothing can be done "
                                 "here yet; the workflows that are ready are not affected."),
                              this);
    notice->setObjectName(QStringLiteral("laterVersionNotice"));
    notice->setWordWrap(true);
    notice->setStyleSheet(QStringLiteral("QLabel { background: #e8f1fb; color: #102a43; border: 1px solid #4a7fb5;"
                                         " border-radius: 4px; padding: 10px; }"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(purposeLabel);
    layout->addWidget(notice);
    layout->addStretch(1);
}
