#include "sandbox/SandboxAccounts.h"

namespace acrp::sandbox {

QList<SandboxAccount> demoAccounts()
{
    return {
        {QString::fromLatin1(kDemoKeyIdChina), QString::fromLatin1(kDemoSecretChina), Site::China, {}},
        {QString::fromLatin1(kDemoKeyIdIntl), QString::fromLatin1(kDemoSecretIntl), Site::International, {}},
    };
}

} // namespace acrp::sandbox
