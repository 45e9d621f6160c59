#pragma once

#include "core/order/OrderSpec.h"
#include "core/store/SandboxCredentials.h"

#include <QList>
#include <QString>

namespace acrp::sandbox {

// The documented demo key pairs. They are obviously fake and only ever accepted by the sandbox; the
// values live in core (SandboxCredentials.h) so the app's built-in sandbox profile and the sandbox
// agree on them without core depending on the sandbox.
inline constexpr auto kDemoKeyIdChina = sandboxdemo::kAccessKeyIdCN;
inline constexpr auto kDemoSecretChina = sandboxdemo::kAccessKeySecretCN;
inline constexpr auto kDemoKeyIdIntl = sandboxdemo::kAccessKeyIdIntl;
inline constexpr auto kDemoSecretIntl = sandboxdemo::kAccessKeySecretIntl;

// One AccessKey the sandbox accepts. Each key stands for one account on one site, with its own
// balance.
struct SandboxAccount
{
    QString accessKeyId;
    QString accessKeySecret;
    Site site = Site::China;
    QString securityToken; // empty: a plain AccessKey; otherwise requests must carry this STS token
};

// The two demo pairs: SandboxDemoKeyCN on the China site, SandboxDemoKeyIntl on the International site.
QList<SandboxAccount> demoAccounts();

// The account number of the account whose root pair is `accessKeyId`: the documented demo numbers
// for the demo pairs, a stable 16-digit number made from the key for any other.
QString accountNumber(const QString& accessKeyId);

// A RAM user of an account: its long-lived AccessKey calls BSS and ACR for the account as the root
// pair does, and may assume the account's roles that trust it (STS AssumeRole).
struct SandboxRamUser
{
    QString accessKeyId;
    QString accessKeySecret;
    QString name; // acs:ram::<account>:user/<name>
    QString accountKeyId; // the account: the AccessKeyId of its root pair (a SandboxAccount)
};

// A RAM role of an account, as AssumeRole sees it.
struct SandboxRole
{
    QString name; // acs:ram::<account>:role/<name>
    QString accountKeyId; // the account: the AccessKeyId of its root pair
    int maxSessionSeconds = 3600; // MaxSessionDuration: 3600 to 43200
    // Whether the trust policy names the account's RAM users and roles (its own account as the
    // principal). False: the role exists but no caller of the account may assume it.
    bool trustsAccount = true;
    QString externalId; // non-empty: the trust policy requires this sts:ExternalId
};

// The stable numeric ids RAM gives a user (16 digits) and a role (19 digits) of an account.
QString ramUserId(const SandboxRamUser& user);
QString ramRoleId(const SandboxRole& role);

// Who signed a request: an account's root pair, one of its RAM users, or a role session (the
// temporary credentials AssumeRole issued). Every one of them acts on the same account.
struct SandboxCaller
{
    enum class Type { Account, RamUser, AssumedRole };
    Type type = Type::Account;
    QString accessKeyId; // the key that signed
    QString userName; // RamUser: the user's name
    QString roleName; // AssumedRole: the role's name, ...
    QString roleId; // ... its id
    QString sessionName; // ... and the RoleSessionName
};

// The demo RAM user acr-operator of each demo account (sandboxdemo::kRamUserKeyIdCN / Intl).
QList<SandboxRamUser> demoRamUsers();
// The demo roles of each demo account: acr-buyer, acr-buyer-external, acr-auditor.
QList<SandboxRole> demoRoles();

} // namespace acrp::sandbox
