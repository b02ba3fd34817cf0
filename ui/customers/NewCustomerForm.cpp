// NewCustomerForm: construction, the page frame, field values and validation, busy state.
// The pages and the steps are in NewCustomer*.cpp next to this file.

#include "NewCustomerForm.h"

#include "DraftStore.h"
#include "Journal.h"
#include "NewCustomerFields.h"
#include "widgets/FormParts.h"
#include "widgets/MessageBanner.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace NewCustomerFields;

namespace {

// Typing pauses this long before the draft is saved.
constexpr int draftDelayMs = 400;

} // namespace

NewCustomerForm::NewCustomerForm(ApiClient *client, CredentialStore *credentials, Journal *journal, QWidget *parent,
                                 const QString &draftDirectory)
    : QWidget(parent)
    , m_client(client)
    , m_api(client)
    , m_journal(journal)
    , m_drafts(new DraftStore(credentials, draftDirectory.isEmpty() ? DraftStore::defaultDirectory() : draftDirectory,
                              this))
    , m_draftTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("newCustomerForm"));
    setAccessibleName(tr("New customer"));
    buildUi();
    applyDefaults();
    revalidate(false);

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(draftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &NewCustomerForm::saveDraftNow);
    // The keychain is touched only for a draft to offer; otherwise with the
    // first draft to save (the main window builds this page at start-up).
    if (m_drafts->hasDraftToOffer(draftName()))
        openDrafts(true);
    else
        QTimer::singleShot(0, this, &NewCustomerForm::draftsReady);
}

NewCustomerForm::~NewCustomerForm()
{
    // What was typed since the last save is not lost with the window.
    if (m_draftTimer->isActive() && m_drafts->isOpen())
        saveDraftNow();
    m_callId = 0;
    m_lookupCall.cancel();
    m_consentCall.cancel();
    // A create in flight is NOT cancelled: its outcome is journaled by the
    // client, and the draft keeps the transaction id for a status check.
}

void NewCustomerForm::buildUi()
{
    QLabel *heading = FormParts::pageHeading(tr("New customer"), this);
    QLabel *intro = FormParts::pageIntro(
        tr("Open a customer together with a savings account. Fields marked in red need "
           "attention; nothing is sent until every field is right."),
        this);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));

    m_draftOffer = new QFrame(this);
    m_draftOffer->setObjectName(QStringLiteral("draftOffer"));
    m_draftOffer->setFrameShape(QFrame::StyledPanel);
    m_draftOfferText = new QLabel(m_draftOffer);
    m_draftOfferText->setWordWrap(true);
    auto *restore = new QPushButton(tr("&Restore draft"), m_draftOffer);
    restore->setObjectName(QStringLiteral("restoreDraftButton"));
    auto *discard = new QPushButton(tr("Discard draft"), m_draftOffer);
    discard->setObjectName(QStringLiteral("discardDraftButton"));
    auto *offerLayout = new QHBoxLayout(m_draftOffer);
    offerLayout->addWidget(m_draftOfferText, 1);
    offerLayout->addWidget(restore);
    offerLayout->addWidget(discard);
    m_draftOffer->hide();
    connect(restore, &QPushButton::clicked, this, &NewCustomerForm::restoreDraft);
    connect(discard, &QPushButton::clicked, this, &NewCustomerForm::discardDraft);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildEntryPage());
    m_pages->addWidget(buildConfirmationPage());
    m_pages->addWidget(buildResultPage());

    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setFixedWidth(160);
    m_busyIndicator->hide();
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->hide();
    m_draftStatus = new QLabel(this);
    m_draftStatus->setObjectName(QStringLiteral("draftStatus"));
    m_draftStatus->setWordWrap(true);
    auto *status = new QHBoxLayout;
    status->addWidget(m_busyIndicator);
    status->addWidget(m_busyLabel);
    status->addStretch(1);
    status->addWidget(m_draftStatus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(m_draftOffer);
    layout->addWidget(m_pages, 1);
    layout->addLayout(status);
}

