#include "CustomerLookupForm.h"
#include "widgets/FormParts.h"

#include "CustomerBasicDataView.h"
#include "IdentificationType.h"
#include "widgets/MessageBanner.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

const QString govIssueIdentTypeField = QStringLiteral("govIssueIdentType");
const QString identSerialNumField = QStringLiteral("identSerialNum");
const QString cellphoneField = QStringLiteral("cellphone");

} // namespace

CustomerLookupForm::CustomerLookupForm(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_api(client)
{
    setObjectName(QStringLiteral("customerLookupForm"));
    setAccessibleName(tr("Customer lookup"));
    buildUi();
    updateInputs();
}

CustomerLookupForm::~CustomerLookupForm()
{
    // Forget the answer first so cancelling cannot call back into a form
    // that is being torn down; the request itself is aborted, not orphaned.
    m_activeSearch = 0;
    m_call.cancel();
}

void CustomerLookupForm::buildUi()
{
    QLabel *heading = FormParts::pageHeading(tr("Customer lookup"), this);
    QLabel *intro = FormParts::pageIntro(
        tr("Find a customer's basic data by identification document or by cellphone "
           "number."),
        this);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));

    auto *searchBox = new QGroupBox(tr("Search"), this);
    searchBox->setObjectName(QStringLiteral("searchBox"));

    m_byIdentification = new QRadioButton(tr("By &identification"), searchBox);
    m_byIdentification->setObjectName(QStringLiteral("searchByIdentification"));
    m_byIdentification->setAccessibleName(tr("Search by identification"));
    m_byIdentification->setChecked(true);
    m_byCellphone = new QRadioButton(tr("By cell&phone"), searchBox);
    m_byCellphone->setObjectName(QStringLiteral("searchByCellphone"));
    m_byCellphone->setAccessibleName(tr("Search by cellphone"));
    auto *searchByGroup = new QButtonGroup(this);
    searchByGroup->addButton(m_byIdentification);
    searchByGroup->addButton(m_byCellphone);

    m_identificationType = new QComboBox(searchBox);
    m_identificationType->setObjectName(QStringLiteral("identificationType"));
    m_identificationType->setAccessibleName(tr("Identification type"));
    for (IdentificationType type : IdentificationTypes::all()) {
        m_identificationType->addItem(
            tr("%1 \u2014 %2").arg(IdentificationTypes::code(type), IdentificationTypes::description(type)),
            IdentificationTypes::code(type));
    }
    m_identificationType->setCurrentIndex(
        m_identificationType->findData(IdentificationTypes::code(IdentificationType::CC)));

    m_identificationNumber = new QLineEdit(searchBox);
    m_identificationNumber->setObjectName(QStringLiteral("identificationNumber"));
    m_identificationNumber->setAccessibleName(tr("Identification number"));
    m_identificationNumber->setMaxLength(CustomerBasicDataQuery::maxIdentSerialNumLength);
    m_identificationNumber->setPlaceholderText(tr("e.g. 1234567890"));

    m_cellphone = new QLineEdit(searchBox);
    m_cellphone->setObjectName(QStringLiteral("cellphone"));
    m_cellphone->setAccessibleName(tr("Cellphone number"));
    m_cellphone->setMaxLength(CustomerBasicDataQuery::cellphoneLength);
    m_cellphone->setPlaceholderText(tr("%1 digits").arg(CustomerBasicDataQuery::cellphoneLength));

    m_identificationTypeError = FormParts::fieldErrorLabel(QStringLiteral("identificationTypeError"), searchBox);
    m_identificationNumberError = FormParts::fieldErrorLabel(QStringLiteral("identificationNumberError"), searchBox);
    m_cellphoneError = FormParts::fieldErrorLabel(QStringLiteral("cellphoneError"), searchBox);

    auto *typeLabel = new QLabel(tr("Identification &type:"), searchBox);
    typeLabel->setBuddy(m_identificationType);
    auto *numberLabel = new QLabel(tr("Identification &number:"), searchBox);
    numberLabel->setBuddy(m_identificationNumber);
    auto *cellphoneLabel = new QLabel(tr("&Cellphone:"), searchBox);
    cellphoneLabel->setBuddy(m_cellphone);
    // Indented so each field reads as belonging to the choice above it.
    for (QLabel *label : {typeLabel, numberLabel, cellphoneLabel})
        label->setIndent(24);

    auto *grid = new QGridLayout(searchBox);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_byIdentification, 0, 0, 1, 2);
    grid->addWidget(typeLabel, 1, 0);
    grid->addWidget(m_identificationType, 1, 1);
    grid->addWidget(m_identificationTypeError, 2, 1);
    grid->addWidget(numberLabel, 3, 0);
    grid->addWidget(m_identificationNumber, 3, 1);
    grid->addWidget(m_identificationNumberError, 4, 1);
    grid->addWidget(m_byCellphone, 0, 3, 1, 2);
    grid->addWidget(cellphoneLabel, 1, 3);
    grid->addWidget(m_cellphone, 1, 4);
    grid->addWidget(m_cellphoneError, 2, 4, 3, 1, Qt::AlignTop);
    grid->setColumnMinimumWidth(2, 48);
    grid->setColumnStretch(5, 1);
    // Wide enough for the longest type description and a 20-character number.
    m_identificationType->setMinimumWidth(260);
    m_identificationNumber->setMinimumWidth(260);
    m_cellphone->setMinimumWidth(180);

    m_searchButton = new QPushButton(tr("&Search"), this);
    m_searchButton->setObjectName(QStringLiteral("searchButton"));
    m_searchButton->setAccessibleName(tr("Search"));
    // Enter on a focused button presses it, even outside a dialog.
    m_searchButton->setAutoDefault(true);
    m_cancelButton = new QPushButton(tr("Cance&l"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel search"));
    m_cancelButton->setToolTip(tr("Stop the running search (Esc)"));
    m_cancelButton->setAutoDefault(true);

    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setAccessibleName(tr("Searching"));
    m_busyIndicator->setRange(0, 0); // indeterminate: the bank gives no progress
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setFixedWidth(160);
    m_busyIndicator->hide();
    m_busyLabel = new QLabel(tr("Searching\u2026 Press Esc to cancel."), this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_searchButton);
    buttons->addWidget(m_cancelButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_busyIndicator);
    buttons->addWidget(m_busyLabel);
    buttons->addStretch(1);

    m_result = new CustomerBasicDataView(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(searchBox);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addStretch(1);

    setTabOrder(m_byIdentification, m_byCellphone);
    setTabOrder(m_byCellphone, m_identificationType);
    setTabOrder(m_identificationType, m_identificationNumber);
    setTabOrder(m_identificationNumber, m_cellphone);
    setTabOrder(m_cellphone, m_searchButton);
    setTabOrder(m_searchButton, m_cancelButton);

    connect(m_byIdentification, &QRadioButton::toggled, this, [this] {
        clearIssues();
        updateInputs();
    });
    connect(m_searchButton, &QPushButton::clicked, this, &CustomerLookupForm::search);
    connect(m_cancelButton, &QPushButton::clicked, this, &CustomerLookupForm::cancelSearch);
    // A message under a field goes away as soon as the teller corrects it.
    connect(m_identificationNumber, &QLineEdit::textEdited, this,
            [this] { setIssue(m_identificationNumberError, m_identificationNumber, {}); });
    connect(m_cellphone, &QLineEdit::textEdited, this, [this] { setIssue(m_cellphoneError, m_cellphone, {}); });
    connect(m_identificationType, &QComboBox::currentIndexChanged, this, [this] {
        setIssue(m_identificationTypeError, m_identificationType, {});
        setIssue(m_identificationNumberError, m_identificationNumber, {});
    });
}

CustomerBasicDataQuery CustomerLookupForm::query() const
{
    if (m_byCellphone->isChecked())
        return CustomerBasicDataQuery::byCellphone(m_cellphone->text());
    return CustomerBasicDataQuery::byIdentification(m_identificationType->currentData().toString(),
                                                    m_identificationNumber->text());
}

void CustomerLookupForm::search()
{
    if (isBusy())
        return;
    m_banner->clear();
    clearIssues();

    const CustomerBasicDataQuery request = query();
    const FieldIssues issues = request.validate();
    if (!issues.isEmpty()) {
        showIssues(issues);
        return;
    }

    m_result->clear();
    const quint64 searchId = ++m_lastSearch;
    const CustomerBasicDataQuery::SearchBy searchBy = request.searchBy;
    m_call = m_api.basicData(request);
    const ApiOperation *operation = m_call.operation();
    if (!operation || operation->isFinished()) {
        // Refused before it started (no environment, no credentials): there is
        // no answer to wait for.
        showError(operation && !operation->succeeded()
                      ? operation->error()
                      : ApiError::make(ApiError::Kind::Configuration, tr("The search could not be started.")),
                  searchBy);
        return;
    }
    m_activeSearch = searchId;
    setBusy(true);
    m_call.then(this, [this, searchId, searchBy](const Result<CustomerBasicData> &result) {
        if (searchId != m_activeSearch)
            return;
        handleResult(result, searchBy);
    });
}

void CustomerLookupForm::lookUp(const QString &govIssueIdentType, const QString &identSerialNum)
{
    if (isBusy())
        return;
    m_byIdentification->setChecked(true);
    const int type = m_identificationType->findData(govIssueIdentType.trimmed().toUpper());
    if (type >= 0)
        m_identificationType->setCurrentIndex(type);
    m_identificationNumber->setText(identSerialNum);
    search();
}

void CustomerLookupForm::cancelSearch()
{
    if (!isBusy())
        return;
    m_activeSearch = 0;
    m_call.cancel();
    setBusy(false);
    // Said at once: the operator pressed Cancel and must not wait for the
    // client's own Cancelled answer (dropped above by the id check).
    showError(ApiError::make(ApiError::Kind::Cancelled), query().searchBy);
}

void CustomerLookupForm::handleResult(const Result<CustomerBasicData> &result,
                                      CustomerBasicDataQuery::SearchBy searchBy)
{
    m_activeSearch = 0;
    setBusy(false);
    if (result.ok()) {
        m_banner->clear();
        m_result->showCustomer(result.value());
        if (!isSearchInput(focusWidget()))
            focusFirstInput();
        return;
    }
    showError(result.error(), searchBy);
}

void CustomerLookupForm::showError(const ApiError &error, CustomerBasicDataQuery::SearchBy searchBy)
{
    const QString reference = error.supportReference();
    const QString detail = reference.isEmpty() ? QString() : tr("Reference for support: %1").arg(reference);
    switch (error.kind) {
    case ApiError::Kind::Cancelled:
        m_banner->showMessage(MessageBanner::Type::Information,
                              tr("Search cancelled. Nothing else was sent; your entries are still here."));
        break;
    case ApiError::Kind::NotFound:
        m_banner->showMessage(
            MessageBanner::Type::Warning,
            searchBy == CustomerBasicDataQuery::SearchBy::Cellphone
                ? tr("There is no customer with that cellphone number. Check the number and search again.")
                : tr("There is no customer with those details. Check the identification type and number and "
                     "search again."),
            detail);
        break;
    default:
        m_banner->showMessage(MessageBanner::Type::Error, error.userMessage(), detail);
        break;
    }
    focusFirstInput();
}

void CustomerLookupForm::keyPressEvent(QKeyEvent *event)
{
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && isSearchInput(focusWidget())) {
        search();
        event->accept();
        return;
    }
    if (plain && event->key() == Qt::Key_Escape && isBusy()) {
        cancelSearch();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void CustomerLookupForm::updateInputs()
{
    const bool busy = isBusy();
    const bool byIdentification = m_byIdentification->isChecked();
    // While waiting the inputs keep their text and focus (read-only rather
    // than disabled) so Esc and the teller's place in the form survive.
    m_byIdentification->setEnabled(!busy);
    m_byCellphone->setEnabled(!busy);
    m_identificationType->setEnabled(byIdentification && !busy);
    m_identificationNumber->setEnabled(byIdentification);
    m_identificationNumber->setReadOnly(busy);
    m_cellphone->setEnabled(!byIdentification);
    m_cellphone->setReadOnly(busy);
    // Cancel is enabled first so focus leaving a disabled Search lands on it.
    m_cancelButton->setEnabled(busy);
    m_searchButton->setEnabled(!busy);
}

void CustomerLookupForm::setBusy(bool busy)
{
    updateInputs();
    m_busyIndicator->setVisible(busy);
    m_busyLabel->setVisible(busy);
    emit busyChanged(busy);
}

void CustomerLookupForm::clearIssues()
{
    setIssue(m_identificationTypeError, m_identificationType, {});
    setIssue(m_identificationNumberError, m_identificationNumber, {});
    setIssue(m_cellphoneError, m_cellphone, {});
}

void CustomerLookupForm::showIssues(const FieldIssues &issues)
{
    QWidget *firstInvalid = nullptr;
    for (const FieldIssue &issue : issues) {
        QWidget *field = nullptr;
        if (issue.field == govIssueIdentTypeField) {
            field = m_identificationType;
            setIssue(m_identificationTypeError, field, issue.message);
        } else if (issue.field == identSerialNumField) {
            field = m_identificationNumber;
            setIssue(m_identificationNumberError, field, issue.message);
        } else if (issue.field == cellphoneField) {
            field = m_cellphone;
            setIssue(m_cellphoneError, field, issue.message);
        } else {
            // A rule on a field this form has no input for: still never silent.
            m_banner->showMessage(MessageBanner::Type::Error, issue.message);
        }
        // validate() reports in the form's own order, so the first is topmost.
        if (field && !firstInvalid)
            firstInvalid = field;
    }
    if (firstInvalid)
        firstInvalid->setFocus(Qt::OtherFocusReason);
}

void CustomerLookupForm::setIssue(QLabel *errorLabel, QWidget *field, const QString &message)
{
    errorLabel->setText(message);
    errorLabel->setVisible(!message.isEmpty());
    field->setAccessibleDescription(message);
}

void CustomerLookupForm::focusFirstInput()
{
    if (m_byCellphone->isChecked())
        m_cellphone->setFocus(Qt::OtherFocusReason);
    else
        m_identificationNumber->setFocus(Qt::OtherFocusReason);
}

bool CustomerLookupForm::isSearchInput(const QWidget *widget) const
{
    return widget
           && (widget == m_byIdentification || widget == m_byCellphone || widget == m_identificationType
               || widget == m_identificationNumber || widget == m_cellphone);
}
