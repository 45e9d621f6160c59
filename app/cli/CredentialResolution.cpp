#include "cli/CredentialResolution.h"

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
    static QString noProfiles(const QString& name)
    {
        return tr("The profile \"%1\" cannot be used: this build has no credential profiles. Use the "
                  "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET variables.")
            .arg(name);
    }
};

ResolvedCredentials sandboxPair(Site site)
{
    ResolvedCredentials result;
    result.ok = true;
    result.profileLabel = QString::fromLatin1(sandboxdemo::kProfileName);
    if (site == Site::International) {
        result.credentials.accessKeyId = QString::fromLatin1(sandboxdemo::kAccessKeyIdIntl);
        result.credentials.accessKeySecret = QString::fromLatin1(sandboxdemo::kAccessKeySecretIntl);
    } else {
        result.credentials.accessKeyId = QString::fromLatin1(sandboxdemo::kAccessKeyIdCN);
        result.credentials.accessKeySecret = QString::fromLatin1(sandboxdemo::kAccessKeySecretCN);
    }
    return result;
}

} // namespace

ResolvedCredentials resolveProfileCredentials(const QString& profileName, Site site)
{
    if (profileName == QLatin1String(sandboxdemo::kProfileName))
        return sandboxPair(site);
    // The credentials issue plugs its keychain-backed lookup in here.
    ResolvedCredentials result;
    result.error = Text::noProfiles(profileName);
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
