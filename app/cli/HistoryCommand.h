#pragma once

#include "cli/CommandContext.h"

#include <QStringList>

namespace acrp::cli {

// acr-purchase history [--json] [--limit N]: the journal, newest first. Reads only.
int runHistoryCommand(const QStringList& args, CommandContext& context);

} // namespace acrp::cli
