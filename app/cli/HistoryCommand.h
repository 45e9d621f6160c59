#pragma once

#include "cli/CommandContext.h"

#include <QStringList>

namespace acrp::cli {

// acr-purchase history [--json] [--state STATE] [--site cn|intl] [--search TEXT] [--limit N]: the
// journal, newest first, filtered by state (ids in any case, repeated or comma-separated), site and
// free text. Reads only. A bad option value is a usage error (5).
int runHistoryCommand(const QStringList& args, CommandContext& context);

} // namespace acrp::cli
