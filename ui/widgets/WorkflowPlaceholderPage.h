#pragma once

#include <QWidget>

// Stands in for a workflow that is not built yet: says so in plain words
// instead of showing a blank page or a form that cannot work.
class WorkflowPlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    WorkflowPlaceholderPage(const QString &title, const QString &purpose, QWidget *parent = nullptr);
};