NewCustomerForm::Step NewCustomerForm::step() const
{
    return static_cast<Step>(m_pages->currentIndex());
}

void NewCustomerForm::goTo(Step step)
{
    m_pages->setCurrentIndex(int(step));
    if (step == Step::Entry)
        m_continueButton->setFocus(Qt::OtherFocusReason);
}

void NewCustomerForm::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_busyLabel->setText(what);
    m_continueButton->setEnabled(!busy);
    m_createButton->setEnabled(!busy && m_submission == Submission::None);
    m_backButton->setEnabled(!busy);
    m_checkStatusButton->setEnabled(!busy);
    m_sendAgainButton->setEnabled(!busy);
    m_consentButton->setEnabled(!busy);
    emit busyChanged(busy);
}

void NewCustomerForm::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_busy && m_lookupCall.isRunning()) {
        m_callId = 0;
        m_lookupCall.cancel();
        setBusy(false);
        m_banner->showMessage(MessageBanner::Type::Information,
                              m_submission == Submission::OutcomeUnknown
                                  ? tr("Check stopped. The outcome of transaction %1 is still unknown.").arg(m_transactionId)
                                  : tr("Check stopped. Nothing was created; your entries are still here."));
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

QString NewCustomerForm::supportDetail(const ApiError &error) const
{
    const QString reference = error.supportReference();
    return reference.isEmpty() ? QString() : tr("Reference for support: %1").arg(reference);
}

QString NewCustomerForm::fieldValue(const Field &field) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(field.input))
        return edit->property(bankDateProperty).toBool() ? typedDateToBank(edit->text()) : edit->text();
    auto *combo = qobject_cast<QComboBox *>(field.input);
    if (!combo)
        return {};
    if (!combo->isEditable())
        return combo->currentData().toString();
    // An editable pick list: a listed entry gives its code, anything else
    // typed is taken as the code itself.
    const QString text = combo->currentText().trimmed();
    const int index = combo->findText(text);
    if (index >= 0)
        return combo->itemData(index).toString();
    return text.section(QStringLiteral(" \u2014 "), 0, 0).trimmed();
}

void NewCustomerForm::setFieldValue(const QString &path, const QString &value)
{
    const int index = m_fieldIndex.value(path, -1);
    if (index < 0)
        return;
    const Field &field = m_fields.at(index);
    if (auto *edit = qobject_cast<QLineEdit *>(field.input)) {
        edit->setText(edit->property(bankDateProperty).toBool() ? bankDateToTyped(value) : value);
    } else if (auto *combo = qobject_cast<QComboBox *>(field.input)) {
        const int item = combo->findData(value);
        if (item >= 0) {
            combo->setCurrentIndex(item);
        } else if (combo->isEditable()) {
            combo->setCurrentIndex(-1);
            combo->setEditText(value);
        } else if (!value.isEmpty()) {
            combo->addItem(value, value);
            combo->setCurrentIndex(combo->count() - 1);
        }
    }
    fieldEdited(path);
}

CustomerCreateRequest NewCustomerForm::request() const
{
    CustomerCreateRequest r;
    for (const Field &field : m_fields)
        r.setValue(field.path, fieldValue(field));
    // The NIT may be typed the way it is printed (900.123.456-8).
    r.setValue(QStringLiteral("govIssueIdent.identSerialNum"),
               CustomerCreateRequest::normalisedIdentSerialNum(r.govIssueIdentType(), r.identSerialNum()));
    r.setValue(QStringLiteral("entpr.govIssueIdent.identSerialNum"),
               CustomerCreateRequest::normalisedIdentSerialNum(r.value(QStringLiteral("entpr.govIssueIdent.govIssueIdentType")),
                                                               r.value(QStringLiteral("entpr.govIssueIdent.identSerialNum"))));
    if (r.value(QStringLiteral("personInfo.maritalDesc")).isEmpty()) {
        r.setValue(QStringLiteral("personInfo.maritalDesc"),
                   CustomerCodeTables::describe(CustomerCodeTables::maritalStatuses(),
                                                r.value(QStringLiteral("personInfo.maritalStatus"))));
    }
    return r;
}

