// NewCustomerForm, continued: the result page, the data-protection consent and
// the receipt (preview, save, print).

#include "NewCustomerForm.h"

#include "CustomerReceipt.h"
#include "DraftStore.h"
#include "Masking.h"
#include "widgets/MessageBanner.h"

#include <QBuffer>
#include <QButtonGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QTimer>
#include <QVBoxLayout>

QWidget *NewCustomerForm::buildResultPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("resultPage"));
    m_resultText = new QLabel(page);
    m_resultText->setObjectName(QStringLiteral("resultText"));
    m_resultText->setTextFormat(Qt::RichText);
    m_resultText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultText->setWordWrap(true);

    auto *consentBox = new QGroupBox(tr("Data-protection consent"), page);
    consentBox->setObjectName(QStringLiteral("consentBox"));
    auto *consentLayout = new QFormLayout(consentBox);
    const QStringList questions = {
        tr("The customer authorises the processing of personal data (preguntaATDP001):"),
        tr("The customer authorises commercial use of the data (preguntaATDP002):"),
        tr("The customer authorises sharing the data with third parties (preguntaATDP003):"),
    };
    const QStringList names = SecureDataConsentRequest::questions();
    for (int i = 0; i < questions.size(); ++i) {
        auto *group = new QButtonGroup(consentBox);
        auto *yes = new QRadioButton(tr("Yes"), consentBox);
        yes->setObjectName(names.at(i) + QStringLiteral("_yes"));
        yes->setAccessibleName(tr("%1: yes").arg(names.at(i)));
        auto *no = new QRadioButton(tr("No"), consentBox);
        no->setObjectName(names.at(i) + QStringLiteral("_no"));
        no->setAccessibleName(tr("%1: no").arg(names.at(i)));
        group->addButton(yes, 1);
        group->addButton(no, 0);
        auto *row = new QHBoxLayout;
        row->addWidget(yes);
        row->addWidget(no);
        row->addStretch(1);
        auto *label = new QLabel(questions.at(i), consentBox);
        label->setWordWrap(true);
        label->setBuddy(yes);
        consentLayout->addRow(label, row);
        m_consentAnswers.append(group);
    }
    m_consentButton = new QPushButton(tr("Send &consent"), consentBox);
    m_consentButton->setObjectName(QStringLiteral("consentButton"));
    m_consentStatus = new QLabel(consentBox);
    m_consentStatus->setObjectName(QStringLiteral("consentStatus"));
    m_consentStatus->setWordWrap(true);
    consentLayout->addRow(m_consentButton, m_consentStatus);

    m_previewButton = new QPushButton(tr("&Preview receipt"), page);
    m_previewButton->setObjectName(QStringLiteral("previewReceiptButton"));
    m_saveReceiptButton = new QPushButton(tr("Sa&ve receipt\u2026"), page);
    m_saveReceiptButton->setObjectName(QStringLiteral("saveReceiptButton"));
    m_printButton = new QPushButton(tr("Pr&int receipt\u2026"), page);
    m_printButton->setObjectName(QStringLiteral("printReceiptButton"));
    m_newCustomerButton = new QPushButton(tr("&New customer"), page);
    m_newCustomerButton->setObjectName(QStringLiteral("newCustomerButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_saveReceiptButton);
    buttons->addWidget(m_printButton);
    buttons->addStretch(1);
    buttons->addWidget(m_newCustomerButton);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_resultText);
    layout->addWidget(consentBox);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_consentButton, &QPushButton::clicked, this, &NewCustomerForm::sendConsent);
    connect(m_previewButton, &QPushButton::clicked, this, &NewCustomerForm::previewReceipt);
    connect(m_saveReceiptButton, &QPushButton::clicked, this, &NewCustomerForm::saveReceipt);
    connect(m_printButton, &QPushButton::clicked, this, &NewCustomerForm::printReceipt);
    connect(m_newCustomerButton, &QPushButton::clicked, this, &NewCustomerForm::startOver);
    return page;
}

void NewCustomerForm::showCreated(const CustomerCreateResponse &response)
{
    m_submission = Submission::Created;
    m_created = response;
    m_createdAt = QDateTime::currentDateTime();
    // Confirmed by the bank: now, and only now, the draft goes.
    m_draftTimer->stop();
    m_drafts->remove(draftName());
    m_draftOffer->hide();
    m_checkStatusButton->hide();
    m_sendAgainButton->hide();
    m_banner->showMessage(MessageBanner::Type::Positive,
                          tr("Customer and savings account created. Ask the customer the data-protection questions "
                             "now."));
    const QString gmf = response.gmf.isEmpty() ? tr("not given") : response.gmf;
    m_resultText->setText(
        tr("<p><b>%1</b> \u2014 %2 %3</p>"
           "<table><tr><td>Account number:</td><td><b>%4</b></td></tr>"
           "<tr><td>Reference number:</td><td>%5</td></tr>"
           "<tr><td>GMF (4x1000) status:</td><td>%6 %7</td></tr>"
           "<tr><td>GMF bank:</td><td>%8</td></tr>"
           "<tr><td>Savings pocket:</td><td>%9</td></tr></table>")
            .arg(m_submitted.fullName().toHtmlEscaped(), m_submitted.govIssueIdentType(),
                 Masking::identity(m_submitted.identSerialNum()), response.acctId.toHtmlEscaped(),
                 response.refNumber.toHtmlEscaped(), gmf.toHtmlEscaped(), response.gmfAccountNumber.toHtmlEscaped(),
                 response.gmfBankName.isEmpty() ? tr("\u2014") : response.gmfBankName.toHtmlEscaped(),
                 response.pocketType.toHtmlEscaped()));
    goTo(Step::Result);
    m_consentAnswers.first()->buttons().first()->setFocus(Qt::OtherFocusReason);
}

