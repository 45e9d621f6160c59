#pragma once

#include "cli/CommandContext.h"

#include <QStringList>

namespace acrp::cli {

// acr-purchase export ORDER.json|--journal-id N --format terraform|ros [--output FILE]: the order
// (or the journal's row, with its instance when it was bought) as a Terraform configuration or a
// ROS template, on standard output or written atomically to FILE. Exit code: 0, 2 (not a valid
// order) or 5 (usage or local error: unreadable file, unknown row, a row that may not be exported,
// unwritable FILE).
int runExportCommand(const QStringList& args, CommandContext& context);

} // namespace acrp::cli
