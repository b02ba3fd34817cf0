#include "DigitalBankIntakeForm.h"

#include "IntakeFileTab.h"
#include "IntakePersonEditor.h"
#include "IntakeProductsEditor.h"
#include "Masking.h"
#include "RequestBusyRow.h"
#include "widgets/FormParts.h"
#include "widgets/MessageBanner.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

DigitalBankIntakeForm::DigitalBankIntakeForm(ApiClient *client, QWidget *parent) : QWidget(parent), m_api(client)
{
    setObjectName(QStringLiteral("digitalBankIntakeForm"));
    setAccessibleName(tr("Digital bank intake"));
    QLabel *heading = FormParts::pageHeading(tr("Digital bank intake"), this);
    QLabel *intro = FormParts::pageIntro(
        tr("Send a person or legal entity and their products to the digital bank, one at a time or from a file."),
        this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("intakeTabs"));
    m_tabs->setAccessibleName(tr("Intake"));
    m_tabs->addTab(buildPersonTab(), tr("&One person"));
    m_fileTab = new IntakeFileTab(&m_api, m_banner, m_tabs);
    m_tabs->addTab(m_fileTab, tr("Fro&m file"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    connect(m_fileTab, &IntakeFileTab::busyChanged, this, &DigitalBankIntakeForm::busyChanged);
    FormParts::cancelOnEscape(this, [this] {
        cancel();
        m_fileTab->cancel();
    });
}

DigitalBankIntakeForm::~DigitalBankIntakeForm()
{
    m_active = 0;
    m_call.cancel();
}

QWidget *DigitalBankIntakeForm::buildPersonTab()
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("intakePersonTab"));
    m_person = new IntakePersonEditor(content);
    auto *productsBox = new QGroupBox(tr("Products"), content);
    m_products = new IntakeProductsEditor(productsBox);
    auto *productsLayout = new QVBoxLayout(productsBox);
    productsLayout->addWidget(m_products);

    m_reviewButton = new QPushButton(tr("Review and &send\u2026"), content);
    m_reviewButton->setObjectName(QStringLiteral("intakeReviewButton"));
    m_reviewButton->setAccessibleName(tr("Review and send"));
    m_reviewButton->setProperty("submitsForm", true); // Ctrl+Enter
    m_reviewButton->setAutoDefault(true);

    m_reviewBox = new QGroupBox(tr("Review before sending"), content);
    m_reviewBox->setObjectName(QStringLiteral("intakeReviewBox"));
    m_reviewSummary = new QLabel(m_reviewBox);
    m_reviewSummary->setObjectName(QStringLiteral("intakeReviewSummary"));
    m_reviewSummary->setWordWrap(true);
    m_confirmButton = new QPushButton(tr("&Confirm and send"), m_reviewBox);
    m_confirmButton->setObjectName(QStringLiteral("intakeConfirmButton"));
    m_confirmButton->setAccessibleName(tr("Confirm and send"));
    m_confirmButton->setAutoDefault(true);
    m_editButton = new QPushButton(tr("Bac&k to edit"), m_reviewBox);
    m_editButton->setObjectName(QStringLiteral("intakeEditButton"));
    m_busy = new RequestBusyRow(QStringLiteral("intake"), m_reviewBox);
    auto *reviewButtons = new QHBoxLayout;
    reviewButtons->addWidget(m_confirmButton);
    reviewButtons->addWidget(m_editButton);
    reviewButtons->addWidget(m_busy);
    reviewButtons->addStretch(1);
    auto *reviewLayout = new QVBoxLayout(m_reviewBox);
    reviewLayout->addWidget(m_reviewSummary);
    reviewLayout->addLayout(reviewButtons);
    m_reviewBox->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reviewButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_person);
    layout->addWidget(productsBox);
    layout->addLayout(buttons);
    layout->addWidget(m_reviewBox);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("intakePersonScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    connect(m_reviewButton, &QPushButton::clicked, this, &DigitalBankIntakeForm::review);
    connect(m_confirmButton, &QPushButton::clicked, this, &DigitalBankIntakeForm::confirmAndSend);
    connect(m_editButton, &QPushButton::clicked, this, [this] { showReview(false); });
    connect(m_busy, &RequestBusyRow::cancelRequested, this, &DigitalBankIntakeForm::cancel);
    return scroll;
}

