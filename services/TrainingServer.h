#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <memory>

class QProcess;
class QTemporaryDir;

// Starts the training server (branchdesk-sandbox) as a child process on a
// free loopback port with a fresh TLS directory, reads its CA so exactly that
// CA is trusted, and stops it when destroyed.
class TrainingServer : public QObject
{
    Q_OBJECT
public:
    explicit TrainingServer(QObject *parent = nullptr);
    ~TrainingServer() override;

    // BRANCHDESK_SANDBOX, then next to the running executable, then PATH.
    static QString locateExecutable();

    // Asynchronous: started() or failed() follows.
    void start();
    // Blocks up to `msecs` for the "listening on" line (tests, start-up).
    bool waitForStarted(int msecs = 30000);
    void stop();

    bool isRunning() const { return m_url.isValid(); }
    QUrl url() const { return m_url; }
    QString tlsDirectory() const;
    QList<QSslCertificate> caCertificates() const { return m_ca; }
    QString errorString() const { return m_error; }

signals:
    void started(const QUrl &url);
    void failed(const QString &reason);

private:
    void readOutput();
    void fail(const QString &reason);

    QProcess *m_process = nullptr;
    std::unique_ptr<QTemporaryDir> m_tlsDir;
    QByteArray m_output;
    QUrl m_url;
    QList<QSslCertificate> m_ca;
    QString m_error;
};
