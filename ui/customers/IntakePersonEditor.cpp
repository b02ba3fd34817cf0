#include "IntakePersonEditor.h"

#include "IdentificationType.h"
#include "widgets/FormParts.h"

#include <QComboBox>
#include <QDate>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const QString person = QStringLiteral("custInfo[0]");
QString at(const char *member)
{
    return person + QLatin1Char('.') + QString::fromLatin1(member);
}
QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    return items;
}
} // namespace

IntakePersonEditor::IntakePersonEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("intakePersonEditor"));
    auto *identity = new QGroupBox(tr("Person or legal entity"), this);
    auto *grid = new QGridLayout(identity);
    grid->setVerticalSpacing(2);

    m_type = new QComboBox(identity);
    m_type->setObjectName(QStringLiteral("intakeIdentType"));
    m_type->setAccessibleName(tr("Identification type"));
    for (IdentificationType type : IdentificationTypes::all())
        m_type->addItem(tr("%1 \u2014 %2").arg(IdentificationTypes::code(type), IdentificationTypes::description(type)),
                        IdentificationTypes::code(type));
    auto *typeLabel = new QLabel(tr("Identification t&ype:"), identity);
    typeLabel->setBuddy(m_type);
    grid->addWidget(typeLabel, 0, 0);
    grid->addWidget(m_type, 0, 1);
    addLine(QStringLiteral("govIssueIdent.mNemonic"), QStringLiteral("intakeIdentNumber"), tr("I&dentification number:"),
            tr("Identification number"), grid, 0, 2);
    addLine(QStringLiteral("personName.firstName"), QStringLiteral("intakeFirstName"), tr("Firs&t name:"),
            tr("First name"), grid, 2, 0);
    addLine(at("personName.fullName"), QStringLiteral("intakeFullName"), tr("Full &name or company name:"),
            tr("Full name or company name"), grid, 2, 2);
    addLine(at("personName.titlePrefix"), QStringLiteral("intakeTitle"), tr("Title:"), tr("Title prefix"), grid, 4, 0);
    m_gender = new QComboBox(identity);
    m_gender->setObjectName(QStringLiteral("intakeGender"));
    m_gender->setAccessibleName(tr("Gender"));
    m_gender->addItem(tr("(not given, legal entity)"), QString());
    m_gender->addItem(tr("M \u2014 Masculino"), QStringLiteral("M"));
    m_gender->addItem(tr("F \u2014 Femenino"), QStringLiteral("F"));
    m_gender->addItem(tr("O \u2014 Otro"), QStringLiteral("O"));
    auto *genderLabel = new QLabel(tr("G&ender:"), identity);
    genderLabel->setBuddy(m_gender);
    grid->addWidget(genderLabel, 4, 2);
    grid->addWidget(m_gender, 4, 3);
    m_inputs.insert(at("personName.gender"), Input{m_gender, FormParts::fieldErrorLabel(QStringLiteral("intakeGenderError"), identity)});
    grid->addWidget(m_inputs.value(at("personName.gender")).error, 5, 3);
    QLineEdit *birth = addLine(at("personName.birthDt"), QStringLiteral("intakeBirthDate"), tr("&Birth date:"),
                               tr("Birth date"), grid, 6, 0);
    birth->setPlaceholderText(tr("dd/MM/yyyy"));
    addLine(at("personName.country"), QStringLiteral("intakeCountry"), tr("Co&untry:"), tr("Country"), grid, 6, 2)
        ->setText(QStringLiteral("Colombia"));
    addLine(at("personName.language"), QStringLiteral("intakeLanguage"), tr("Lan&guage:"), tr("Language"), grid, 8, 0)
        ->setText(QStringLiteral("ES-CO"));
    addLine(QStringLiteral("invoker.refType"), QStringLiteral("intakeRefType"), tr("Reference type:"),
            tr("Reference type"), grid, 8, 2)
        ->setText(QStringLiteral("retail"));
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto *contact = new QGroupBox(tr("Contact"), this);
    auto *contactGrid = new QGridLayout(contact);
    contactGrid->setVerticalSpacing(2);
    addLine(at("contactInfo.emailAddr"), QStringLiteral("intakeEmail"), tr("E-ma&il:"), tr("E-mail"), contactGrid, 0, 0);
    addLine(at("contactInfo.phoneNumber"), QStringLiteral("intakePhone"), tr("Cell&phone:"), tr("Cellphone"),
            contactGrid, 0, 2);
    addLine(at("additionalEmaillAddr"), QStringLiteral("intakeMoreEmails"), tr("More e-mails:"),
            tr("Additional e-mails, separated by commas"), contactGrid, 2, 0)
        ->setPlaceholderText(tr("separated by commas"));
    addLine(at("additionalPhoneNum"), QStringLiteral("intakeMorePhones"), tr("More phones:"),
            tr("Additional phones, separated by commas"), contactGrid, 2, 2)
        ->setPlaceholderText(tr("separated by commas"));
    contactGrid->setColumnStretch(1, 1);
    contactGrid->setColumnStretch(3, 1);

    auto *addresses = new QGroupBox(tr("Addresses"), this);
    m_addresses = new QTableWidget(0, 5, addresses);
    m_addresses->setObjectName(QStringLiteral("intakeAddresses"));
    m_addresses->setAccessibleName(tr("Addresses"));
    m_addresses->setHorizontalHeaderLabels({tr("Address"), tr("State or province"), tr("Country"), tr("Type"), tr("Main")});
    // The other columns as wide as their captions ("State or province" was cut).
    m_addresses->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_addresses->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_addresses->verticalHeader()->hide();
    m_addresses->setMinimumHeight(90);
    m_addresses->setMaximumHeight(130);
    auto *addAddress = new QPushButton(tr("Add add&ress"), addresses);
    addAddress->setObjectName(QStringLiteral("addAddressButton"));
    auto *removeAddress = new QPushButton(tr("Remove address"), addresses);
    removeAddress->setObjectName(QStringLiteral("removeAddressButton"));
    m_addressIssues = FormParts::fieldErrorLabel(QStringLiteral("intakeAddressIssues"), addresses);
    auto *addressButtons = new QVBoxLayout;
    addressButtons->addWidget(addAddress);
    addressButtons->addWidget(removeAddress);
    addressButtons->addStretch(1);
    auto *addressLayout = new QGridLayout(addresses);
    addressLayout->addWidget(m_addresses, 0, 0);
    addressLayout->addLayout(addressButtons, 0, 1);
    addressLayout->addWidget(m_addressIssues, 1, 0, 1, 2);
    addAddressRow(true);
    connect(addAddress, &QPushButton::clicked, this, [this] { addAddressRow(m_addresses->rowCount() == 0); });
    connect(removeAddress, &QPushButton::clicked, this, [this] {
        const int row = m_addresses->currentRow();
        if (row >= 0)
            m_addresses->removeRow(row);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(identity);
    layout->addWidget(contact);
    layout->addWidget(addresses);
}

QLineEdit *IntakePersonEditor::addLine(const QString &path, const QString &objectName, const QString &label,
                                       const QString &accessible, QGridLayout *grid, int row, int column)
{
    auto *parent = grid->parentWidget();
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessible);
    auto *caption = new QLabel(label, parent);
    caption->setBuddy(edit);
    QLabel *error = FormParts::fieldErrorLabel(objectName + QStringLiteral("Error"), parent);
    grid->addWidget(caption, row, column);
    grid->addWidget(edit, row, column + 1);
    grid->addWidget(error, row + 1, column + 1);
    m_inputs.insert(path, Input{edit, error});
    connect(edit, &QLineEdit::textEdited, this, [this, path] { showIssue(path, {}); });
    return edit;
}

