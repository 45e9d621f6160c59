#include "core/store/ProfileResolver.h"

#include "core/store/CredentialRules.h"
#include "core/store/CredentialStore.h"

namespace acrp {

void ProfileResolver::resolve(const QString& name, const Profiles& profiles, CredentialStore& store, QObject* context,
                              std::function<void(const ResolvedProfile&)> done)
{
    const std::optional<Profile> profile = profiles.profile(name);
    if (!profile) {
        ResolvedProfile result;
        result.unknownProfile = true;
        result.status = CredentialStatus::NotFound;
        result.message = tr("There is no profile named “%1”; “acr-purchase profiles” lists them.").arg(name);
        QMetaObject::invokeMethod(
            context, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    if (profile->builtIn) {
        ResolvedProfile result;
        result.ok = true;
        result.status = CredentialStatus::Ok;
        result.profile = *profile;
        result.credentials = {profile->accessKeyId, Profiles::sandboxSecret(), {}};
        QMetaObject::invokeMethod(
            context, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    const Profile found = *profile;
    CredentialReply::onFinished(store.read(found.name), context, [done, found](const CredentialReply& reply) {
        ResolvedProfile result;
        result.profile = found;
        result.status = reply.status();
        const StoredSecret secret = reply.secret();
        if (reply.status() == CredentialStatus::Ok
            && (secret.accessKeySecret.isEmpty()
                || (found.mode == CredentialMode::StsToken && secret.securityToken.isEmpty()))) {
            // An entry without the part this mode needs is as good as none.
            result.status = CredentialStatus::NotFound;
        }
        switch (result.status) {
        case CredentialStatus::Ok:
            result.ok = true;
            result.credentials = {found.accessKeyId, secret.accessKeySecret,
                                  found.mode == CredentialMode::StsToken ? secret.securityToken : QString()};
            break;
        case CredentialStatus::NotFound:
            result.message = tr("No secret stored for profile “%1”. Enter it in the Profiles dialog.").arg(found.name);
            break;
        case CredentialStatus::NoBackend:
            result.message = tr("No keychain is available to read the secret of profile “%1” from. Without a "
                                "keychain, set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET "
                                "instead.")
                                 .arg(found.name);
            break;
        case CredentialStatus::Locked:
        case CredentialStatus::Failed:
            result.message = reply.message();
            result.detail = reply.backendError();
            break;
        }
        done(result);
    });
}

} // namespace acrp
