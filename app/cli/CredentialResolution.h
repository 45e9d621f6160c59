#pragma once

#include "core/api/Endpoint.h"
#include "core/api/Signer.h"
#include "core/order/OrderSpec.h"

#include <QProcessEnvironment>
#include <QString>

namespace acrp::cli {

// What a command needs credentials for.
struct CredentialRequest
{
    QString profileName; // --profile NAME, or the profile a journal row was sent with; empty: none
    Site site = Site::China; // the order's site (picks the sandbox demo pair)
    Endpoint endpoint;
};

struct ResolvedCredentials
{
    bool ok = false;
    Credentials credentials; // memory only: never print, log or store
    // What the journal records as the row's profile: the profile name, "sandbox" for the demo
    // pair, "" for the environment variables.
    QString profileLabel;
    QString error; // for the user when !ok
};

// The one place the command line finds credentials, in this order:
//   1. a profile name (--profile NAME): resolveProfileCredentials() below;
//   2. the sandbox endpoint: the documented demo pair of the order's site (no setup needed; the
//      variables are ignored so a real key is never sent to the sandbox);
//   3. ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET / ALIBABA_CLOUD_SECURITY_TOKEN
//      (trimmed: pasted secrets often carry a newline).
ResolvedCredentials resolveCredentials(const CredentialRequest& request,
                                       const QProcessEnvironment& environment
                                       = QProcessEnvironment::systemEnvironment());

// The seam for named profiles (keychain-backed, from the credentials issue). It may wait in a
// local event loop (command line only). "sandbox" is the built-in demo profile.
ResolvedCredentials resolveProfileCredentials(const QString& profileName, Site site);

} // namespace acrp::cli
