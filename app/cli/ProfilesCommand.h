#pragma once

#include "core/store/ProfileResolver.h"

#include <QObject>
#include <QStringList>
#include <functional>

namespace acrp {
class CredentialStore;
class Profiles;
} // namespace acrp

namespace acrp::cli {

struct CommandContext;

// `acr-purchase profiles [list|add|import|check]`: the credential profiles. `args` are the words
// after "profiles". Returns an ExitCode.
//  - list (also with no action) [--json]: name, site, mode, AccessKey ID, role, default region;
//    never a secret, without touching the keychain;
//  - add NAME --access-key-id ID [--site cn|intl] [--mode ak|sts|ram-role] [--role-arn ARN]
//    [--session-name NAME] [--external-id ID] [--duration SECONDS] [--region REGION]: the secret
//    (and for sts the token on a second line) is read from standard input, never from the command
//    line; it goes to the keychain, the rest to the settings;
//  - import [--from aliyun|env] [--file PATH] [--site cn|intl]: the aliyun CLI's profiles (AK,
//    StsToken, RamRoleArn, ChainableRamRoleArn) or the ALIBABA_CLOUD_* variables; skipped ones are
//    listed with the reason;
//  - check NAME [--endpoint sandbox|cn|intl|URL]: the credential check (a RAM role profile assumes
//    its role and shows the identity first).
int runProfilesCommand(const QStringList& args, CommandContext& context);
// The same with the profiles and the keychain given (for tests).
int runProfilesCommand(const QStringList& args, Profiles& profiles, CredentialStore& store, CommandContext& context);

// For `submit --profile NAME`: looks the profile up and reads its secret from the keychain,
// asynchronously; `done` is called once from the event loop (unless `context` is destroyed first).
// On failure ResolvedProfile::message says why (unknown profile, no secret stored, no keychain,
// keychain locked).
void resolveProfile(const QString& name, QObject* context, std::function<void(const ResolvedProfile&)> done);

// The same, waiting in a local event loop: for the command line only (it has no window to keep
// responsive); never call it from the GUI.
ResolvedProfile resolveProfileAndWait(const QString& name);

} // namespace acrp::cli
