#include "HoldsSummaryView.h"

#include "ChannelHoldsTableModel.h"
#include "FilterableTable.h"
#include "ProfileExport.h"

#include <QLabel>
#include <QVBoxLayout>

HoldsSummaryView::HoldsSummaryView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_model(new ChannelHoldsTableModel(this))
{
    m_summary->setObjectName(QStringLiteral("holdsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_table = new FilterableTable(m_model, QStringLiteral("holds"), tr("Channel h&olds:"), this, 5);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
}

void HoldsSummaryView::showHolds(const ChannelHolds &holds)
{
    int locked = 0;
    for (const ChannelHold &hold : holds.holds)
        locked += hold.locked() ? 1 : 0;
    const int total = qMax(holds.totalRecords, int(holds.holds.size()));
    if (total == 0)
        m_summary->setText(tr("No channel holds on file: every channel is open."));
    else if (total > holds.holds.size())
        m_summary->setText(tr("%1 holds on file, %2 of the first %3 locked. See Channel holds for all of them.")
                               .arg(total).arg(locked).arg(holds.holds.size()));
    else
        m_summary->setText(tr("%1 holds on file, %2 locked.").arg(total).arg(locked));
    m_model->setHolds(holds.holds);
    m_table->setVisible(!holds.holds.isEmpty());
    m_table->refresh();
}

QString HoldsSummaryView::plainText() const
{
    return m_summary->text() + QLatin1Char('\n') + ProfileExport::tableText(m_model, tr("Holds"), {}, true);
}
