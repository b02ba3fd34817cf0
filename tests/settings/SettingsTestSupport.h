#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace SettingsTestSupport {

// A self-signed CA certificate (public data, no key): a CA bundle that parses.
inline QByteArray testCaPem()
{
    return QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n"
                             "MIIBkjCCATegAwIBAgIUHqE1Owrr0NAnKNVyrvaVTjynkbUwCgYIKoZIzj0EAwIw\n"
                             "HTEbMBkGA1UEAwwSQnJhbmNoRGVzayBUZXN0IENBMCAXDTI2MTEyMTA4MTI1MloY\n"
                             "DzIxMjYxMDI4MDgxMjUyWjAdMRswGQYDVQQDDBJCcmFuY2hEZXNrIFRlc3QgQ0Ew\n"
                             "WTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAQWVtLlRaQnQzlKiCphCqahQd/VBcHz\n"
                             "+WtqFOJHnrGjIk+14hMlhPC3p/CRj5KOLwmaPthQaNuRP4fQLsq5UzAno1MwUTAd\n"
                             "BgNVHQ4EFgQUI5S8iOFrtFlXZyr2YwZ23rdJh9YwHwYDVR0jBBgwFoAUI5S8iOFr\n"
                             "tFlXZyr2YwZ23rdJh9YwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNJADBG\n"
                             "AiEAp0dFlNX4sTTkfUS//f6jo3tlRr9xD3sCZikow8CM2SwCIQCm80SaCJtrEbH5\n"
                             "x1dxaiZSr4XoebGXvcj9wl5uL87Yww==\n"
                             "-----END CERTIFICATE-----\n");
}

// A user file and a system file in a fresh temporary folder. The files are
// written as an administrator would, so the tests read what IT ships.
class SettingsFiles
{
public:
    SettingsFiles() { EXPECT_TRUE(m_dir.isValid()); }

    QString userFile() const { return m_dir.filePath(QStringLiteral("user/BranchDesk.conf")); }
    QString systemFile() const { return m_dir.filePath(QStringLiteral("system/BranchDesk.conf")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    void writeUser(const QByteArray &ini) const { write(userFile(), ini); }
    void writeSystem(const QByteArray &ini) const { write(systemFile(), ini); }
    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        write(path(name), bytes);
        return path(name);
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    static void write(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
        file.write(bytes);
    }

    QTemporaryDir m_dir;
};

} // namespace SettingsTestSupport
