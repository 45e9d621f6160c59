#pragma once

#include "core/store/ProfileResolver.h"

#include <QObject>
#include <QStringList>
#include <functional>

namespace acrp {
class Profiles;
}

namespace acrp::cli {

struct CommandContext;

// `acr-purchase profiles [--json]`: lists the credential profiles (name, site, mode, AccessKey ID,
// default region), never a secret, without touching the keychain. `args` are the words after
// "profiles". Returns an ExitCode.
int runProfilesCommand(const QStringList& args, CommandContext& context);
// The same with the profiles given (for tests).
int runProfilesCommand(const QStringList& args, const Profiles& profiles, CommandContext& context);

// For `submit --profile NAME`: looks the profile up and reads its secret from the keychain,
// asynchronously; `done` is called once from the event loop (unless `context` is destroyed first).
// On failure ResolvedProfile::message says why (unknown profile, no secret stored, no keychain,
// keychain locked).
void resolveProfile(const QString& name, QObject* context, std::function<void(const ResolvedProfile&)> done);

// The same, waiting in a local event loop: for the command line only (it has no window to keep
// responsive); never call it from the GUI.
ResolvedProfile resolveProfileAndWait(const QString& name);

} // namespace acrp::cli
