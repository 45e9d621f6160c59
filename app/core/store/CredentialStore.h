#pragma once

#include "core/store/CredentialReply.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace acrp {

// The secret half of each profile in the operating system's keychain through QtKeychain: service
// "acr-purchase", key = profile name, one entry per profile holding the AccessKey secret and (STS)
// the security token. Every operation is an asynchronous keychain job and never blocks the calling
// thread; the result arrives as a CredentialReply.
//
// Without a keychain, nothing is ever written in plain text (QtKeychain's insecure fallback stays
// off). Instead the reply says NoBackend and the caller may switch the store to session-only mode:
// secrets are then kept in this object's memory until the program ends.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    explicit CredentialStore(QObject* parent = nullptr);
    ~CredentialStore() override;

    // "acr-purchase": the keychain service every entry is filed under.
    static QString serviceName();

    CredentialReply* store(const QString& profileName, const StoredSecret& secret);
    CredentialReply* read(const QString& profileName);
    // Moves the entry: read `from`, write `to`, delete `from`. On failure before the write nothing
    // changed; NotFound when `from` had nothing stored (then nothing is written).
    CredentialReply* rename(const QString& from, const QString& to);
    // Deletes the entry; Ok as well when there was none.
    CredentialReply* remove(const QString& profileName);

    // Session-only mode: every operation works on memory only (for when there is no keychain).
    bool isSessionOnly() const { return m_sessionOnly; }
    // Turning it off forgets the secrets kept in memory.
    void setSessionOnly(bool sessionOnly);

    // Maps a QtKeychain job error (a QKeychain::Error value) and its error string to what the user
    // can do about it. qtkeychain 0.13 has no isAvailable(): a missing Secret Service shows up as
    // OtherError whose text names D-Bus or org.freedesktop.secrets.
    static CredentialStatus classifyKeychainError(int keychainError, const QString& errorString);

Q_SIGNALS:
    void sessionOnlyChanged(bool sessionOnly);

private:
    CredentialReply* newReply(CredentialReply::Operation operation, const QString& profileName);
    void finishLater(CredentialReply* reply, CredentialStatus status, const StoredSecret& secret = StoredSecret());

    bool m_sessionOnly = false;
    QHash<QString, StoredSecret> m_sessionSecrets;
};

} // namespace acrp
