#include "ProfileSearchBar.h"

#include "IdentificationType.h"
#include "widgets/FormParts.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ProfileSearchBar::ProfileSearchBar(bool allowCellphone, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("profileSearch"));
    auto *box = new QGroupBox(tr("Search"), this);
    box->setObjectName(QStringLiteral("searchBox"));
    auto *grid = new QGridLayout(box);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("identificationType"));
    m_type->setAccessibleName(tr("Identification type"));
    for (IdentificationType type : IdentificationTypes::all()) {
        m_type->addItem(tr("%1 \u2014 %2").arg(IdentificationTypes::code(type), IdentificationTypes::description(type)),
                        IdentificationTypes::code(type));
    }
    m_type->setMinimumWidth(240);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("identificationNumber"));
    m_number->setAccessibleName(tr("Identification number"));
    m_number->setMaxLength(CustomerBasicDataQuery::maxIdentSerialNumLength);
    m_number->setPlaceholderText(tr("e.g. 1234567890"));
    m_number->setMinimumWidth(200);
    m_typeError = FormParts::fieldErrorLabel(QStringLiteral("identificationTypeError"), this);
    m_numberError = FormParts::fieldErrorLabel(QStringLiteral("identificationNumberError"), this);
    auto *typeLabel = new QLabel(tr("Identification &type:"), this);
    typeLabel->setBuddy(m_type);
    auto *numberLabel = new QLabel(tr("Identification &number:"), this);
    numberLabel->setBuddy(m_number);

    int column = 0;
    if (allowCellphone) {
        m_byIdentification = new QRadioButton(tr("By &identification"), this);
        m_byIdentification->setObjectName(QStringLiteral("searchByIdentification"));
        m_byIdentification->setAccessibleName(tr("Search by identification"));
        m_byIdentification->setChecked(true);
        m_byCellphone = new QRadioButton(tr("By cell&phone"), this);
        m_byCellphone->setObjectName(QStringLiteral("searchByCellphone"));
        m_byCellphone->setAccessibleName(tr("Search by cellphone"));
        auto *group = new QButtonGroup(this);
        group->addButton(m_byIdentification);
        group->addButton(m_byCellphone);
        m_cellphone = new QLineEdit(this);
        m_cellphone->setObjectName(QStringLiteral("cellphone"));
        m_cellphone->setAccessibleName(tr("Cellphone number"));
        m_cellphone->setMaxLength(CustomerBasicDataQuery::cellphoneLength);
        m_cellphone->setPlaceholderText(tr("%1 digits").arg(CustomerBasicDataQuery::cellphoneLength));
        m_cellphoneError = FormParts::fieldErrorLabel(QStringLiteral("cellphoneError"), this);
        auto *cellphoneLabel = new QLabel(tr("&Cellphone:"), this);
        cellphoneLabel->setBuddy(m_cellphone);
        grid->addWidget(m_byIdentification, 0, 0, 1, 2);
        grid->addWidget(m_byCellphone, 0, 3, 1, 2);
        grid->addWidget(cellphoneLabel, 1, 3);
        grid->addWidget(m_cellphone, 1, 4);
        grid->addWidget(m_cellphoneError, 2, 4, 3, 1, Qt::AlignTop);
        grid->setColumnMinimumWidth(2, 32);
        column = 1;
        connect(m_byIdentification, &QRadioButton::toggled, this, [this] {
            setIssue(m_numberError, m_number, {});
            setIssue(m_cellphoneError, m_cellphone, {});
            updateInputs();
        });
        connect(m_cellphone, &QLineEdit::textEdited, this, [this] { setIssue(m_cellphoneError, m_cellphone, {}); });
    }
    grid->addWidget(typeLabel, column, 0);
    grid->addWidget(m_type, column, 1);
    grid->addWidget(m_typeError, column + 1, 1);
    grid->addWidget(numberLabel, column + 2, 0);
    grid->addWidget(m_number, column + 2, 1);
    grid->addWidget(m_numberError, column + 3, 1);

    m_searchButton = new QPushButton(tr("&Search"), this);
    m_searchButton->setObjectName(QStringLiteral("searchButton"));
    m_searchButton->setAccessibleName(tr("Search"));
    m_searchButton->setAutoDefault(true);
    m_searchButton->setProperty("submitsForm", true); // Ctrl+Enter
    m_cancelButton = new QPushButton(tr("Cance&l"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel search"));
    m_cancelButton->setToolTip(tr("Stop the running reads (Esc)"));
    m_cancelButton->setAutoDefault(true);
    grid->setColumnStretch(5, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_searchButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    layout->addLayout(buttons);

    connect(m_searchButton, &QPushButton::clicked, this, &ProfileSearchBar::searchRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &ProfileSearchBar::cancelRequested);
    connect(m_number, &QLineEdit::textEdited, this, [this] { setIssue(m_numberError, m_number, {}); });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        setIssue(m_typeError, m_type, {});
        setIssue(m_numberError, m_number, {});
    });
    updateInputs();
}

