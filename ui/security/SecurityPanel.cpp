#include "SecurityPanel.h"

#include "IdentificationType.h"
#include "widgets/FormParts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

SecurityPanel::SecurityPanel(ApiClient *client, const QString &prefix, QWidget *parent)
    : QWidget(parent)
    , m_api(client)
    , m_prefix(prefix)
    , m_call(this, [this](bool busy) { setBusy(busy); }, [this](const ApiError &error) { showError(error); })
{
    FormParts::cancelOnEscape(this, [this] { cancel(); });
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(name("Banner"));
}

SecurityPanel::~SecurityPanel() = default;

QString SecurityPanel::name(const char *suffix) const
{
    return m_prefix + QString::fromLatin1(suffix);
}

void SecurityPanel::addField(QFormLayout *form, const QString &caption, const QString &wire, QWidget *field)
{
    // Short entries: fields keep their own width instead of spanning the window.
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    QLabel *error = FormParts::fieldErrorLabel(field->objectName() + QStringLiteral("Error"), this);
    m_errors.insert(wire, error);
    m_fields.insert(wire, field);
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    auto *label = new QLabel(caption, this);
    label->setBuddy(field);
    form->addRow(label, box);
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        connect(edit, &QLineEdit::textEdited, error, &QLabel::hide);
}

void SecurityPanel::addIdentification(QFormLayout *form, const QString &caption)
{
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_identificationType = new QComboBox(this);
    m_identificationType->setObjectName(name("IdentificationType"));
    m_identificationType->setAccessibleName(tr("Identification type"));
    for (IdentificationType type : IdentificationTypes::all())
        m_identificationType->addItem(IdentificationTypes::code(type), IdentificationTypes::code(type));
    m_identificationType->setToolTip(tr("CC, CE, PA, TI, NI or PE"));
    m_identificationNumber = lineEdit("IdentificationNumber", tr("Identification number"),
                                      SecurityJson::maxIdentSerialNumLength);
    QLabel *error = FormParts::fieldErrorLabel(name("IdentificationNumberError"), this);
    m_errors.insert(QStringLiteral("identSerialNum"), error);
    m_errors.insert(QStringLiteral("govIssueIdentType"), error);
    m_fields.insert(QStringLiteral("identSerialNum"), m_identificationNumber);
    m_fields.insert(QStringLiteral("govIssueIdentType"), m_identificationType);
    connect(m_identificationNumber, &QLineEdit::textEdited, error, &QLabel::hide);
    auto *row = new QHBoxLayout;
    row->addWidget(m_identificationType);
    row->addWidget(m_identificationNumber);
    row->addStretch(1);
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addLayout(row);
    box->addWidget(error);
    auto *label = new QLabel(caption, this);
    label->setBuddy(m_identificationNumber);
    form->addRow(label, box);
}

QString SecurityPanel::identificationType() const
{
    return m_identificationType ? m_identificationType->currentData().toString() : QString();
}

QString SecurityPanel::identificationNumber() const
{
    return m_identificationNumber ? m_identificationNumber->text().trimmed() : QString();
}

QPushButton *SecurityPanel::addSubmitRow(QVBoxLayout *layout, const QString &text)
{
    m_submit = new QPushButton(text, this);
    m_submit->setObjectName(name("SubmitButton"));
    m_submit->setProperty("submitsForm", true); // Ctrl+Enter
    m_cancelButton = new QPushButton(tr("Cance&l"), this);
    m_cancelButton->setObjectName(name("CancelButton"));
    m_cancelButton->setToolTip(tr("Stop waiting for the bank (Esc)"));
    m_cancelButton->setEnabled(false);
    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setFixedWidth(140);
    m_busyIndicator->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(m_submit);
    row->addWidget(m_cancelButton);
    row->addSpacing(12);
    row->addWidget(m_busyIndicator);
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_cancelButton, &QPushButton::clicked, this, &SecurityPanel::cancel);
    return m_submit;
}

QLineEdit *SecurityPanel::lineEdit(const char *suffix, const QString &accessibleName, int maxLength, bool digitsOnly)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name(suffix));
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(maxLength);
    edit->setMinimumWidth(200);
    if (digitsOnly)
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), edit));
    return edit;
}

void SecurityPanel::clearIssues()
{
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
}

bool SecurityPanel::showIssues(const FieldIssues &issues)
{
    QWidget *first = nullptr;
    for (const FieldIssue &issue : issues) {
        QLabel *label = m_errors.value(issue.field);
        if (!label) {
            m_banner->showMessage(MessageBanner::Type::Error, issue.message);
            continue;
        }
        label->setText(issue.message);
        label->show();
        if (QWidget *field = m_fields.value(issue.field)) {
            field->setAccessibleDescription(issue.message);
            if (!first)
                first = field;
        }
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return !issues.isEmpty();
}

void SecurityPanel::showError(const ApiError &error)
{
    const QString reference = error.supportReference();
    m_banner->showMessage(MessageBanner::Type::Error, error.userMessage(),
                          reference.isEmpty() ? QString() : tr("Reference for support: %1").arg(reference));
}

void SecurityPanel::cancel()
{
    if (!isBusy())
        return;
    m_call.cancel();
    m_banner->showMessage(MessageBanner::Type::Information,
                          tr("Stopped waiting. The bank may or may not have answered: check before trying again."));
}

void SecurityPanel::setBusy(bool busy)
{
    if (m_submit)
        m_submit->setEnabled(!busy);
    if (m_cancelButton)
        m_cancelButton->setEnabled(busy);
    if (m_busyIndicator)
        m_busyIndicator->setVisible(busy);
    applyBusy(busy);
    emit busyChanged(busy);
}

void SecurityPanel::applyBusy(bool)
{
}
