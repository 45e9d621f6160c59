#pragma once

// Helpers shared by the credential tests: what the real Secret Service holds (through secret-tool,
// as a user would look), and whether a secret leaked into any file under the test's HOME.

#include "core/store/CredentialStore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>
#include <memory>

namespace acrp::test {

// Waits for a keychain answer (the store never answers inside the call, but a reply may have
// finished by the time the test looks); false when none came within `timeoutMs`. The reply stays
// alive for the caller's checks.
inline bool waitForAnswer(CredentialReply* reply, int timeoutMs = 20000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &CredentialReply::finished);
    return spy.wait(timeoutMs);
}

// The status the store answers `reply` with (the reply is deleted after); a reply that does not
// answer in time fails the test.
inline CredentialStatus statusOf(CredentialReply* reply)
{
    const std::unique_ptr<CredentialReply> owned(reply);
    if (!waitForAnswer(owned.get())) {
        QTest::qFail("the keychain did not answer in time", __FILE__, __LINE__);
        return CredentialStatus::Failed;
    }
    return owned->status();
}

// True when a session bus is there (the test runs inside installer/with-test-session.sh).
inline bool inTestSession()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        && !QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty();
}

// The user names (QtKeychain's "user" attribute = our key = the profile name) of the items that
// QtKeychain filed for service "acr-purchase". qtkeychain 0.13 stores through libsecret with the
// schema org.qt.keychain and the attributes user, server (= service) and type.
inline QStringList keychainUsers(const QString& user = QString())
{
    // Searched by service (and user) only, not by schema, so an entry written any other way is found too.
    QStringList arguments {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                           QStringLiteral("acr-purchase")};
    if (!user.isEmpty())
        arguments << QStringLiteral("user") << user;
    QProcess process;
    process.start(QStringLiteral("secret-tool"), arguments);
    if (!process.waitForFinished(30000))
        return {QStringLiteral("<secret-tool did not finish>")};
    // secret-tool prints the attributes (and the secret) of each match on stdout or stderr depending
    // on its version; both are read here and never printed.
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QStringList users;
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("attribute.user = ")))
            users.append(line.mid(17).trimmed());
    }
    users.sort();
    return users;
}

// Locks the default ("login") collection through the Secret Service D-Bus API (secret-tool lock
// crashes in libsecret 0.20.5).
inline bool lockDefaultCollection()
{
    QProcess process;
    process.start(QStringLiteral("dbus-send"),
                  {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                   QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                   QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                   QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// Stores an item the way a user would with secret-tool (for reading entries written by hand).
inline bool storeWithSecretTool(const QString& user, const QByteArray& secret)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"),
                  {QStringLiteral("store"), QStringLiteral("--label=acrp test"), QStringLiteral("server"),
                   QStringLiteral("acr-purchase"), QStringLiteral("user"), user, QStringLiteral("type"),
                   QStringLiteral("plaintext")});
    process.write(secret);
    process.closeWriteChannel();
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// Every file under `root` (HOME: config, data and cache folders included) whose content contains
// one of `needles`; empty means nothing leaked.
inline QStringList filesContaining(const QString& root, const QList<QByteArray>& needles)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray& needle : needles) {
            if (content.contains(needle) || content.contains(needle.toBase64()))
                hits.append(path);
        }
    }
    return hits;
}

} // namespace acrp::test
