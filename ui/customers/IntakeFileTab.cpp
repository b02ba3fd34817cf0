#include "IntakeFileTab.h"

#include "RequestBusyRow.h"
#include "widgets/FormParts.h"
#include "widgets/MessageBanner.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

IntakeFileTab::IntakeFileTab(CustomersApi *api, MessageBanner *banner, QWidget *parent)
    : QWidget(parent), m_api(api), m_banner(banner)
{
    setObjectName(QStringLiteral("intakeFileTab"));
    auto *intro = new QLabel(tr("Send a JSON file of the Sync Data shape (one person or legal entity and their "
                                "products). The file is checked here first; nothing is sent while it has problems."),
                             this);
    intro->setWordWrap(true);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("intakeFilePath"));
    m_path->setAccessibleName(tr("Intake file path"));
    m_path->setPlaceholderText(tr("type a path or choose a file"));
    m_pathError = FormParts::fieldErrorLabel(QStringLiteral("intakeFilePathError"), this);
    auto *pathLabel = new QLabel(tr("Fil&e:"), this);
    pathLabel->setBuddy(m_path);
    m_browse = new QPushButton(tr("&Choose\u2026"), this);
    m_browse->setObjectName(QStringLiteral("intakeFileBrowse"));
    m_browse->setAccessibleName(tr("Choose a file"));
    m_check = new QPushButton(tr("Chec&k file"), this);
    m_check->setObjectName(QStringLiteral("intakeFileCheck"));
    m_check->setAccessibleName(tr("Check file"));
    m_send = new QPushButton(tr("&Send file"), this);
    m_send->setObjectName(QStringLiteral("intakeFileSend"));
    m_send->setAccessibleName(tr("Send file to the digital bank"));
    m_send->setProperty("submitsForm", true); // Ctrl+Enter
    m_send->setAutoDefault(true);
    m_busy = new RequestBusyRow(QStringLiteral("intakeFile"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("intakeFileSummary"));
    m_summary->setWordWrap(true);
    m_issues = new QTableWidget(0, 2, this);
    m_issues->setObjectName(QStringLiteral("intakeFileIssues"));
    m_issues->setAccessibleName(tr("Problems in the file"));
    m_issues->setHorizontalHeaderLabels({tr("Place in the file"), tr("Problem")});
    m_issues->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->verticalHeader()->hide();
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Listed in file order: syntax first, then paths as they appear.
    m_issues->hide();

    auto *pathRow = new QGridLayout;
    pathRow->addWidget(pathLabel, 0, 0);
    pathRow->addWidget(m_path, 0, 1);
    pathRow->addWidget(m_browse, 0, 2);
    pathRow->addWidget(m_pathError, 1, 1, 1, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_send);
    buttons->addWidget(m_busy);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(pathRow);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_issues, 1);
    layout->addStretch(0);

    connect(m_browse, &QPushButton::clicked, this, &IntakeFileTab::browse);
    connect(m_check, &QPushButton::clicked, this, &IntakeFileTab::checkFile);
    connect(m_send, &QPushButton::clicked, this, &IntakeFileTab::send);
    connect(m_path, &QLineEdit::returnPressed, this, &IntakeFileTab::checkFile);
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_pathError->hide();
        m_summary->clear();
        m_issues->hide();
    });
    connect(m_busy, &RequestBusyRow::cancelRequested, this, &IntakeFileTab::cancel);
}

IntakeFileTab::~IntakeFileTab()
{
    m_active = 0;
    m_call.cancel();
}

void IntakeFileTab::setPath(const QString &path)
{
    m_path->setText(path);
}

void IntakeFileTab::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose an intake file"), m_path->text(),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_path->setText(path);
    checkFile();
}

