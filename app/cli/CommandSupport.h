#pragma once

#include "cli/Cli.h"
#include "cli/CommandContext.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <optional>

class QCommandLineParser;

namespace acrp {
class Endpoint;
}

namespace acrp::cli {

// What the sub-commands do the same way: reading their options, reporting usage and local errors,
// printing JSON and tables and finding the journal.

// Prints `object` as indented JSON and flushes.
void printJson(QTextStream& out, const QJsonObject& object);

// Reports a usage or local error: the sentence on stderr, or with --json
// {"error": {"kind": "local", "message": ...}} on stdout. Returns `code`.
int localError(CommandContext& context, bool json, const QString& message, int code = ExitUsage);

// The global --lang option (the command line applies it before any command runs, see Cli.cpp);
// every command lists it in its --help.
QCommandLineOption languageOption();

// Adds `options`, --lang and --help to `parser` and parses `args` of `command` ("history",
// "templates list", ...). Returns the exit code when the command is done already (--help printed:
// 0; a usage error reported: 5, an unknown option with the nearest known one), nothing to go on.
std::optional<int> parseArguments(QCommandLineParser& parser, const QString& command,
                                  const QList<QCommandLineOption>& options, const QStringList& args,
                                  CommandContext& context, bool json);

// What a word the command line does not know was meant to be.
enum class UnknownWord { Command, Option, Action };

// The number of single-character insertions, deletions, substitutions and swaps of two neighbours
// that turn `a` into `b` (optimal string alignment distance; "sumbit" is 1 from "submit").
int editDistance(const QString& a, const QString& b);

// The known word nearest to `word` (ignoring case and leading dashes), when it is close: at most a
// third of `word`'s letters differ. Empty when nothing is close; the first of equally near ones.
QString nearestWord(const QString& word, const QStringList& known);

// Reports `word`, unknown as a command, an option or an action of `where` ("acr-purchase",
// "acr-purchase submit"), with the nearest of `known` when one is close, and, without --json,
// where to read the usage. Returns ExitUsage.
int unknownWordError(CommandContext& context, bool json, UnknownWord kind, const QString& where, const QString& word,
                     const QStringList& known);

// A table for people, one line per row (`rows` start with the header): every column as wide as its
// widest cell in terminal columns (format::displayWidth: East Asian wide characters count two), two
// spaces apart, an empty cell as "-". Every table of the command line is printed through it.
QStringList tableLines(const QList<QStringList>& rows);

// Before spending money on a real endpoint: unless `yes` (--yes), `ask` puts the question when
// standard input is a terminal, and with no terminal to ask on the command refuses with `refusal`.
// Returns the exit code (5) when nothing may be sent; nothing when it may go on.
std::optional<int> confirmSpending(CommandContext& context, bool json, bool yes, const Endpoint& endpoint,
                                   const QString& refusal, const std::function<bool()>& ask);

// The journal file the command works on: the context's, or Journal::defaultPath().
QString journalPath(const CommandContext& context);

} // namespace acrp::cli