SyncDataRequest DigitalBankIntakeForm::request() const
{
    SyncDataRequest r;
    m_person->fill(r);
    r.listAccounts = m_products->products();
    return r;
}

void DigitalBankIntakeForm::review()
{
    if (isBusy())
        return;
    m_banner->clear();
    m_person->clearIssues();
    m_products->clearIssues();
    const SyncDataRequest r = request();
    FieldIssues issues = m_person->localIssues();
    if (issues.isEmpty())
        issues = r.validate();
    if (r.listAccounts.isEmpty())
        issues.append({QStringLiteral("listAccounts"), tr("Add at least one product.")});
    if (!issues.isEmpty()) {
        QWidget *first = nullptr;
        for (const FieldIssue &issue : issues) {
            QWidget *field = m_person->showIssue(issue.field, issue.message);
            if (!field && m_products->showIssue(issue.field, issue.message))
                field = m_products->table();
            if (!field)
                m_banner->showMessage(MessageBanner::Type::Error, tr("%1: %2").arg(issue.field, issue.message));
            if (field && !first)
                first = field;
        }
        showReview(false);
        if (first)
            first->setFocus(Qt::OtherFocusReason);
        return;
    }
    QStringList products;
    for (const IntakeProduct &p : r.listAccounts)
        products << tr("%1 %2").arg(p.acctType, p.acctId.isEmpty() ? p.cardAcctId : p.acctId);
    m_reviewSummary->setText(tr("Send %1 (%2 %3) with %n product(s) to the digital bank: %4.", nullptr,
                                int(r.listAccounts.size()))
                                 .arg(r.fullName, r.govIssueIdentType, Masking::identity(r.identSerialNum),
                                      products.join(QStringLiteral(", "))));
    showReview(true);
    m_confirmButton->setFocus();
}

void DigitalBankIntakeForm::showReview(bool visible)
{
    m_reviewBox->setVisible(visible);
    m_person->setReadOnly(visible);
    m_products->setReadOnly(visible);
    m_reviewButton->setEnabled(!visible);
}

void DigitalBankIntakeForm::confirmAndSend()
{
    if (isBusy() || !m_reviewBox->isVisible())
        return;
    const quint64 id = ++m_last;
    m_active = id;
    m_call = m_api.syncData(request());
    setBusy(true);
    m_call.then(this, [this, id](const Result<SyncDataReply> &result) {
        if (id != m_active)
            return;
        m_active = 0;
        setBusy(false);
        handle(result);
    });
}

void DigitalBankIntakeForm::cancel()
{
    if (!isBusy())
        return;
    m_active = 0;
    m_call.cancel();
    setBusy(false);
    m_banner->showMessage(MessageBanner::Type::Warning,
                          tr("Sending stopped. The digital bank may still have received it: check with it before "
                             "sending again."),
                          tr("Reference for support: Tx %1").arg(m_call.transactionId()));
}

void DigitalBankIntakeForm::handle(const Result<SyncDataReply> &result)
{
    if (result.ok()) {
        m_banner->showMessage(MessageBanner::Type::Positive,
                              tr("The digital bank answered: %1.").arg(result.value().message),
                              tr("Reference: Tx %1").arg(m_call.transactionId()));
        m_reviewBox->hide();
        m_reviewButton->setEnabled(true);
        m_person->setReadOnly(false);
        m_products->setReadOnly(false);
        return;
    }
    const ApiError &error = result.error();
    if (CustomersApi::outcomeUnknown(error)) {
        // Back to editing: sending again takes a new, deliberate review.
        showReview(false);
        AccountForms::showError(m_banner, error,
                                tr("The answer did not arrive: the digital bank may or may not have the entity. "
                                   "Check with it before sending again."));
        return;
    }
    AccountForms::showError(m_banner, error,
                            error.description.isEmpty() ? QString()
                                                        : tr("The digital bank refused it: %1").arg(error.description));
}

void DigitalBankIntakeForm::setBusy(bool busy)
{
    m_confirmButton->setEnabled(!busy);
    m_editButton->setEnabled(!busy);
    if (busy)
        m_busy->start(tr("Sending\u2026 Press Esc to cancel."));
    else
        m_busy->stop();
    emit busyChanged(busy);
}
