#pragma once

#include "cli/Cli.h"
#include "cli/CommandContext.h"

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>
#include <optional>

class QCommandLineParser;

namespace acrp::cli {

// What the sub-commands do the same way: reading their options, reporting usage and local errors,
// printing JSON and finding the journal.

// Prints `object` as indented JSON and flushes.
void printJson(QTextStream& out, const QJsonObject& object);

// Reports a usage or local error: the sentence on stderr, or with --json
// {"error": {"kind": "local", "message": ...}} on stdout. Returns `code`.
int localError(CommandContext& context, bool json, const QString& message, int code = ExitUsage);

// Parses `args` of `command` ("history", "templates list", ...). Returns the exit code when the
// command is done already (--help printed: 0; a usage error reported: 5), nothing to go on.
std::optional<int> parseArguments(QCommandLineParser& parser, const QString& command, const QStringList& args,
                                  CommandContext& context, bool json);

// The journal file the command works on: the context's, or Journal::defaultPath().
QString journalPath(const CommandContext& context);

} // namespace acrp::cli
