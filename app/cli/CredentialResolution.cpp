#include "cli/CredentialResolution.h"

#include "cli/ProfilesCommand.h"
#include "core/store/SandboxCredentials.h"

#include <QCoreApplication>

namespace acrp::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::cli::CredentialResolution)

public:
    static QString missing()
    {
        return tr("No credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (and "
                  "ALIBABA_CLOUD_SECURITY_TOKEN for an STS token), or pass --profile NAME.");
    }
    static QString halfSet()
    {
        return tr("ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET must both be set.");
    }
};

ResolvedCredentials sandboxPair(Site site)
{
    ResolvedCredentials result;
    result.ok = true;
    result.profileLabel = QString::fromLatin1(sandboxdemo::kProfileName);
    result.credentials = sandboxdemo::credentials(site);
    return result;
}

} // namespace

ResolvedCredentials resolveProfileCredentials(const QString& profileName, Site site)
{
    if (profileName == QLatin1String(sandboxdemo::kProfileName))
        return sandboxPair(site);
    // A profile's secret lives in the OS keychain; the command line waits for the asynchronous read.
    const ResolvedProfile resolved = resolveProfileAndWait(profileName);
    ResolvedCredentials result;
    result.ok = resolved.ok;
    result.credentials = resolved.credentials;
    result.profileLabel = profileName;
    result.error = resolved.message;
    return result;
}

ResolvedCredentials resolveCredentials(const CredentialRequest& request, const QProcessEnvironment& environment)
{
    if (!request.profileName.isEmpty()) {
        ResolvedCredentials result = resolveProfileCredentials(request.profileName, request.site);
        if (result.ok && result.profileLabel.isEmpty())
            result.profileLabel = request.profileName;
        return result;
    }
    if (request.endpoint.isSandbox())
        return sandboxPair(request.site);

    ResolvedCredentials result;
    const QString id = environment.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID")).trimmed();
    const QString secret = environment.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET")).trimmed();
    if (id.isEmpty() && secret.isEmpty()) {
        result.error = Text::missing();
        return result;
    }
    if (id.isEmpty() || secret.isEmpty()) {
        result.error = Text::halfSet();
        return result;
    }
    result.ok = true;
    result.credentials.accessKeyId = id;
    result.credentials.accessKeySecret = secret;
    result.credentials.securityToken = environment.value(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN")).trimmed();
    return result;
}

} // namespace acrp::cli
