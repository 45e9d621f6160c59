#include "sandbox/SandboxSts.h"

#include "core/api/Signer.h"

#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace acrp::sandbox {

namespace {

ApiOutcome failure(const SandboxError& error)
{
    ApiOutcome outcome;
    outcome.error = error;
    return outcome;
}

// `length` random letters and digits.
QString randomText(int length)
{
    static const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"_s;
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text.append(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size()))));
    return text;
}

// A token as long as the real ones (about a kilobyte of Base64, "CAIS..."), so that clients carry
// it as they would carry a real one (a header, a form field).
QString randomToken()
{
    QByteArray bytes(720, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return u"CAIS"_s + QString::fromLatin1(bytes.toBase64());
}

QString roleArnOf(const QString& accountNumber, const QString& roleName)
{
    return u"acs:ram::%1:role/%2"_s.arg(accountNumber, roleName);
}

} // namespace

SandboxSts::SandboxSts(QList<SandboxAccount> accounts, QList<SandboxRamUser> ramUsers, QList<SandboxRole> roles,
                       int ttlSeconds)
    : m_accounts(std::move(accounts))
    , m_ramUsers(std::move(ramUsers))
    , m_roles(std::move(roles))
    , m_ttlSeconds(ttlSeconds)
{ }

const SandboxRamUser* SandboxSts::ramUser(const QString& accessKeyId) const
{
    for (const SandboxRamUser& user : m_ramUsers) {
        if (user.accessKeyId != accessKeyId)
            continue;
        const bool accountConfigured = std::any_of(m_accounts.cbegin(), m_accounts.cend(), [&](const auto& account) {
            return account.accessKeyId == user.accountKeyId;
        });
        return accountConfigured ? &user : nullptr;
    }
    return nullptr;
}

const SandboxSession* SandboxSts::session(const QString& accessKeyId) const
{
    const auto it = m_sessions.constFind(accessKeyId);
    return it == m_sessions.cend() ? nullptr : &*it;
}