void NewCustomerForm::sendConsent()
{
    if (m_busy || !m_created)
        return;
    SecureDataConsentRequest consent;
    consent.govIssueIdentType = m_submitted.govIssueIdentType();
    consent.identSerialNum = m_submitted.identSerialNum();
    consent.administrationOfficeBranchId = m_submitted.value(QStringLiteral("product.administrationOffice.branchId"));
    consent.submitOfficeBranchId = m_submitted.value(QStringLiteral("product.submitOffice.branchId"));
    for (int i = 0; i < m_consentAnswers.size(); ++i) {
        const int id = m_consentAnswers.at(i)->checkedId();
        consent.answers[i] = id < 0 ? std::nullopt : std::optional<bool>(id == 1);
    }
    const FieldIssues issues = consent.validate();
    if (!issues.isEmpty()) {
        m_consentStatus->setText(tr("Every question needs the customer's yes or no."));
        return;
    }
    const quint64 callId = ++m_callId;
    setBusy(true, tr("Sending the consent\u2026"));
    m_consentCall = m_api.updateSecureData(consent);
    m_consentCall.then(this, [this, callId](const Result<bool> &result) {
        if (callId != m_callId)
            return;
        setBusy(false);
        if (result.ok()) {
            m_consentStatus->setText(tr("Consent recorded by the bank."));
            m_consentButton->setEnabled(false);
            return;
        }
        m_consentStatus->setText(tr("The consent was not recorded: %1 You can send it again.")
                                     .arg(result.error().userMessage()));
    });
}

QByteArray NewCustomerForm::receiptPdf() const
{
    if (!m_created)
        return {};
    CustomerReceiptData data;
    const OperatorSession &session = m_client->operatorSession();
    data.environment = m_client->environment().name();
    data.branchId = session.branchId;
    data.terminalId = session.terminalId;
    data.adviser = m_submitted.value(QStringLiteral("adviser.adviserId"));
    data.dateTime = m_createdAt;
    data.customerName = m_submitted.fullName();
    data.govIssueIdentType = m_submitted.govIssueIdentType();
    data.identSerialNum = m_submitted.identSerialNum();
    data.accountNumber = m_created->acctId;
    data.reference = m_created->refNumber;
    data.gmfStatus = m_created->gmf;
    data.gmfBank = m_created->gmfBankName;
    data.transactionId = m_transactionId;
    return CustomerReceipt::pdf(data);
}

void NewCustomerForm::previewReceipt()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("receiptPreview"));
    dialog->setWindowTitle(tr("Receipt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *buffer = new QBuffer(dialog);
    buffer->setData(receiptPdf());
    buffer->open(QIODevice::ReadOnly);
    auto *document = new QPdfDocument(dialog);
    document->load(buffer);
    auto *view = new QPdfView(dialog);
    view->setObjectName(QStringLiteral("receiptView"));
    view->setDocument(document);
    view->setZoomMode(QPdfView::ZoomMode::FitInView);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog->resize(640, 860);
    dialog->open();
}

void NewCustomerForm::saveReceipt()
{
    auto *dialog = new QFileDialog(this, tr("Save receipt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("PDF documents (*.pdf)"));
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->selectFile(tr("receipt-%1.pdf").arg(m_created ? m_created->acctId : QString()));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(receiptPdf()) < 0 || !file.commit()) {
            m_banner->showMessage(MessageBanner::Type::Error, tr("The receipt could not be saved: %1").arg(file.errorString()));
            return;
        }
        m_banner->showMessage(MessageBanner::Type::Positive, tr("Receipt saved to %1.").arg(path));
    });
    dialog->open();
}

void NewCustomerForm::printReceipt()
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(printer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
    connect(dialog, &QDialog::accepted, this, [this, printer] {
        QBuffer buffer;
        buffer.setData(receiptPdf());
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument document;
        document.load(&buffer);
        QPainter painter(printer);
        for (int page = 0; page < document.pageCount(); ++page) {
            if (page > 0)
                printer->newPage();
            const QRect target = painter.viewport();
            const QImage image = document.render(page, target.size());
            painter.drawImage(target, image);
        }
    });
    dialog->open();
}
