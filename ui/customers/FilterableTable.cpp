#include "FilterableTable.h"

#include "ProfileTableModels.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// Sorts by the model's sort key (dates as yyyyMMdd) where it gives one,
// otherwise by the text shown.
class ProfileSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        QVariant a = left.data(ProfileTables::sortRole);
        QVariant b = right.data(ProfileTables::sortRole);
        if (!a.isValid() || !b.isValid()) {
            a = left.data(Qt::DisplayRole);
            b = right.data(Qt::DisplayRole);
        }
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    }
};
} // namespace

FilterableTable::FilterableTable(QAbstractItemModel *model, const QString &name, const QString &caption,
                                 QWidget *parent, int maxVisibleRows)
    : QWidget(parent)
    , m_model(model)
    , m_maxVisibleRows(maxVisibleRows)
{
    setObjectName(name);
    m_proxy = new ProfileSortProxy(this);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterKeyColumn(-1); // every column
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *captionLabel = new QLabel(caption, this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(name + QStringLiteral("Filter"));
    QString plainCaption = caption;
    plainCaption.remove(QLatin1Char('&')).remove(QLatin1Char(':'));
    m_filter->setAccessibleName(tr("Filter %1").arg(plainCaption));
    m_filter->setPlaceholderText(tr("Filter\u2026"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    m_count = new QLabel(this);
    m_count->setObjectName(name + QStringLiteral("Count"));

    m_view = new QTableView(this);
    m_view->setObjectName(name + QStringLiteral("Table"));
    m_view->setAccessibleName(plainCaption);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the bank's order until a header is clicked
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    if (auto *corner = m_view->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Select all rows of %1").arg(plainCaption));
    captionLabel->setBuddy(m_view);

    auto *top = new QHBoxLayout;
    top->addWidget(captionLabel);
    top->addStretch(1);
    top->addWidget(m_count);
    top->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        refresh();
    });
    refresh();
}

void FilterableTable::refresh()
{
    const int rows = qBound(1, m_proxy->rowCount(), m_maxVisibleRows);
    // Room for the horizontal scroll bar too: wide tables (locations) need
    // one on a 1280-pixel screen, and it must not cover the only row.
    m_view->setFixedHeight(m_view->horizontalHeader()->sizeHint().height()
                           + rows * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth()
                           + m_view->horizontalScrollBar()->sizeHint().height());
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n row(s)", nullptr, total) : tr("%1 of %2 rows").arg(shown).arg(total));
}