const SandboxRole* SandboxSts::role(const QString& accountKeyId, const QString& name) const
{
    for (const SandboxRole& candidate : m_roles) {
        if (candidate.accountKeyId == accountKeyId && candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

ApiOutcome SandboxSts::handle(const ApiCall& call, const QDateTime& clock)
{
    if (call.action == u"AssumeRole"_s)
        return assumeRole(call, clock);
    if (call.action == u"GetCallerIdentity"_s)
        return callerIdentity(call);
    return failure(SandboxError::invalidAction());
}

ApiOutcome SandboxSts::assumeRole(const ApiCall& call, const QDateTime& clock)
{
    const QMap<QString, QString>& p = call.parameters;
    for (const QString& name : {u"RoleArn"_s, u"RoleSessionName"_s}) {
        if (p.value(name).isEmpty())
            return failure(SandboxError::missingParameter(name));
    }
    static const QRegularExpression sessionName(u"^[a-zA-Z0-9.@_-]{2,64}$"_s);
    if (!sessionName.match(p.value(u"RoleSessionName"_s)).hasMatch())
        return failure(SandboxError::wronglyFormed(u"RoleSessionName"_s));
    int duration = kDefaultDurationSeconds;
    if (p.contains(u"DurationSeconds"_s)) {
        static const QRegularExpression digits(u"^\\d{1,9}$"_s);
        const QString text = p.value(u"DurationSeconds"_s);
        duration = digits.match(text).hasMatch() ? text.toInt() : -1;
        if (duration < kMinDurationSeconds || duration > kMaxDurationSeconds)
            return failure(SandboxError::durationOutOfRange(kMaxDurationSeconds));
    }
    static const QRegularExpression arnPattern(u"^acs:ram::(\\d{1,32}):role/([A-Za-z0-9._-]{1,64})$"_s);
    const QString arn = p.value(u"RoleArn"_s);
    const QRegularExpressionMatch arnMatch = arnPattern.match(arn);
    if (!arnMatch.hasMatch())
        return failure(SandboxError::wronglyFormed(u"RoleArn"_s));

    // Only RAM users and roles assume roles; a role session may assume another (role chaining).
    if (call.caller.type == SandboxCaller::Type::Account)
        return failure(SandboxError::rootMayNotAssumeRoles());
    const QString accountKeyId = call.account.accessKeyId;
    const SandboxRole* target
        = arnMatch.captured(1) == accountNumber(accountKeyId) ? role(accountKeyId, arnMatch.captured(2)) : nullptr;
    if (!target)
        return failure(SandboxError::roleNotFound(arn));
    if (!target->trustsAccount)
        return failure(SandboxError::notAuthorizedByRam());
    if (!target->externalId.isEmpty() && p.value(u"ExternalId"_s) != target->externalId)
        return failure(SandboxError::externalIdMismatch());
    if (duration > target->maxSessionSeconds)
        return failure(SandboxError::durationOutOfRange(target->maxSessionSeconds));

    forgetExpired(clock);
    SandboxSession issued;
    do {
        issued.accessKeyId = u"STS."_s + randomText(28);
    } while (m_sessions.contains(issued.accessKeyId));
    issued.accessKeySecret = randomText(44);
    issued.securityToken = randomToken();
    const int lifetime = m_ttlSeconds > 0 ? qMin(duration, m_ttlSeconds) : duration;
    issued.expiration = QDateTime::fromSecsSinceEpoch(clock.toSecsSinceEpoch(), Qt::UTC).addSecs(lifetime);
    issued.accountKeyId = accountKeyId;
    issued.roleName = target->name;
    issued.roleId = ramRoleId(*target);
    issued.sessionName = p.value(u"RoleSessionName"_s);
    m_sessions.insert(issued.accessKeyId, issued);
    m_issued.append(issued.accessKeyId);

    ApiOutcome outcome;
    outcome.body = {
        {u"AssumedRoleUser"_s,
         QJsonObject {
             {u"AssumedRoleId"_s, QString(issued.roleId + u':' + issued.sessionName)},
             {u"Arn"_s, QString(roleArnOf(accountNumber(accountKeyId), target->name) + u'/' + issued.sessionName)},
         }},
        {u"Credentials"_s,
         QJsonObject {
             {u"AccessKeyId"_s, issued.accessKeyId},
             {u"AccessKeySecret"_s, issued.accessKeySecret},
             {u"SecurityToken"_s, issued.securityToken},
             {u"Expiration"_s, QString::fromLatin1(signer::timestamp(issued.expiration))},
         }},
    };
    return outcome;
}

ApiOutcome SandboxSts::callerIdentity(const ApiCall& call) const
{
    const SandboxCaller& caller = call.caller;
    const QString account = accountNumber(call.account.accessKeyId);
    ApiOutcome outcome;
    outcome.body.insert(u"AccountId"_s, account);
    switch (caller.type) {
    case SandboxCaller::Type::Account:
        outcome.body.insert(u"IdentityType"_s, u"Account"_s);
        outcome.body.insert(u"UserId"_s, account);
        outcome.body.insert(u"PrincipalId"_s, account);
        outcome.body.insert(u"Arn"_s, u"acs:ram::%1:root"_s.arg(account));
        break;
    case SandboxCaller::Type::RamUser: {
        const SandboxRamUser* user = ramUser(caller.accessKeyId);
        const QString userId = user ? ramUserId(*user) : QString();
        outcome.body.insert(u"IdentityType"_s, u"RAMUser"_s);
        outcome.body.insert(u"UserId"_s, userId);
        outcome.body.insert(u"PrincipalId"_s, userId);
        outcome.body.insert(u"Arn"_s, u"acs:ram::%1:user/%2"_s.arg(account, caller.userName));
        break;
    }
    case SandboxCaller::Type::AssumedRole:
        // As the real service: UserId only for an account or a RAM user, RoleId only for a role.
        outcome.body.insert(u"IdentityType"_s, u"AssumedRoleUser"_s);
        outcome.body.insert(u"PrincipalId"_s, QString(caller.roleId + u':' + caller.sessionName));
        outcome.body.insert(u"RoleId"_s, caller.roleId);
        outcome.body.insert(u"Arn"_s,
                            u"acs:ram::%1:assumed-role/%2/%3"_s.arg(account, caller.roleName, caller.sessionName));
        break;
    }
    return outcome;
}

QList<SandboxSession> SandboxSts::sessions() const
{
    QList<SandboxSession> list;
    for (const QString& id : m_issued)
        list.append(m_sessions.value(id));
    return list;
}

void SandboxSts::expireAll(const QDateTime& clock)
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(clock.toSecsSinceEpoch(), Qt::UTC);
    for (SandboxSession& session : m_sessions) {
        if (session.expiration > now)
            session.expiration = now;
    }
}

void SandboxSts::forgetExpired(const QDateTime& clock)
{
    m_issued.removeIf([&](const QString& id) {
        if (m_sessions.value(id).expiration.secsTo(clock) <= kForgetAfterSeconds)
            return false;
        m_sessions.remove(id);
        return true;
    });
}

} // namespace acrp::sandbox
