#pragma once

// The documented, obviously fake demo key pairs of the built-in sandbox. They live in core so the
// app's built-in `sandbox` profile needs neither the keychain nor a dependency on acrp_sandbox; the
// sandbox (which may depend on core) can use these same constants for its accounts.
#include "core/api/Signer.h"
#include "core/order/OrderSpec.h"

namespace acrp::sandboxdemo {

inline constexpr auto kProfileName = "sandbox";

inline constexpr auto kAccessKeyIdCN = "SandboxDemoKeyCN";
inline constexpr auto kAccessKeySecretCN = "sandbox-demo-secret-cn";

inline constexpr auto kAccessKeyIdIntl = "SandboxDemoKeyIntl";
inline constexpr auto kAccessKeySecretIntl = "sandbox-demo-secret-intl";

// The demo pair of a site: what every sandbox endpoint call signs with.
inline Credentials credentials(Site site)
{
    Credentials demo;
    demo.accessKeyId = QLatin1String(site == Site::International ? kAccessKeyIdIntl : kAccessKeyIdCN);
    demo.accessKeySecret = QLatin1String(site == Site::International ? kAccessKeySecretIntl : kAccessKeySecretCN);
    return demo;
}

// --- RAM roles (issue 18) ---
// Each demo account has a number, a RAM user whose key may assume roles (the demo root pairs above
// may not: "Roles may not be assumed by root accounts"), and demo roles. Their ARNs are
// acs:ram::<account>:role/<name>.
inline constexpr auto kAccountIdCN = "1380000000000001";
inline constexpr auto kAccountIdIntl = "5280000000000002";

inline constexpr auto kRamUserKeyIdCN = "SandboxRamUserKeyCN";
inline constexpr auto kRamUserSecretCN = "sandbox-ram-user-secret-cn";
inline constexpr auto kRamUserKeyIdIntl = "SandboxRamUserKeyIntl";
inline constexpr auto kRamUserSecretIntl = "sandbox-ram-user-secret-intl";
inline constexpr auto kRamUserName = "acr-operator"; // the RAM user of both demo accounts

// The RAM user may assume it; maximum session 43200 s.
inline constexpr auto kRoleBuyer = "acr-buyer";
// The RAM user may assume it with ExternalId kExternalId only; maximum session 3600 s.
inline constexpr auto kRoleExternal = "acr-buyer-external";
inline constexpr auto kExternalId = "acrp-demo-external-id";
// Exists, but its trust policy does not name the RAM user: NoPermission.
inline constexpr auto kRoleAuditor = "acr-auditor";

// acs:ram::<the site's account>:role/<role>
inline QString roleArn(Site site, const char* role)
{
    return QStringLiteral("acs:ram::%1:role/%2")
        .arg(QLatin1String(site == Site::International ? kAccountIdIntl : kAccountIdCN), QLatin1String(role));
}

} // namespace acrp::sandboxdemo
