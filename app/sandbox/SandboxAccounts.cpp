#include "sandbox/SandboxAccounts.h"

#include <QCryptographicHash>

namespace acrp::sandbox {

QList<SandboxAccount> demoAccounts()
{
    return {
        {QString::fromLatin1(kDemoKeyIdChina), QString::fromLatin1(kDemoSecretChina), Site::China, {}},
        {QString::fromLatin1(kDemoKeyIdIntl), QString::fromLatin1(kDemoSecretIntl), Site::International, {}},
    };
}

namespace {

// `count` (at most 32) decimal digits made from the hash of `seed`, led by `first`.
QString stableNumber(const QString& seed, QChar first, int count)
{
    const QByteArray hash = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256);
    QString digits(first);
    for (qsizetype i = 0; digits.size() < count; ++i)
        digits.append(QChar(u'0' + (static_cast<unsigned char>(hash.at(i)) % 10)));
    return digits;
}

} // namespace

QString accountNumber(const QString& accessKeyId)
{
    if (accessKeyId == QLatin1String(kDemoKeyIdChina))
        return QString::fromLatin1(sandboxdemo::kAccountIdCN);
    if (accessKeyId == QLatin1String(kDemoKeyIdIntl))
        return QString::fromLatin1(sandboxdemo::kAccountIdIntl);
    return stableNumber(accessKeyId, u'9', 16);
}

QString ramUserId(const SandboxRamUser& user)
{
    return stableNumber(accountNumber(user.accountKeyId) + QStringLiteral(":user/") + user.name, u'2', 16);
}

QString ramRoleId(const SandboxRole& role)
{
    return stableNumber(accountNumber(role.accountKeyId) + QStringLiteral(":role/") + role.name, u'3', 19);
}

QList<SandboxRamUser> demoRamUsers()
{
    const QString name = QString::fromLatin1(sandboxdemo::kRamUserName);
    return {
        {QString::fromLatin1(sandboxdemo::kRamUserKeyIdCN), QString::fromLatin1(sandboxdemo::kRamUserSecretCN), name,
         QString::fromLatin1(kDemoKeyIdChina)},
        {QString::fromLatin1(sandboxdemo::kRamUserKeyIdIntl), QString::fromLatin1(sandboxdemo::kRamUserSecretIntl),
         name, QString::fromLatin1(kDemoKeyIdIntl)},
    };
}

QList<SandboxRole> demoRoles()
{
    QList<SandboxRole> roles;
    for (const char* account : {kDemoKeyIdChina, kDemoKeyIdIntl}) {
        const QString key = QString::fromLatin1(account);
        roles.append({QString::fromLatin1(sandboxdemo::kRoleBuyer), key, 43200, true, {}});
        roles.append({QString::fromLatin1(sandboxdemo::kRoleExternal), key, 3600, true,
                      QString::fromLatin1(sandboxdemo::kExternalId)});
        roles.append({QString::fromLatin1(sandboxdemo::kRoleAuditor), key, 3600, false, {}});
    }
    return roles;
}

} // namespace acrp::sandbox
