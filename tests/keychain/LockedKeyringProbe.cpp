// Helper for CredentialStoreTest.LockedKeyringAsksToUnlock: writes and reads
// one dummy entry and prints each outcome as "<operation>\t<ok|kind>\t<detail>".
// The test runs it inside its own D-Bus session, before and after locking the
// keyring; it is not a test itself.
#include "CredentialStore.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    CredentialStore store(QStringLiteral("BranchDeskTests"));
    store.setRetryDelay(-1);
    const QString key = CredentialStore::key(QStringLiteral("QA"), QStringLiteral("client_secret"));
    QTextStream out(stdout);
    const auto print = [&out](const QString &operation, const ApiError *error) {
        out << operation << '\t'
            << (error ? ApiError::kindName(error->kind) + QLatin1Char('\t') + error->detail : QStringLiteral("ok"))
            << '\n';
        out.flush();
    };
    store.write(key, QStringLiteral("dummy-value"), &app, [&](const Result<bool> &written) {
        print(QStringLiteral("write"), written.ok() ? nullptr : &written.error());
        store.read(key, &app, [&](const Result<QString> &read) {
            print(QStringLiteral("read"), read.ok() ? nullptr : &read.error());
            app.quit();
        });
    });
    QTimer::singleShot(30000, &app, [&app] { app.exit(2); });
    return app.exec();
}
