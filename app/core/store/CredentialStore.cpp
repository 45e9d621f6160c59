#include "core/store/CredentialStore.h"

#include "core/Version.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <functional>
#include <qt6keychain/keychain.h>

namespace acrp {

namespace {

const QString kSecretField = QStringLiteral("accessKeySecret");
const QString kTokenField = QStringLiteral("securityToken");

// One keychain entry holds both halves as a small JSON object, so an STS profile stays one entry.
QString encode(const StoredSecret& secret)
{
    QJsonObject object {{kSecretField, secret.accessKeySecret}};
    if (!secret.securityToken.isEmpty())
        object.insert(kTokenField, secret.securityToken);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

StoredSecret decode(const QByteArray& data)
{
    const QJsonDocument document = QJsonDocument::fromJson(data);
    if (!document.isObject()) {
        // An entry written by hand (e.g. with secret-tool) holding just the secret.
        return {QString::fromUtf8(data).trimmed(), {}};
    }
    const QJsonObject object = document.object();
    return {object.value(kSecretField).toString(), object.value(kTokenField).toString()};
}

struct JobOutcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

using JobCallback = std::function<void(const JobOutcome&)>;

void prepare(QKeychain::Job* job, const QString& key)
{
    job->setKey(key);
    job->setAutoDelete(true);
    // Never let QtKeychain fall back to a plaintext QSettings file when there is no keychain.
    job->setInsecureFallback(false);
}

// The jobs have no parent on purpose: a libsecret callback still refers to its job after the caller
// may be gone, so the job lives until it finished and then deletes itself. `context` guards the
// callback.
void startRead(const QString& key, QObject* context, JobCallback callback)
{
    auto* job = new QKeychain::ReadPasswordJob(CredentialStore::serviceName());
    prepare(job, key);
    QObject::connect(job, &QKeychain::Job::finished, context, [callback = std::move(callback)](QKeychain::Job* j) {
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(j);
        callback(
            {j->error(), j->errorString(), j->error() == QKeychain::NoError ? readJob->binaryData() : QByteArray()});
    });
    job->start();
}

void startWrite(const QString& key, const StoredSecret& secret, QObject* context, JobCallback callback)
{
    auto* job = new QKeychain::WritePasswordJob(CredentialStore::serviceName());
    prepare(job, key);
    job->setTextData(encode(secret));
    QObject::connect(job, &QKeychain::Job::finished, context, [callback = std::move(callback)](QKeychain::Job* j) {
        callback({j->error(), j->errorString(), {}});
    });
    job->start();
}

void startDelete(const QString& key, QObject* context, JobCallback callback)
{
    auto* job = new QKeychain::DeletePasswordJob(CredentialStore::serviceName());
    prepare(job, key);
    QObject::connect(job, &QKeychain::Job::finished, context, [callback = std::move(callback)](QKeychain::Job* j) {
        callback({j->error(), j->errorString(), {}});
    });
    job->start();
}

// A locked Secret Service collection hides its items: a lookup answers "not found" and a delete
// "done" without deleting anything, while a write is refused as locked. So before trusting a "not
// found" or deleting, write and delete a harmless probe entry: if that is refused, the real answer
// is "locked" (or "no keychain"), not "nothing stored".
const QString kProbeKey = QStringLiteral(".acr-purchase-keychain-probe");

void probeKeychain(QObject* context, JobCallback callback)
{
    StoredSecret probe {QStringLiteral("probe"), {}};
    startWrite(kProbeKey, probe, context, [context, callback](const JobOutcome& written) {
        if (written.error != QKeychain::NoError) {
            callback(written);
            return;
        }
        startDelete(kProbeKey, context, [callback](const JobOutcome&) { callback({}); });
    });
}

void finishWithError(CredentialReply* reply, const JobOutcome& outcome)
{
    reply->finish(CredentialStore::classifyKeychainError(outcome.error, outcome.errorString), outcome.errorString);
}

// Answers NotFound only when the keychain is really open; otherwise what stops it.
void finishNotFound(CredentialReply* reply)
{
    probeKeychain(reply, [reply](const JobOutcome& probe) {
        if (probe.error == QKeychain::NoError)
            reply->finish(CredentialStatus::NotFound);
        else
            finishWithError(reply, probe);
    });
}

} // namespace

CredentialStore::CredentialStore(QObject* parent)
    : QObject(parent)
{ }

CredentialStore::~CredentialStore() = default;

QString CredentialStore::serviceName()
{
    return QLatin1String(kApplicationName);
}

CredentialStatus CredentialStore::classifyKeychainError(int keychainError, const QString& errorString)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return CredentialStatus::Ok;
    case QKeychain::EntryNotFound:
        return CredentialStatus::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialStatus::Locked;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialStatus::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // libsecret reports a missing session bus or Secret Service as a plain GDBus/GIO error, which
    // QtKeychain passes on as OtherError with GLib's text.
    static const QLatin1String noBackendHints[] = {
        QLatin1String("org.freedesktop.secrets"),
        QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown"),
        QLatin1String("D-Bus"),
        QLatin1String("dbus"),
        QLatin1String("Could not connect"),
        QLatin1String("autolaunch"),
        QLatin1String("Connection refused"),
    };
    for (const QLatin1String hint : noBackendHints) {
        if (errorString.contains(hint, Qt::CaseInsensitive))
            return CredentialStatus::NoBackend;
    }
    if (errorString.contains(QLatin1String("locked"), Qt::CaseInsensitive)
        || errorString.contains(QLatin1String("prompt"), Qt::CaseInsensitive))
        return CredentialStatus::Locked;
    return CredentialStatus::Failed;
}

void CredentialStore::setSessionOnly(bool sessionOnly)
{
    if (m_sessionOnly == sessionOnly)
        return;
    m_sessionOnly = sessionOnly;
    if (!sessionOnly)
        m_sessionSecrets.clear();
    Q_EMIT sessionOnlyChanged(sessionOnly);
}

CredentialReply* CredentialStore::newReply(CredentialReply::Operation operation, const QString& profileName)
{
    return new CredentialReply(operation, profileName, this);
}

void CredentialStore::finishLater(CredentialReply* reply, CredentialStatus status, const StoredSecret& secret)
{
    // Session-only answers are immediate, but still delivered from the event loop like keychain ones.
    QMetaObject::invokeMethod(
        reply, [reply, status, secret] { reply->finish(status, {}, secret, true); }, Qt::QueuedConnection);
}

CredentialReply* CredentialStore::store(const QString& profileName, const StoredSecret& secret)
{
    CredentialReply* reply = newReply(CredentialReply::Operation::Store, profileName);
    if (m_sessionOnly) {
        m_sessionSecrets.insert(profileName, secret);
        finishLater(reply, CredentialStatus::Ok);
        return reply;
    }
    startWrite(profileName, secret, reply, [reply](const JobOutcome& outcome) {
        if (outcome.error == QKeychain::NoError)
            reply->finish(CredentialStatus::Ok);
        else
            finishWithError(reply, outcome);
    });
    return reply;
}

CredentialReply* CredentialStore::read(const QString& profileName)
{
    CredentialReply* reply = newReply(CredentialReply::Operation::Read, profileName);
    if (m_sessionOnly) {
        const auto found = m_sessionSecrets.constFind(profileName);
        if (found == m_sessionSecrets.constEnd())
            finishLater(reply, CredentialStatus::NotFound);
        else
            finishLater(reply, CredentialStatus::Ok, found.value());
        return reply;
    }
    startRead(profileName, reply, [reply](const JobOutcome& outcome) {
        if (outcome.error == QKeychain::NoError)
            reply->finish(CredentialStatus::Ok, {}, decode(outcome.data));
        else if (outcome.error == QKeychain::EntryNotFound)
            finishNotFound(reply);
        else
            finishWithError(reply, outcome);
    });
    return reply;
}

CredentialReply* CredentialStore::rename(const QString& from, const QString& to)
{
    CredentialReply* reply = newReply(CredentialReply::Operation::Rename, to);
    if (m_sessionOnly) {
        const auto found = m_sessionSecrets.constFind(from);
        if (found == m_sessionSecrets.constEnd()) {
            finishLater(reply, CredentialStatus::NotFound);
        } else {
            const StoredSecret secret = found.value();
            m_sessionSecrets.remove(from);
            m_sessionSecrets.insert(to, secret);
            finishLater(reply, CredentialStatus::Ok);
        }
        return reply;
    }
    if (from == to) {
        // Nothing to move; still confirm the entry exists so the answer means the same as a move.
        startRead(from, reply, [reply](const JobOutcome& outcome) {
            if (outcome.error == QKeychain::NoError)
                reply->finish(CredentialStatus::Ok);
            else if (outcome.error == QKeychain::EntryNotFound)
                finishNotFound(reply);
            else
                finishWithError(reply, outcome);
        });
        return reply;
    }
    // Read, write the new entry, and only then delete the old one: a failure on the way leaves the
    // old entry in place, never neither.
    startRead(from, reply, [reply, from, to](const JobOutcome& read) {
        if (read.error == QKeychain::EntryNotFound) {
            finishNotFound(reply);
            return;
        }
        if (read.error != QKeychain::NoError) {
            finishWithError(reply, read);
            return;
        }
        startWrite(to, decode(read.data), reply, [reply, from](const JobOutcome& written) {
            if (written.error != QKeychain::NoError) {
                finishWithError(reply, written);
                return;
            }
            startDelete(from, reply, [reply](const JobOutcome& deleted) {
                if (deleted.error == QKeychain::NoError || deleted.error == QKeychain::EntryNotFound)
                    reply->finish(CredentialStatus::Ok);
                else
                    finishWithError(reply, deleted);
            });
        });
    });
    return reply;
}

CredentialReply* CredentialStore::remove(const QString& profileName)
{
    CredentialReply* reply = newReply(CredentialReply::Operation::Remove, profileName);
    if (m_sessionOnly) {
        m_sessionSecrets.remove(profileName);
        finishLater(reply, CredentialStatus::Ok);
        return reply;
    }
    // Probe first: deleting from a locked keychain "succeeds" without deleting, which would orphan
    // the entry once the profile is gone.
    probeKeychain(reply, [reply, profileName](const JobOutcome& probe) {
        if (probe.error != QKeychain::NoError) {
            finishWithError(reply, probe);
            return;
        }
        startDelete(profileName, reply, [reply](const JobOutcome& outcome) {
            if (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound)
                reply->finish(CredentialStatus::Ok);
            else
                finishWithError(reply, outcome);
        });
    });
    return reply;
}

} // namespace acrp
