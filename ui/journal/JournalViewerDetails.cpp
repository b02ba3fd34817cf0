// JournalViewerForm, continued: the details of the selected row.

#include "JournalViewerForm.h"

#include "Environment.h"

#include "OperationNames.h"

#include "DisplayFormat.h"
#include "JournalTableModel.h"
#include "Masking.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

void JournalViewerForm::buildDetailsBox()
{
    m_details = new QGroupBox(tr("Details"), this);
    m_details->setObjectName(QStringLiteral("journalDetails"));
    m_details->setAccessibleName(tr("Details of the selected row"));
    m_detailsPlaceholder = new QLabel(tr("Select a row to see its details."), m_details);
    m_detailsPlaceholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_detailsFields = new QWidget(m_details);
    auto *leftForm = new QFormLayout;
    auto *rightForm = new QFormLayout;
    const auto addRow = [this](QFormLayout *form, const QString &caption, const QString &objectName) {
        auto *value = new QLabel(m_detailsFields);
        value->setObjectName(objectName);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        auto *captionLabel = new QLabel(caption, m_detailsFields);
        // The caption labels the value for assistive tools.
        captionLabel->setBuddy(value);
        form->addRow(captionLabel, value);
        return value;
    };
    m_detailNumber = addRow(leftForm, tr("Row:"), QStringLiteral("detailRowNumber"));
    m_detailTime = addRow(leftForm, tr("Time:"), QStringLiteral("detailTime"));
    m_detailOperator = addRow(leftForm, tr("Operator:"), QStringLiteral("detailOperator"));
    m_detailEnvironment = addRow(leftForm, tr("Environment:"), QStringLiteral("detailEnvironment"));
    m_detailOperation = addRow(leftForm, tr("Operation:"), QStringLiteral("detailOperation"));
    m_detailTransactionId = addRow(leftForm, tr("Transaction ID:"), QStringLiteral("detailTransactionId"));
    m_detailOutcome = addRow(rightForm, tr("Outcome:"), QStringLiteral("detailOutcome"));
    m_detailErrorCode = addRow(rightForm, tr("Bank error code:"), QStringLiteral("detailErrorCode"));
    m_detailReferences = addRow(rightForm, tr("References:"), QStringLiteral("detailReferences"));
    m_detailIdentity = addRow(rightForm, tr("Identity (masked):"), QStringLiteral("detailIdentity"));
    m_detailIntegrity = addRow(rightForm, tr("Integrity:"), QStringLiteral("detailIntegrity"));
    for (QFormLayout *form : {leftForm, rightForm}) {
        form->setVerticalSpacing(4);
        form->setHorizontalSpacing(12);
    }
    auto *columns = new QHBoxLayout(m_detailsFields);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(24);
    columns->addLayout(leftForm, 1);
    columns->addLayout(rightForm, 1);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->addWidget(m_detailsPlaceholder);
    detailsLayout->addWidget(m_detailsFields);
}

void JournalViewerForm::showDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const JournalEntry *entry =
        current.isValid() ? m_model->entryAt(m_proxy->mapToSource(current).row()) : nullptr;
    m_detailsPlaceholder->setVisible(!entry);
    m_detailsFields->setVisible(entry != nullptr);
    if (!entry) {
        m_details->setAccessibleDescription(m_detailsPlaceholder->text());
        return;
    }
    m_detailNumber->setText(QString::number(entry->id));
    m_detailTime->setText(DisplayFormat::dateTime(entry->time));
    m_detailOperator->setText(entry->operatorId);
    const auto environment = Environment::kindFromName(entry->environment);
    m_detailEnvironment->setText(environment ? Environment::displayName(*environment) : entry->environment);
    m_detailOperation->setText(OperationNames::isKnown(entry->operation)
                                   ? tr("%1 (%2)").arg(OperationNames::title(entry->operation), entry->operation)
                                   : entry->operation);
    m_detailTransactionId->setText(entry->transactionId);
    const QString outcome = JournalTableModel::outcomeText(entry->outcome);
    m_detailOutcome->setText(outcome == entry->outcome ? outcome : tr("%1 (%2)").arg(outcome, entry->outcome));
    m_detailErrorCode->setText(entry->errorCode.isEmpty() ? tr("none") : entry->errorCode);
    m_detailReferences->setText(entry->references.isEmpty() ? tr("none")
                                                            : entry->references.join(QStringLiteral(", ")));
    const QString identity = Masking::identity(entry->subject);
    m_detailIdentity->setText(identity.isEmpty() ? tr("none") : identity);

    const JournalTableModel::RowState state = m_model->rowState(entry->id);
    QString integrityText;
    switch (state) {
    case JournalTableModel::RowState::Pending: integrityText = tr("Not checked yet."); break;
    case JournalTableModel::RowState::Verified: integrityText = tr("Verified: unchanged since it was written."); break;
    case JournalTableModel::RowState::Failed: integrityText = m_model->faultDescription(entry->id); break;
    }
    m_detailIntegrity->setText(integrityText);
    const bool failed = state == JournalTableModel::RowState::Failed;
    m_detailIntegrity->setStyleSheet(failed ? QStringLiteral("color: #b71c1c; font-weight: bold;") : QString());
    m_details->setAccessibleDescription(failed ? integrityText : QString());
}
