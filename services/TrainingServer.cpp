#include "TrainingServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef Q_OS_LINUX
#include <signal.h>
#include <sys/prctl.h>
#endif

namespace {
const QString executableName = QStringLiteral("branchdesk-sandbox");
}

TrainingServer::TrainingServer(QObject *parent) : QObject(parent) {}

TrainingServer::~TrainingServer()
{
    stop();
}

QString TrainingServer::locateExecutable()
{
    const QString fromEnvironment = qEnvironmentVariable("BRANCHDESK_SANDBOX");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString beside = QCoreApplication::applicationDirPath() + QLatin1Char('/') + executableName;
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(executableName);
}

QString TrainingServer::tlsDirectory() const
{
    return m_tlsDir ? m_tlsDir->path() : QString();
}

void TrainingServer::start()
{
    if (m_process)
        return;
    m_error.clear();
    m_output.clear();
    m_url.clear();

    const QString program = locateExecutable();
    if (program.isEmpty()) {
        fail(tr("The training server (%1) is not installed next to BranchDesk.").arg(executableName));
        return;
    }
    // A fresh TLS directory each run, in the user's runtime (or cache)
    // directory: a new CA that only this session trusts.
    QString parent = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (parent.isEmpty())
        parent = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(parent);
    m_tlsDir = std::make_unique<QTemporaryDir>(parent + QStringLiteral("/branchdesk-training-XXXXXX"));
    if (!m_tlsDir->isValid()) {
        fail(tr("Could not create a folder for the training server's certificates: %1").arg(m_tlsDir->errorString()));
        return;
    }

    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &TrainingServer::readOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (!m_url.isValid())
            fail(tr("The training server could not start: %1").arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        if (!m_url.isValid()) {
            const QString reason = QString::fromUtf8(m_process->readAllStandardError()).trimmed();
            fail(tr("The training server stopped (exit code %1): %2").arg(exitCode).arg(reason));
        }
    });
#ifdef Q_OS_LINUX
    // If BranchDesk dies without running its destructors (SIGKILL, crash),
    // the kernel ends the training server with it.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process->start(program, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-dir"),
                               m_tlsDir->path()});
}

void TrainingServer::readOutput()
{
    m_output += m_process->readAllStandardOutput();
    static const QRegularExpression listening(QStringLiteral("^listening on (https://127\\.0\\.0\\.1:\\d+)\\s*$"),
                                              QRegularExpression::MultilineOption);
    if (m_url.isValid())
        return;
    const auto match = listening.match(QString::fromUtf8(m_output));
    if (!match.hasMatch())
        return;
    QFile caFile(m_tlsDir->filePath(QStringLiteral("ca.pem")));
    if (!caFile.open(QIODevice::ReadOnly)) {
        fail(tr("The training server did not write its CA certificate."));
        return;
    }
    m_ca = QSslCertificate::fromData(caFile.readAll(), QSsl::Pem);
    if (m_ca.isEmpty()) {
        fail(tr("The training server's CA certificate could not be read."));
        return;
    }
    m_url = QUrl(match.captured(1));
    emit started(m_url);
}

bool TrainingServer::waitForStarted(int msecs)
{
    if (!m_process)
        return m_url.isValid();
    QElapsedTimer timer;
    timer.start();
    while (!m_url.isValid() && m_error.isEmpty() && m_process && timer.elapsed() < msecs) {
        if (!m_process->waitForReadyRead(int(qMax<qint64>(1, msecs - timer.elapsed()))))
            break;
        readOutput();
    }
    if (!m_url.isValid() && m_error.isEmpty())
        m_error = tr("The training server did not start in time.");
    return m_url.isValid();
}

void TrainingServer::stop()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->terminate();
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
        delete m_process;
        m_process = nullptr;
    }
    m_url.clear();
    m_tlsDir.reset();
}

void TrainingServer::fail(const QString &reason)
{
    if (!m_error.isEmpty())
        return;
    m_error = reason;
    emit failed(reason);
}
