#include "CorrespondentPointBox.h"

#include "widgets/FormParts.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

CorrespondentPointBox::CorrespondentPointBox(bool training, QWidget *parent) : QGroupBox(tr("Service point"), parent)
{
    setObjectName(QStringLiteral("servicePointBox"));
    auto *grid = new QGridLayout(this);
    grid->setVerticalSpacing(2);
    addField(QStringLiteral("trn.code"), QStringLiteral("pointCode"), tr("Point &code:"), tr("Service point code"), 0, 0);
    addField(QStringLiteral("trn.branchName"), QStringLiteral("pointName"), tr("Point n&ame:"), tr("Service point name"), 0, 2);
    addField(QStringLiteral("trn.cityId"), QStringLiteral("pointCityId"), tr("DANE &municipality:"),
             tr("DANE municipality code"), 2, 0);
    addField(QStringLiteral("trn.city"), QStringLiteral("pointCity"), tr("Municipalit&y name:"), tr("Municipality name"), 2, 2);
    addField(QStringLiteral("trn.stateProv"), QStringLiteral("pointStateProv"), tr("DANE &department:"),
             tr("DANE department code"), 4, 0);
    addField(QStringLiteral("trn.depAcctIdFrom.acctId"), QStringLiteral("pointAccount"), tr("Correspondent accoun&t:"),
             tr("Correspondent account"), 4, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    m_inputs.value(QStringLiteral("trn.code")).edit->setMaxLength(15);
    m_inputs.value(QStringLiteral("trn.cityId")).edit->setMaxLength(6);
    m_inputs.value(QStringLiteral("trn.stateProv")).edit->setMaxLength(2);
    if (training) {
        // The document's example point, so a class can start at once.
        const QList<QPair<const char *, const char *>> example{
            {"trn.code", "123456789123456"}, {"trn.branchName", "MI OFICINA BETTY"}, {"trn.cityId", "25386"},
            {"trn.city", "LA MESA"},         {"trn.stateProv", "25"},               {"trn.depAcctIdFrom.acctId", "12321414"}};
        for (const auto &[field, value] : example)
            m_inputs.value(QString::fromLatin1(field)).edit->setText(QString::fromLatin1(value));
    }
}

QLineEdit *CorrespondentPointBox::addField(const QString &field, const QString &objectName, const QString &label,
                                           const QString &accessibleName, int row, int column)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(edit);
    QLabel *error = FormParts::fieldErrorLabel(objectName + QStringLiteral("Error"), this);
    grid->addWidget(caption, row, column);
    grid->addWidget(edit, row, column + 1);
    grid->addWidget(error, row + 1, column + 1);
    m_inputs.insert(field, Input{edit, error});
    connect(edit, &QLineEdit::textEdited, this, [this, field] { showIssue(field, {}); });
    return edit;
}

CorrespondentPoint CorrespondentPointBox::point() const
{
    const auto text = [this](const char *field) { return m_inputs.value(QString::fromLatin1(field)).edit->text().trimmed(); };
    CorrespondentPoint p;
    p.stamp();
    p.code = text("trn.code");
    p.branchName = text("trn.branchName");
    p.cityId = text("trn.cityId");
    p.city = text("trn.city");
    p.stateProv = text("trn.stateProv");
    p.acctId = text("trn.depAcctIdFrom.acctId");
    return p;
}

QWidget *CorrespondentPointBox::showIssue(const QString &field, const QString &message)
{
    const auto it = m_inputs.constFind(field);
    if (it == m_inputs.constEnd())
        return nullptr;
    it->error->setText(message);
    it->error->setVisible(!message.isEmpty());
    it->edit->setAccessibleDescription(message);
    return it->edit;
}

void CorrespondentPointBox::clearIssues()
{
    for (auto it = m_inputs.constBegin(); it != m_inputs.constEnd(); ++it)
        showIssue(it.key(), {});
}

void CorrespondentPointBox::setReadOnly(bool readOnly)
{
    for (const Input &input : std::as_const(m_inputs))
        input.edit->setReadOnly(readOnly);
}
