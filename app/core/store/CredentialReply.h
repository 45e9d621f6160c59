#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace acrp {

// What the keychain said, mapped to what the user can do about it.
enum class CredentialStatus {
    Ok,
    NotFound, // no secret stored for this profile: ask for it
    NoBackend, // no keychain at all: offer session-only (in-memory) storage
    Locked, // keychain locked or access denied: offer a retry
    Failed, // any other keychain error: offer a retry (and session-only storage)
};

// The secret half of a profile, as kept in the keychain. Memory only.
struct StoredSecret
{
    QString accessKeySecret;
    QString securityToken; // empty unless the profile's mode is StsToken

    friend bool operator==(const StoredSecret&, const StoredSecret&) = default;
};

// The outcome of one asynchronous CredentialStore operation. finished() is always emitted from the
// event loop, never from inside the call that created the reply, so connecting (or creating a
// QSignalSpy) right after the call is safe. The reply belongs to the store; delete it (deleteLater)
// when done, or use onFinished() which does that.
class CredentialReply : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Store, Read, Rename, Remove };

    CredentialReply(Operation operation, const QString& profileName, QObject* parent);

    Operation operation() const { return m_operation; }
    QString profileName() const { return m_profileName; }
    bool isFinished() const { return m_finished; }
    CredentialStatus status() const { return m_status; }
    // One or two sentences for the user (tr()): what happened in plain words and what to do; empty on
    // success. Never the backend's own text (see backendError()).
    QString message() const { return m_message; }
    // The keychain backend's own error text (e.g. a D-Bus error), for a details line or tooltip only;
    // never contains the secret.
    QString backendError() const { return m_backendError; }
    // The sentence message() gives for `status` with the backend's text `backendError`: the text only
    // chooses among the plain sentences (locked or missing keyring, access refused), it is never quoted.
    static QString describe(CredentialStatus status, const QString& backendError);
    // The secret (Read only, status Ok).
    StoredSecret secret() const { return m_secret; }
    // True when the keychain reported it was stored only in memory for this session.
    bool isSessionOnly() const { return m_sessionOnly; }

    // The ways forward the UI should offer.
    bool canRetry() const { return m_status == CredentialStatus::Locked || m_status == CredentialStatus::Failed; }
    bool offersSessionOnly() const
    {
        return m_status == CredentialStatus::NoBackend || m_status == CredentialStatus::Failed;
    }

    // Calls `callback` once `reply` finished (unless `context` is gone by then), then deletes the
    // reply.
    static void onFinished(CredentialReply* reply, QObject* context,
                           std::function<void(const CredentialReply&)> callback);

    // Used by CredentialStore: records the outcome and emits finished().
    void finish(CredentialStatus status, const QString& backendError = QString(),
                const StoredSecret& secret = StoredSecret(), bool sessionOnly = false);

Q_SIGNALS:
    void finished();

private:
    Operation m_operation;
    QString m_profileName;
    bool m_finished = false;
    CredentialStatus m_status = CredentialStatus::Failed;
    QString m_message;
    QString m_backendError;
    StoredSecret m_secret;
    bool m_sessionOnly = false;
};

} // namespace acrp
