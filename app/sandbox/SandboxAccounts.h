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

} // namespace acrp::sandbox
