#pragma once

#include "cli/CommandContext.h"

#include <QStringList>

namespace acrp::cli {

// acr-purchase submit ORDER.json [--endpoint sandbox|cn|intl|URL] [--signature v1|v3]
//                                [--profile NAME] [--dry-run] [--yes] [--json]
//                                [--timeout SECONDS] [--attempts N]
// `args` are the words after "submit". Returns an ExitCode.
int runSubmitCommand(const QStringList& args, CommandContext& context);

} // namespace acrp::cli
