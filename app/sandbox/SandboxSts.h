#pragma once

#include "sandbox/SandboxApi.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace acrp::sandbox {

// Temporary credentials AssumeRole issued: they act on the role's account until `expiration`.
struct SandboxSession
{
    QString accessKeyId; // STS.<random>
    QString accessKeySecret;
    QString securityToken;
    QDateTime expiration; // the server's clock (UTC), whole seconds
    QString accountKeyId; // the account acted on: the AccessKeyId of its root pair
    QString roleName;
    QString roleId;
    QString sessionName;
};

// STS 2015-04-01 of the sandbox: AssumeRole and GetCallerIdentity over the accounts' RAM users and
// roles, and the temporary credentials it issued. Those are kept in memory only, never in the
// state file or a log: a restart forgets them.
class SandboxSts
{
    Q_DECLARE_TR_FUNCTIONS(acrp::sandbox::SandboxSts)

public:
    static constexpr int kMinDurationSeconds = 900;
    static constexpr int kMaxDurationSeconds = 43200;
    static constexpr int kDefaultDurationSeconds = 3600;
    // Credentials expired longer ago than this are forgotten (their key is then unknown).
    static constexpr qint64 kForgetAfterSeconds = 24 * 3600;

    // ttlSeconds > 0 caps the lifetime of every temporary key.
    SandboxSts(QList<SandboxAccount> accounts, QList<SandboxRamUser> ramUsers, QList<SandboxRole> roles,
               int ttlSeconds);

    // The RAM user of a configured account with this AccessKeyId, or null.
    const SandboxRamUser* ramUser(const QString& accessKeyId) const;
    // Temporary credentials with this AccessKeyId (expired ones too, until forgotten), or null.
    const SandboxSession* session(const QString& accessKeyId) const;

    // AssumeRole or GetCallerIdentity for an authenticated call; `clock` is the server's clock
    // (expiry runs on it, not on the business clock).
    ApiOutcome handle(const ApiCall& call, const QDateTime& clock);

    // Every credential issued and not yet forgotten, oldest first.
    QList<SandboxSession> sessions() const;
    // Makes every issued credential expire at `clock` (test tooling).
    void expireAll(const QDateTime& clock);

private:
    ApiOutcome assumeRole(const ApiCall& call, const QDateTime& clock);
    ApiOutcome callerIdentity(const ApiCall& call) const;
    const SandboxRole* role(const QString& accountKeyId, const QString& name) const;
    void forgetExpired(const QDateTime& clock);

    QList<SandboxAccount> m_accounts;
    QList<SandboxRamUser> m_ramUsers;
    QList<SandboxRole> m_roles;
    int m_ttlSeconds = 0;
    QHash<QString, SandboxSession> m_sessions; // AccessKeyId -> credentials
    QStringList m_issued; // their AccessKeyIds, oldest first
};

} // namespace acrp::sandbox
