// SettingsForm, continued: the rows every section is built of, and the
// state of each field (its problem, its IT lock, its accessible description).

#include "SettingsForm.h"
#include "SettingsFormSupport.h"
#include "widgets/FormParts.h"

#include <QAbstractSpinBox>
#include <QBoxLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>

using namespace SettingsFormSupport;

namespace {

QString lockText()
{
    return SettingsForm::tr("Set by your IT department");
}

QString lockDescription()
{
    return SettingsForm::tr("Set by your IT department; it cannot be changed here.");
}

QLabel *makeLockNote(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(lockText(), parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setToolTip(lockDescription());
    label->setAccessibleDescription(lockDescription());
    label->setStyleSheet(QStringLiteral("color: #5f6368; font-style: italic;"));
    label->hide();
    return label;
}

} // namespace

QLabel *SettingsForm::addRow(QGridLayout *grid, int &row, const QString &labelText, QWidget *field, QWidget *extra,
                             const QString &objectBase)
{
    QWidget *parent = grid->parentWidget();
    auto *label = new QLabel(labelText, parent);
    label->setBuddy(field);
    QLabel *error = FormParts::fieldErrorLabel(objectBase + QStringLiteral("Error"), parent);
    QLabel *lock = makeLockNote(objectBase + QStringLiteral("Lock"), parent);
    m_errorLabels.insert(field, error);
    m_lockNotes.insert(field, lock);

    grid->addWidget(label, row, 0);
    if (extra) {
        auto *line = new QHBoxLayout;
        line->setSpacing(6);
        line->addWidget(field, 1);
        line->addWidget(extra);
        grid->addLayout(line, row, 1);
    } else {
        grid->addWidget(field, row, 1);
    }
    grid->addWidget(lock, row, 2);
    grid->addWidget(error, row + 1, 1, 1, -1);
    row += 2;
    return label;
}

QGridLayout *SettingsForm::addSection(QBoxLayout *layout, const QString &title, const QString &objectName)
{
    auto *box = new QGroupBox(title);
    box->setObjectName(objectName);
    auto *grid = new QGridLayout(box);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    // Fields keep a comfortable width; notes and messages use the rest.
    grid->setColumnStretch(3, 1);
    layout->addWidget(box);
    return grid;
}

void SettingsForm::setIssue(QWidget *field, const QString &message)
{
    if (message.isEmpty())
        m_issues.remove(field);
    else
        m_issues.insert(field, message);
    if (QLabel *label = m_errorLabels.value(field)) {
        label->setText(message);
        label->setVisible(!message.isEmpty());
    }
    updateDescription(field);
}

void SettingsForm::clearEnvironmentIssue(const QString &fieldId, QWidget *field)
{
    if (m_currentKind != EnvironmentKind::Training)
        m_drafts[m_currentKind].issues.remove(fieldId);
    setIssue(field, {});
}

void SettingsForm::clearAllIssues()
{
    for (EnvironmentKind kind : configurableKinds())
        m_drafts[kind].issues.clear();
    const QList<QWidget *> fields = m_errorLabels.keys();
    for (QWidget *field : fields)
        setIssue(field, {});
}

void SettingsForm::setLocked(QWidget *field, bool locked, QWidget *companion)
{
    // The tooltip explains the lock; the field's own tooltip comes back without it.
    if (!field->property("ownToolTip").isValid())
        field->setProperty("ownToolTip", field->toolTip());
    if (auto *edit = qobject_cast<QLineEdit *>(field)) {
        edit->setReadOnly(locked);
        if (edit == m_caBundle || m_uriEdits.values().contains(edit))
            edit->setClearButtonEnabled(!locked);
    } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(field)) {
        spin->setReadOnly(locked);
        spin->setButtonSymbols(locked ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
    } else {
        // A combo box has no read-only mode.
        field->setEnabled(!locked);
    }
    if (companion)
        companion->setEnabled(!locked);
    if (QLabel *note = m_lockNotes.value(field))
        note->setVisible(locked);
    field->setToolTip(locked ? lockDescription() : field->property("ownToolTip").toString());
    if (field->property("locked").toBool() != locked) {
        field->setProperty("locked", locked);
        field->style()->unpolish(field);
        field->style()->polish(field);
    }
    updateDescription(field);
}

// The accessible description carries the field's problem, else its lock.
void SettingsForm::updateDescription(QWidget *field)
{
    const QString issue = m_issues.value(field);
    if (!issue.isEmpty())
        field->setAccessibleDescription(issue);
    else if (field->property("locked").toBool())
        field->setAccessibleDescription(lockDescription());
    else if (field == m_clientSecret)
        field->setAccessibleDescription(m_credentialsState->text()); // "stored" / "not stored"
    else
        field->setAccessibleDescription({});
}
