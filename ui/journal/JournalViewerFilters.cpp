// JournalViewerForm, continued: the filter bar (dates, operation, outcome,
// operator), its pick lists and the filter it applies.

#include "JournalViewerForm.h"

#include "OperationNames.h"

#include "DisplayFormat.h"
#include "JournalTableModel.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>

#include <algorithm>
#include <functional>

namespace {

QLabel *makeIssueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    label->hide();
    return label;
}

} // namespace

QGroupBox *JournalViewerForm::buildFilterBox()
{
    auto *filterBox = new QGroupBox(tr("Filter"), this);
    filterBox->setObjectName(QStringLiteral("filterBox"));

    const auto makeDateEdit = [filterBox](const QString &objectName, const QString &accessibleName) {
        auto *edit = new QDateEdit(filterBox);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessibleName);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        return edit;
    };
    m_from = makeDateEdit(QStringLiteral("fromDate"), tr("From date"));
    m_from->setToolTip(tr("First day to show (dd/mm/yyyy)"));
    m_to = makeDateEdit(QStringLiteral("toDate"), tr("To date"));
    m_to->setToolTip(tr("Last day to show (dd/mm/yyyy), included"));
    m_dateError = makeIssueLabel(QStringLiteral("dateError"), filterBox);

    const auto makeCombo = [filterBox](const QString &objectName, const QString &accessibleName) {
        auto *combo = new QComboBox(filterBox);
        combo->setObjectName(objectName);
        combo->setAccessibleName(accessibleName);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumWidth(160);
        return combo;
    };
    m_operation = makeCombo(QStringLiteral("operationFilter"), tr("Operation"));
    m_outcome = makeCombo(QStringLiteral("outcomeFilter"), tr("Outcome"));
    m_operator = makeCombo(QStringLiteral("operatorFilter"), tr("Operator"));

    // Alt+F and Alt+W belong to the main window's menus.
    auto *fromLabel = new QLabel(tr("Fro&m:"), filterBox);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), filterBox);
    toLabel->setBuddy(m_to);
    auto *operationLabel = new QLabel(tr("&Operation:"), filterBox);
    operationLabel->setBuddy(m_operation);
    auto *outcomeLabel = new QLabel(tr("O&utcome:"), filterBox);
    outcomeLabel->setBuddy(m_outcome);
    auto *operatorLabel = new QLabel(tr("Ope&rator:"), filterBox);
    operatorLabel->setBuddy(m_operator);

    m_applyButton = new QPushButton(tr("&Apply"), filterBox);
    m_applyButton->setObjectName(QStringLiteral("applyFilterButton"));
    m_applyButton->setProperty("submitsForm", true); // Ctrl+Enter
    m_applyButton->setAccessibleName(tr("Apply filter"));
    m_applyButton->setToolTip(tr("Show the rows that match the filter (Enter)"));
    m_applyButton->setAutoDefault(true);
    m_resetButton = new QPushButton(tr("Re&set"), filterBox);
    m_resetButton->setObjectName(QStringLiteral("resetFilterButton"));
    m_resetButton->setAccessibleName(tr("Reset filter"));
    m_resetButton->setToolTip(tr("Show every row of the journal again"));
    m_resetButton->setAutoDefault(true);

    auto *grid = new QGridLayout(filterBox);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    grid->addWidget(fromLabel, 0, 0);
    grid->addWidget(m_from, 0, 1);
    grid->addWidget(toLabel, 0, 2);
    grid->addWidget(m_to, 0, 3);
    grid->addWidget(operationLabel, 0, 5);
    grid->addWidget(m_operation, 0, 6);
    grid->addWidget(m_dateError, 1, 1, 1, 3);
    grid->addWidget(outcomeLabel, 2, 0);
    grid->addWidget(m_outcome, 2, 1, 1, 3);
    grid->addWidget(operatorLabel, 2, 5);
    grid->addWidget(m_operator, 2, 6);
    auto *filterButtons = new QHBoxLayout;
    filterButtons->addWidget(m_applyButton);
    filterButtons->addWidget(m_resetButton);
    grid->addLayout(filterButtons, 2, 8);
    grid->setColumnMinimumWidth(4, 24);
    grid->setColumnMinimumWidth(7, 24);
    grid->setColumnStretch(9, 1);
    return filterBox;
}

bool JournalViewerForm::applyFilter()
{
    m_messageBanner->clear();
    if (m_from->date() > m_to->date()) {
        setDateIssue(tr("The From date is after the To date. Choose a From date on or before %1.")
                         .arg(DisplayFormat::date(m_to->date())));
        m_from->setFocus(Qt::OtherFocusReason);
        return false;
    }
    setDateIssue({});
    m_applied = filterFromBar();
    reloadRows();
    return true;
}

void JournalViewerForm::resetFilter()
{
    m_messageBanner->clear();
    for (QComboBox *combo : {m_operation, m_outcome, m_operator})
        combo->setCurrentIndex(0);
    setDefaultDates();
    m_datesChosen = false;
    setDateIssue({});
    m_applied = filterFromBar();
    reloadRows();
}

JournalFilter JournalViewerForm::filterFromBar() const
{
    JournalFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.operation = m_operation->currentData().toString();
    filter.outcome = m_outcome->currentData().toString();
    filter.operatorId = m_operator->currentData().toString();
    filter.limit = m_rowLimit;
    return filter;
}

void JournalViewerForm::setDefaultDates()
{
    // The whole journal: from its first day to today (or its last day, if a
    // clock was ahead).
    const QDate today = QDate::currentDate();
    QDate from = today;
    QDate to = today;
    if (m_journal && m_journal->isOpen()) {
        const JournalChoices choices = m_journal->choices();
        if (choices.earliest.isValid())
            from = std::min(from, choices.earliest.toLocalTime().date());
        if (choices.latest.isValid())
            to = std::max(to, choices.latest.toLocalTime().date());
    }
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
}

void JournalViewerForm::reloadChoices()
{
    const JournalChoices choices = m_journal->choices();
    const auto fill = [](QComboBox *combo, const QString &all, const QStringList &values,
                         const std::function<QString(const QString &)> &text) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const QString &value : values)
            combo->addItem(text(value), value);
        // A value the teller picked stays picked even if no row has it now.
        int index = combo->findData(current);
        if (index < 0 && !current.isEmpty()) {
            combo->addItem(text(current), current);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(index, 0));
    };
    const auto asIs = [](const QString &value) { return value; };
    fill(m_operation, tr("All operations"), choices.operations, OperationNames::title);
    fill(m_outcome, tr("All outcomes"), choices.outcomes, [](const QString &code) {
        const QString text = JournalTableModel::outcomeText(code);
        return text == code ? code : tr("%1 (%2)").arg(text, code);
    });
    fill(m_operator, tr("All operators"), choices.operators, asIs);
}

void JournalViewerForm::setDateIssue(const QString &message)
{
    m_dateError->setText(message);
    m_dateError->setVisible(!message.isEmpty());
    m_from->setAccessibleDescription(message);
}

bool JournalViewerForm::isFilterInput(const QWidget *widget) const
{
    for (const QWidget *input : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to),
                                 static_cast<QWidget *>(m_operation), static_cast<QWidget *>(m_outcome),
                                 static_cast<QWidget *>(m_operator)}) {
        // A date edit's focus sits on its inner line edit.
        if (widget && (widget == input || input->isAncestorOf(widget)))
            return true;
    }
    return false;
}
