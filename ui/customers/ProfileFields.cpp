#include "ProfileFields.h"

#include "Masking.h"

#include <QFormLayout>
#include <QLabel>
#include <QStringList>

ProfileFields::ProfileFields(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setVerticalSpacing(4);
    m_form->setHorizontalSpacing(12);
    m_form->setLabelAlignment(Qt::AlignLeft);
}

QLabel *ProfileFields::addRow(const QString &caption, const QString &objectName, Kind kind)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    // No word wrap: a wrapping label in a form beside another form gets a
    // height-for-width the layout does not honour, and its second line is
    // cut. Lists put each item on its own line instead.
    value->setWordWrap(false);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setBuddy(value); // the caption labels the value for assistive tools
    m_form->addRow(captionLabel, value);
    m_rows.append({captionLabel, value, kind, {}});
    return value;
}

void ProfileFields::setValue(QLabel *value, const QString &text, const QString &identityNumber)
{
    const QString shown = text.trimmed().isEmpty() ? tr("not recorded") : text.trimmed();
    value->setText(shown);
    for (Row &row : m_rows) {
        if (row.value == value)
            row.identityNumber = identityNumber.isEmpty() ? text.trimmed() : identityNumber.trimmed();
    }
}

void ProfileFields::setRowShown(QLabel *value, bool shown)
{
    m_form->setRowVisible(value, shown);
}

void ProfileFields::clear()
{
    for (Row &row : m_rows) {
        row.value->clear();
        row.identityNumber.clear();
    }
}

QString ProfileFields::plainText(bool revealIdentity) const
{
    QStringList lines;
    for (const Row &row : m_rows) {
        if (!m_form->isRowVisible(row.value))
            continue;
        QString value = row.value->text();
        if (row.kind == Kind::IdentityNumber && !revealIdentity && !row.identityNumber.isEmpty())
            value.replace(row.identityNumber, Masking::identity(row.identityNumber));
        QString caption = row.caption->text();
        caption.remove(QLatin1Char('&'));
        lines << QStringLiteral("%1 %2").arg(caption, value);
    }
    return lines.join(QLatin1Char('\n'));
}