CustomerBasicDataQuery ProfileSearchBar::query() const
{
    if (m_byCellphone && m_byCellphone->isChecked())
        return CustomerBasicDataQuery::byCellphone(m_cellphone->text());
    return CustomerBasicDataQuery::byIdentification(m_type->currentData().toString(), m_number->text());
}

bool ProfileSearchBar::validate()
{
    setIssue(m_typeError, m_type, {});
    setIssue(m_numberError, m_number, {});
    if (m_cellphone)
        setIssue(m_cellphoneError, m_cellphone, {});
    const FieldIssues issues = query().validate();
    QWidget *first = nullptr;
    for (const FieldIssue &issue : issues) {
        QWidget *field = nullptr;
        if (issue.field == QLatin1String("govIssueIdentType")) {
            field = m_type;
            setIssue(m_typeError, field, issue.message);
        } else if (issue.field == QLatin1String("cellphone") && m_cellphone) {
            field = m_cellphone;
            setIssue(m_cellphoneError, field, issue.message);
        } else {
            // identSerialNum, and any rule without an input of its own: at the number.
            field = m_number;
            setIssue(m_numberError, field, issue.message);
        }
        if (!first)
            first = field;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return issues.isEmpty();
}

void ProfileSearchBar::setBusy(bool busy)
{
    m_busy = busy;
    updateInputs();
}

void ProfileSearchBar::setIdentification(const QString &type, const QString &number)
{
    if (m_byIdentification)
        m_byIdentification->setChecked(true);
    const int index = m_type->findData(type.trimmed().toUpper());
    if (index >= 0)
        m_type->setCurrentIndex(index);
    m_number->setText(number);
}

void ProfileSearchBar::focusFirstInput()
{
    if (m_byCellphone && m_byCellphone->isChecked())
        m_cellphone->setFocus(Qt::OtherFocusReason);
    else
        m_number->setFocus(Qt::OtherFocusReason);
}

void ProfileSearchBar::keyPressEvent(QKeyEvent *event)
{
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    const bool inInput = focusWidget() && focusWidget() != m_searchButton && focusWidget() != m_cancelButton;
    if (plain && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && inInput) {
        emit searchRequested();
        event->accept();
        return;
    }
    if (plain && event->key() == Qt::Key_Escape && m_busy) {
        emit cancelRequested();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ProfileSearchBar::updateInputs()
{
    const bool byIdentification = !m_byCellphone || !m_byCellphone->isChecked();
    // While waiting the inputs keep their text and focus (read-only, not disabled).
    if (m_byIdentification) {
        m_byIdentification->setEnabled(!m_busy);
        m_byCellphone->setEnabled(!m_busy);
        m_cellphone->setEnabled(!byIdentification);
        m_cellphone->setReadOnly(m_busy);
    }
    m_type->setEnabled(byIdentification && !m_busy);
    m_number->setEnabled(byIdentification);
    m_number->setReadOnly(m_busy);
    m_cancelButton->setEnabled(m_busy);
    m_searchButton->setEnabled(!m_busy);
}

void ProfileSearchBar::setIssue(QLabel *label, QWidget *field, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    field->setAccessibleDescription(message);
}
