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

} // namespace acrp::sandboxdemo
