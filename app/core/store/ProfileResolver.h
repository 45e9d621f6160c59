#pragma once

#include "core/api/Signer.h"
#include "core/store/CredentialReply.h"
#include "core/store/Profiles.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <functional>

namespace acrp {

class CredentialStore;

// A profile with its secret, ready for the BSS client: what `--profile NAME` and the wizard's
// profile choice turn into.
struct ResolvedProfile
{
    bool ok = false;
    bool unknownProfile = false; // no profile of that name
    CredentialStatus status = CredentialStatus::Failed; // the keychain's answer (Ok when ok)
    QString message; // why not, for the user (tr()); empty when ok
    QString detail; // the keychain backend's own text, for a details line only; never the secret
    Profile profile;
    Credentials credentials; // memory only; never print or log
};

// Looks a profile up and reads its secret from the keychain, asynchronously. The built-in sandbox
// profile resolves to its demo pair without touching the keychain.
class ProfileResolver
{
    Q_DECLARE_TR_FUNCTIONS(acrp::ProfileResolver)

public:
    // `done` is called once, from the event loop, unless `context` was destroyed before.
    static void resolve(const QString& name, const Profiles& profiles, CredentialStore& store, QObject* context,
                        std::function<void(const ResolvedProfile&)> done);
};

} // namespace acrp
