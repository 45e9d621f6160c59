#pragma once

#include "cli/CommandContext.h"

#include <QStringList>

namespace acrp::cli {

// acr-purchase resume [--json] [--signature v1|v3] [--timeout SECONDS] [--attempts N]: resends
// every Sending or Unknown order to the endpoint it was first sent to, with its own ClientToken.
// Exit code: 4 if any is still unknown, else 3 if any was refused, else 5 if any could not be
// resent, else 0 (also when there is nothing to resume).
int runResumeCommand(const QStringList& args, CommandContext& context);

} // namespace acrp::cli
