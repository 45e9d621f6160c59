#pragma once

#include "cli/CommandContext.h"

#include <QStringList>

namespace acrp::cli {

// acr-purchase templates list [--json] | export NAME FILE [--json] | import FILE... [--json]:
// the order templates in the journal's file. export writes the template as an order file (FILE
// "-": standard output); import adds one template per file, named after the file, each file
// all-or-nothing. Exit code: 0, or 2 when import rejected any file, or 5 (usage or local error,
// unknown template, unwritable file).
int runTemplatesCommand(const QStringList& args, CommandContext& context);

} // namespace acrp::cli
