#include "cli/CommandSupport.h"

#include "cli/OutcomeReport.h"
#include "core/Formatting.h"
#include "core/Translations.h"
#include "core/api/Endpoint.h"
#include "core/store/Journal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <algorithm>
#include <vector>

namespace acrp::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::cli::CommandSupport)

public:
    static QString unknown(UnknownWord kind, const QString& where, const QString& word)
    {
        switch (kind) {
        case UnknownWord::Command:
            return tr("%1: unknown command “%2”.").arg(where, word);
        case UnknownWord::Option:
            return tr("%1: unknown option “%2”.").arg(where, word);
        case UnknownWord::Action:
            return tr("%1: unknown action “%2”.").arg(where, word);
        }
        return {};
    }
};

// The option as written: "--name" for long names, "-n" for one letter.
QString dashed(const QString& name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

// The argument of `args` that named the unknown option `name` ("--colour=red" for "colour"), as the
// user wrote it up to any "=value".
QString typedOption(const QStringList& args, const QString& name)
{
    for (const QString& arg : args) {
        if (arg == u"--")
            break;
        if (!arg.startsWith(u'-'))
            continue;
        QString word = arg.section(u'=', 0, 0);
        qsizetype dashes = 0;
        while (dashes < word.size() && word.at(dashes) == u'-')
            ++dashes;
        if (word.mid(dashes) == name)
            return word;
    }
    return dashed(name);
}

} // namespace

void printJson(QTextStream& out, const QJsonObject& object)
{
    out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    out.flush();
}

int localError(CommandContext& context, bool json, const QString& message, int code)
{
    if (json)
        printJson(context.out, OutcomeReport::localErrorJson(message));
    else
        context.err << message << '\n';
    return code;
}

QCommandLineOption languageOption()
{
    return {QStringLiteral("lang"),
            Text::tr("The language of the output, and of its dates and numbers: %1. Default: the system’s.")
                .arg(availableLanguages().join(QStringLiteral(", "))),
            QStringLiteral("CODE")};
}

std::optional<int> parseArguments(QCommandLineParser& parser, const QString& command,
                                  const QList<QCommandLineOption>& options, const QStringList& args,
                                  CommandContext& context, bool json)
{
    // "-json" is --json, not -j -s -o -n: an unknown option is then named as typed.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options);
    parser.addOption(languageOption());
    const QCommandLineOption help = parser.addHelpOption();
    const QString where = QStringLiteral("acr-purchase ") + command;
    if (!parser.parse(QStringList {where} + args)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (unknown.isEmpty())
            return localError(context, json, parser.errorText());
        QStringList known;
        for (const QCommandLineOption& option : options + QList<QCommandLineOption> {languageOption(), help}) {
            for (const QString& name : option.names()) {
                if (name != u"?")
                    known.append(dashed(name));
            }
        }
        return unknownWordError(context, json, UnknownWord::Option, where, typedOption(args, unknown.first()), known);
    }
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        // Qt names the program by its path ("Usage: /usr/bin/acr-purchase [options]", in the
        // output's language); show the command the user typed instead.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
        if (at >= 0 && at < text.indexOf(u'\n'))
            text.replace(at, program.size(), where);
        context.out << text;
        return int(ExitSuccess);
    }
    return std::nullopt;
}

int editDistance(const QString& a, const QString& b)
{
    // Optimal string alignment: Levenshtein plus the swap of two neighbouring characters, in rows
    // of the usual table (the row before last is kept for the swaps).
    const qsizetype n = b.size();
    std::vector<int> before(n + 1), previous(n + 1), current(n + 1);
    for (qsizetype j = 0; j <= n; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= n; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        before.swap(previous);
        previous.swap(current);
    }
    return previous[n];
}

QString nearestWord(const QString& word, const QStringList& known)
{
    const auto bare = [](const QString& text) {
        qsizetype dashes = 0;
        while (dashes < text.size() && text.at(dashes) == u'-')
            ++dashes;
        return text.mid(dashes).toLower();
    };
    const QString typed = bare(word);
    const int allowed = int(typed.size() / 3);
    QString nearest;
    int best = allowed + 1;
    for (const QString& candidate : known) {
        const int distance = editDistance(typed, bare(candidate));
        if (distance < best) {
            best = distance;
            nearest = candidate;
        }
    }
    return nearest;
}

int unknownWordError(CommandContext& context, bool json, UnknownWord kind, const QString& where, const QString& word,
                     const QStringList& known)
{
    QString message = Text::unknown(kind, where, word);
    const QString nearest = nearestWord(word, known);
    if (!nearest.isEmpty())
        message += u' ' + Text::tr("Did you mean “%1”?").arg(nearest);
    if (!json)
        message += u'\n' + Text::tr("See “%1 --help”.").arg(where);
    return localError(context, json, message);
}

QStringList tableLines(const QList<QStringList>& rows)
{
    // An empty cell shows as "-", so every column of every line holds something to read.
    const auto cell = [](const QString& text) { return text.isEmpty() ? QStringLiteral("-") : text; };
    QList<int> widths;
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i == widths.size())
                widths.append(0);
            widths[i] = std::max(widths[i], format::displayWidth(cell(row[i])));
        }
    }
    QStringList lines;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? format::padded(cell(row[i]), widths[i] + 2) : cell(row[i]);
        lines.append(line);
    }
    return lines;
}

std::optional<int> confirmSpending(CommandContext& context, bool json, bool yes, const Endpoint& endpoint,
                                   const QString& refusal, const std::function<bool()>& ask)
{
    if (!endpoint.isReal() || yes)
        return std::nullopt;
    if (!context.stdinIsTerminal)
        return localError(context, json, refusal);
    if (!ask())
        return localError(context, json, Text::tr("Not confirmed; nothing was sent."));
    return std::nullopt;
}

QString journalPath(const CommandContext& context)
{
    return context.journalPath.isEmpty() ? Journal::defaultPath() : context.journalPath;
}

} // namespace acrp::cli
