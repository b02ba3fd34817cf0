// SettingsForm, continued: the "Session and language" tab (idle lock,
// language) and the "Start and operator" tab (environment at start, the
// operator defaults that pre-fill the sign-in).

#include "SettingsForm.h"
#include "SettingsFormSupport.h"

#include "AppSettings.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLayoutItem>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace SettingsFormSupport;

QWidget *SettingsForm::buildSessionTab()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("sessionTab"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);

    QGridLayout *session = addSection(layout, tr("Session"), QStringLiteral("sessionBox"));
    int row = 0;
    m_idleLock = new QSpinBox;
    m_idleLock->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idleLock->setAccessibleName(tr("Lock after idle minutes"));
    m_idleLock->setRange(AppSettings::minIdleLockMinutes, AppSettings::maxIdleLockMinutes);
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setMinimumWidth(120);
    m_idleLock->setToolTip(tr("1 to 120 minutes (default 5)."));
    addRow(session, row, tr("Idle &lock after:"), m_idleLock, nullptr, QStringLiteral("idleLockMinutes"));
    session->addWidget(makeNote(tr("Without keyboard or mouse use for this long, the console locks and asks for "
                                   "the operator's PIN."),
                                QStringLiteral("idleLockNote"), m_idleLock->parentWidget()),
                       row++, 1, 1, -1);

    QGridLayout *languageGrid = addSection(layout, tr("Language"), QStringLiteral("languageBox"));
    row = 0;
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("Follow the system"), QString());
    // Each language is named in itself, so it can be found whatever is shown now.
    m_language->addItem(QStringLiteral("Español (Colombia)"), QStringLiteral("es_CO"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    addRow(languageGrid, row, tr("Lan&guage:"), m_language, nullptr, QStringLiteral("language"));
    languageGrid->addWidget(makeNote(tr("A new language takes effect the next time BranchDesk starts."),
                                     QStringLiteral("languageNote"), m_language->parentWidget()),
                            row++, 1, 1, -1);

    // Same label column in both boxes.
    const int labelWidth = qMax(session->itemAtPosition(0, 0)->widget()->sizeHint().width(),
                                languageGrid->itemAtPosition(0, 0)->widget()->sizeHint().width());
    session->setColumnMinimumWidth(0, labelWidth);
    languageGrid->setColumnMinimumWidth(0, labelWidth);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsForm::buildOperatorTab()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("operatorTab"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);

    QGridLayout *start = addSection(layout, tr("Start"), QStringLiteral("startBox"));
    int row = 0;
    m_defaultEnvironment = new QComboBox;
    m_defaultEnvironment->setObjectName(QStringLiteral("defaultEnvironment"));
    m_defaultEnvironment->setAccessibleName(tr("Environment at start"));
    for (EnvironmentKind kind : allKinds()) {
        const QString text = kind == EnvironmentKind::Training
                                 ? tr("%1 (built in)").arg(Environment::displayName(kind))
                                 : Environment::displayName(kind);
        m_defaultEnvironment->addItem(text, Environment::kindName(kind));
    }
    m_defaultEnvironment->setMinimumWidth(220);
    addRow(start, row, tr("Environment at st&art:"), m_defaultEnvironment, nullptr,
           QStringLiteral("defaultEnvironment"));
    start->addWidget(makeNote(tr("Used the next time BranchDesk starts, unless it is started with --environment."),
                              QStringLiteral("defaultEnvironmentNote"), m_defaultEnvironment->parentWidget()),
                     row++, 1, 1, -1);

    QGridLayout *operatorGrid = addSection(layout, tr("Operator defaults"), QStringLiteral("operatorBox"));
    row = 0;
    operatorGrid->addWidget(makeNote(tr("These pre-fill the sign-in. Letters and digits only."),
                                     QStringLiteral("operatorNote"), operatorGrid->parentWidget()),
                            row++, 0, 1, -1);
    struct Spec
    {
        QString key;
        QString label;
        QString accessibleName;
        QString objectName;
        int maxLength;
    };
    const QList<Spec> specs = {
        {AppSettings::operatorUserKey(), tr("&User:"), tr("Operator user"), QStringLiteral("operatorUser"), 20},
        {AppSettings::operatorBranchIdKey(), tr("&Branch:"), tr("Branch code"), QStringLiteral("operatorBranchId"),
         20},
        {AppSettings::operatorTerminalIdKey(), tr("&Terminal:"), tr("Terminal code"),
         QStringLiteral("operatorTerminalId"), 20},
        {AppSettings::operatorChannelKey(), tr("&Channel:"), tr("Channel"), QStringLiteral("operatorChannel"), 20},
        {AppSettings::operatorSubChannelKey(), tr("Sub-channe&l:"), tr("Sub-channel"),
         QStringLiteral("operatorSubChannel"), 4},
    };
    for (const Spec &spec : specs) {
        auto *edit = new QLineEdit;
        edit->setObjectName(spec.objectName);
        edit->setAccessibleName(spec.accessibleName);
        edit->setMaxLength(spec.maxLength);
        edit->setMinimumWidth(220);
        addRow(operatorGrid, row, spec.label, edit, nullptr, spec.objectName);
        m_operatorFields.append(OperatorField{edit, spec.key, {}});
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { setIssue(edit, {}); });
    }

    int labelWidth = 0;
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (label->buddy())
            labelWidth = qMax(labelWidth, label->sizeHint().width());
    }
    start->setColumnMinimumWidth(0, labelWidth);
    operatorGrid->setColumnMinimumWidth(0, labelWidth);
    layout->addStretch(1);
    return page;
}

QString SettingsForm::operatorFieldProblem(const QString &text)
{
    static const QRegularExpression lettersAndDigits(QStringLiteral("^[A-Za-z0-9]*$"));
    if (!lettersAndDigits.match(text.trimmed()).hasMatch())
        return tr("Use letters and digits only.");
    return {};
}
