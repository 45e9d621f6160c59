#include "cli/CommandSupport.h"

#include "cli/OutcomeReport.h"
#include "core/store/Journal.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace acrp::cli {

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

std::optional<int> parseArguments(QCommandLineParser& parser, const QString& command, const QStringList& args,
                                  CommandContext& context, bool json)
{
    if (!parser.parse(QStringList {QStringLiteral("acr-purchase ") + command} + args))
        return localError(context, json, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by its path ("Usage: /usr/bin/acr-purchase [options]"); show the
        // command the user typed instead.
        QString help = parser.helpText();
        const qsizetype options = help.indexOf(QStringLiteral(" [options]"));
        if (help.startsWith(QStringLiteral("Usage: ")) && options > 0)
            help.replace(7, options - 7, QStringLiteral("acr-purchase ") + command);
        context.out << help;
        return int(ExitSuccess);
    }
    return std::nullopt;
}

QString journalPath(const CommandContext& context)
{
    return context.journalPath.isEmpty() ? Journal::defaultPath() : context.journalPath;
}

} // namespace acrp::cli
