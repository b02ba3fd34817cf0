#pragma once

#include "ConsoleServices.h"
#include "WorkflowCatalog.h"

class QWidget;

// Builds the form of one workflow with the services it needs. One line per
// workflow here keeps the main window free of form knowledge; a workflow
// without a form yet gets the page that says it arrives later.
namespace WorkflowPages {
QWidget *create(const WorkflowInfo &workflow, const ConsoleServices &services);
}