void NewCustomerForm::applyDefaults()
{
    m_restoring = true;
    const OperatorSession &session = m_client->operatorSession();
    // The seed's product configuration for the savings account and the
    // operator's own branch and registration: the adviser can change any.
    const QList<QPair<const char *, QString>> defaults = {
        {"govIssueIdent.govIssueIdentType", QStringLiteral("CC")},
        {"clientType.value", QStringLiteral("N")},
        {"naturalPerson.countryInfo", QStringLiteral("CO")},
        {"contactInfo.phoneNum.phoneType", QStringLiteral("C")},
        {"contactInfo.additionalPhoneNum.phoneType", QStringLiteral("C")},
        {"contactInfo.phoneNumResidence.phoneType", QStringLiteral("T")},
        {"contactInfo.additionalPhoneNumResidence.phoneType", QStringLiteral("C")},
        {"entpr.govIssueIdent.govIssueIdentType", QStringLiteral("NI")},
        {"entprAgreement.phoneNum.phoneType", QStringLiteral("T")},
        {"entprAgreement.additionalPhoneNum.phoneType", QStringLiteral("C")},
        {"pocketInfo.pocketType", QStringLiteral("N")},
        {"product.productId.ledgerCode", QStringLiteral("24")},
        {"product.productId.subLedgerCode", QStringLiteral("29")},
        {"product.productId.groupCode", QStringLiteral("85")},
        {"product.productType", QStringLiteral("500")},
        {"product.handlingFee", QStringLiteral("500")},
        {"product.sourceRetention", QStringLiteral("N")},
        {"product.extractPeriodicity", QStringLiteral("M")},
        {"product.branchAddrType", QStringLiteral("P")},
        {"product.administrationOffice.branchId", session.branchId},
        {"product.submitOffice.branchId", session.branchId},
        {"adviser.adviserId", session.user},
    };
    for (const auto &[path, value] : defaults)
        setFieldValue(QString::fromLatin1(path), value);
    m_touched.clear();
    m_restoring = false;
}

void NewCustomerForm::fieldEdited(const QString &path)
{
    if (m_restoring)
        return;
    m_touched.insert(path);
    revalidate(false);
    if (m_submission != Submission::Created) {
        m_draftTimer->start();
        // The first edit: the key is fetched now, so it is there to save.
        if (!m_drafts->isOpen() && !m_drafts->isOpening())
            openDrafts(false);
    }
}

void NewCustomerForm::revalidate(bool showAll)
{
    showIssues(request().validate(), showAll);
}

void NewCustomerForm::showIssues(const FieldIssues &issues, bool showAll)
{
    for (Field &field : m_fields) {
        QString message;
        for (const FieldIssue &issue : issues) {
            if (issue.field == field.path) {
                message = issue.message;
                break;
            }
        }
        // As the adviser types, only fields already touched speak up; a
        // "Continue" shows every issue.
        if (!showAll && !m_touched.contains(field.path) && field.error->isHidden())
            message.clear();
        field.error->setText(message);
        field.error->setVisible(!message.isEmpty());
        field.input->setAccessibleDescription(message);
    }
}

void NewCustomerForm::startOver()
{
    m_callId = 0;
    m_submission = Submission::None;
    m_transactionId.clear();
    m_created.reset();
    m_restoring = true;
    for (const Field &field : m_fields)
        setFieldValue(field.path, QString());
    m_restoring = false;
    applyDefaults();
    for (QButtonGroup *group : std::as_const(m_consentAnswers)) {
        group->setExclusive(false);
        for (QAbstractButton *button : group->buttons())
            button->setChecked(false);
        group->setExclusive(true);
    }
    m_consentStatus->clear();
    m_consentButton->setEnabled(true);
    m_banner->clear();
    revalidate(false);
    goTo(Step::Entry);
}