void IntakePersonEditor::addAddressRow(bool main)
{
    const int row = m_addresses->rowCount();
    m_addresses->insertRow(row);
    m_addresses->setItem(row, 0, new QTableWidgetItem());
    m_addresses->setItem(row, 1, new QTableWidgetItem());
    m_addresses->setItem(row, 2, new QTableWidgetItem(QStringLiteral("Colombia")));
    m_addresses->setItem(row, 3, new QTableWidgetItem(QStringLiteral("Home")));
    auto *mainItem = new QTableWidgetItem();
    mainItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    mainItem->setCheckState(main ? Qt::Checked : Qt::Unchecked);
    m_addresses->setItem(row, 4, mainItem);
    m_addresses->setCurrentCell(row, 0);
}

void IntakePersonEditor::fill(SyncDataRequest &r) const
{
    const auto text = [this](const QString &path) {
        return static_cast<QLineEdit *>(m_inputs.value(path).field)->text().trimmed();
    };
    r.govIssueIdentType = m_type->currentData().toString();
    r.identSerialNum = text(QStringLiteral("govIssueIdent.mNemonic"));
    r.firstName = text(QStringLiteral("personName.firstName"));
    r.fullName = text(at("personName.fullName"));
    r.titlePrefix = text(at("personName.titlePrefix"));
    r.gender = m_gender->currentData().toString();
    const QString birth = text(at("personName.birthDt"));
    const QDate date = QDate::fromString(birth, QStringLiteral("dd/MM/yyyy"));
    r.birthDt = date.isValid() ? date.toString(Qt::ISODate) : birth;
    r.country = text(at("personName.country"));
    r.language = text(at("personName.language"));
    r.refType = text(QStringLiteral("invoker.refType"));
    r.emailAddr = text(at("contactInfo.emailAddr"));
    r.phoneNumber = text(at("contactInfo.phoneNumber"));
    r.additionalEmails = splitList(text(at("additionalEmaillAddr")));
    r.additionalPhones = splitList(text(at("additionalPhoneNum")));
    r.postAddress.clear();
    for (int row = 0; row < m_addresses->rowCount(); ++row) {
        const auto cell = [this, row](int column) {
            const QTableWidgetItem *item = m_addresses->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        IntakeAddress address{cell(0), cell(1), cell(2), cell(3), m_addresses->item(row, 4)->checkState() == Qt::Checked};
        r.postAddress.append(address);
    }
}

FieldIssues IntakePersonEditor::localIssues() const
{
    const QString birth = static_cast<QLineEdit *>(m_inputs.value(at("personName.birthDt")).field)->text().trimmed();
    if (!birth.isEmpty() && !QDate::fromString(birth, QStringLiteral("dd/MM/yyyy")).isValid())
        return {{at("personName.birthDt"), tr("Write the date as dd/MM/yyyy, or leave it empty.")}};
    if (QDate::fromString(birth, QStringLiteral("dd/MM/yyyy")) > QDate::currentDate())
        return {{at("personName.birthDt"), tr("The birth date cannot be in the future.")}};
    return {};
}

QWidget *IntakePersonEditor::showIssue(const QString &path, const QString &message)
{
    QString key = path;
    // One input holds each list: its entries' problems are shown there.
    for (const char *list : {"additionalEmaillAddr", "additionalPhoneNum"}) {
        if (path.startsWith(at(list)))
            key = at(list);
    }
    if (path.startsWith(at("postAddress"))) {
        if (!message.isEmpty()) {
            const QString current = m_addressIssues->text();
            m_addressIssues->setText((current.isEmpty() ? QString() : current + QLatin1Char('\n'))
                                     + tr("%1: %2").arg(path.mid(person.size() + 1), message));
            m_addressIssues->show();
        }
        return m_addresses;
    }
    const auto it = m_inputs.constFind(key);
    if (it == m_inputs.constEnd())
        return nullptr;
    it->error->setText(message);
    it->error->setVisible(!message.isEmpty());
    it->field->setAccessibleDescription(message);
    return it->field;
}

void IntakePersonEditor::clearIssues()
{
    for (auto it = m_inputs.constBegin(); it != m_inputs.constEnd(); ++it)
        showIssue(it.key(), {});
    m_addressIssues->clear();
    m_addressIssues->hide();
}

void IntakePersonEditor::setReadOnly(bool readOnly)
{
    for (const Input &input : std::as_const(m_inputs)) {
        if (auto *edit = qobject_cast<QLineEdit *>(input.field))
            edit->setReadOnly(readOnly);
    }
    m_type->setEnabled(!readOnly);
    m_gender->setEnabled(!readOnly);
    m_addresses->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
}
