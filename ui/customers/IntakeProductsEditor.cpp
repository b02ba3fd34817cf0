#include "IntakeProductsEditor.h"

#include "IntakeProductsTableModel.h"
#include "widgets/FormParts.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// The account type column is chosen from the document's list, never typed.
class AccountTypeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(IntakeProductsEditor::tr("Account type"));
        for (const IntakeAccountType &type : IntakeAccountTypes::all())
            combo->addItem(QStringLiteral("%1 \u2014 %2").arg(type.code, type.description), type.code);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};
} // namespace

IntakeProductsEditor::IntakeProductsEditor(QWidget *parent) : QWidget(parent), m_model(new IntakeProductsTableModel(this))
{
    setObjectName(QStringLiteral("intakeProductsEditor"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("intakeProducts"));
    m_table->setAccessibleName(tr("Products"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(IntakeProductsTableModel::AcctType, new AccountTypeDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setMinimumHeight(140);
    m_add = new QPushButton(tr("&Add product"), this);
    m_add->setObjectName(QStringLiteral("addProductButton"));
    m_remove = new QPushButton(tr("Remo&ve product"), this);
    m_remove->setObjectName(QStringLiteral("removeProductButton"));
    m_issues = FormParts::fieldErrorLabel(QStringLiteral("intakeProductIssues"), this);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 0, 0);
    layout->addLayout(buttons, 0, 1);
    layout->addWidget(m_issues, 1, 0, 1, 2);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_model->addProduct();
        const QModelIndex index = m_model->index(row, IntakeProductsTableModel::AcctType);
        m_table->setCurrentIndex(index);
        m_table->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            m_model->removeProduct(current.row());
    });
}

QList<IntakeProduct> IntakeProductsEditor::products() const
{
    return m_model->products();
}

bool IntakeProductsEditor::showIssue(const QString &path, const QString &message)
{
    static const QRegularExpression productPath(QStringLiteral("^listAccounts(?:\\[(\\d+)\\])?\\.?(.*)$"));
    const auto match = productPath.match(path);
    if (!match.hasMatch())
        return false;
    const int row = match.captured(1).isEmpty() ? -1 : match.captured(1).toInt();
    const int column = IntakeProductsTableModel::columnOf(match.captured(2));
    const QString place = row >= 0 ? tr("Product %1").arg(row + 1) : tr("Products");
    const QString columnName = column >= 0 ? m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()
                                           : match.captured(2);
    const QString line = columnName.isEmpty() ? tr("%1: %2").arg(place, message)
                                              : tr("%1, %2: %3").arg(place, columnName, message);
    m_issues->setText(m_issues->text().isEmpty() ? line : m_issues->text() + QLatin1Char('\n') + line);
    m_issues->show();
    m_table->setAccessibleDescription(m_issues->text());
    if (row >= 0 && m_table->currentIndex().row() < 0)
        m_table->setCurrentIndex(m_model->index(row, qMax(0, column)));
    return true;
}

void IntakeProductsEditor::clearIssues()
{
    m_issues->clear();
    m_issues->hide();
    m_table->setAccessibleDescription({});
}

void IntakeProductsEditor::setReadOnly(bool readOnly)
{
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                            | QAbstractItemView::AnyKeyPressed);
    m_add->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly);
}