bool IntakeFileTab::checkFile()
{
    m_banner->clear();
    m_pathError->hide();
    m_summary->clear();
    m_issues->hide();
    m_content.clear();
    const QString path = m_path->text().trimmed();
    const auto fail = [this](const QString &message) {
        m_pathError->setText(message);
        m_pathError->show();
        m_path->setAccessibleDescription(message);
        m_path->setFocus();
        return false;
    };
    if (path.isEmpty())
        return fail(tr("Choose a file or type its path."));
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return fail(tr("There is no file at this path."));
    if (file.size() > IntakeFileCheck::maxFileBytes)
        return fail(tr("The file is larger than %1 MB.").arg(IntakeFileCheck::maxFileBytes / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The file cannot be read: %1").arg(file.errorString()));
    const QByteArray content = file.readAll();
    m_path->setAccessibleDescription({});
    const IntakeFileReport report = IntakeFileCheck::checkFile(content);
    showReport(report, content.size());
    if (report.ok())
        m_content = content;
    return report.ok();
}

void IntakeFileTab::showReport(const IntakeFileReport &report, qint64 size)
{
    if (report.ok()) {
        m_summary->setText(tr("The file is ready to send: %1, %n product(s), %2 kB.", nullptr, report.products)
                               .arg(report.mnemonic.left(2) + QStringLiteral(" ") + report.mnemonic.mid(2))
                               .arg((size + 1023) / 1024));
        return;
    }
    m_summary->setText(tr("The file has %n problem(s); fix them and check again. Nothing was sent.", nullptr,
                          int(report.issues.size())));
    m_issues->setRowCount(int(report.issues.size()));
    for (int row = 0; row < report.issues.size(); ++row) {
        const IntakeFileIssue &issue = report.issues.at(row);
        m_issues->setItem(row, 0, new QTableWidgetItem(issue.place()));
        m_issues->setItem(row, 1, new QTableWidgetItem(issue.message));
    }
    m_issues->show();
}

void IntakeFileTab::send()
{
    if (isBusy() || !checkFile())
        return;
    const quint64 id = ++m_last;
    m_active = id;
    m_call = m_api->syncDataFile(m_content);
    setBusy(true);
    if (ApiOperation *operation = m_call.operation())
        connect(operation, &ApiOperation::uploadProgress, m_busy, &RequestBusyRow::setUploadProgress);
    m_call.then(this, [this, id](const Result<SyncDataReply> &result) {
        if (id != m_active)
            return;
        m_active = 0;
        setBusy(false);
        handle(result);
    });
}

void IntakeFileTab::cancel()
{
    if (!isBusy())
        return;
    m_active = 0;
    m_call.cancel();
    setBusy(false);
    // The file may already be at the bank: never say "nothing was sent".
    m_banner->showMessage(MessageBanner::Type::Warning,
                          tr("Sending stopped. The digital bank may still have received the file: check with it "
                             "before sending the file again."),
                          tr("Reference for support: Tx %1").arg(m_call.transactionId()));
}

void IntakeFileTab::handle(const Result<SyncDataReply> &result)
{
    if (result.ok()) {
        m_banner->showMessage(MessageBanner::Type::Positive,
                              tr("The digital bank answered: %1.").arg(result.value().message),
                              tr("Reference: Tx %1").arg(m_call.transactionId()));
        m_summary->setText(tr("Sent. %1").arg(m_summary->text()));
        return;
    }
    const ApiError &error = result.error();
    if (CustomersApi::outcomeUnknown(error)) {
        AccountForms::showError(m_banner, error,
                                tr("The answer did not arrive: the digital bank may or may not have the file. Check "
                                   "with it before sending the file again."));
        return;
    }
    AccountForms::showError(m_banner, error,
                            error.description.isEmpty() ? QString()
                                                        : tr("The digital bank refused the file: %1").arg(error.description));
}

void IntakeFileTab::setBusy(bool busy)
{
    m_path->setReadOnly(busy);
    m_browse->setEnabled(!busy);
    m_check->setEnabled(!busy);
    m_send->setEnabled(!busy);
    if (busy)
        m_busy->start(tr("Sending\u2026 Press Esc to cancel."));
    else
        m_busy->stop();
    emit busyChanged(busy);
}
