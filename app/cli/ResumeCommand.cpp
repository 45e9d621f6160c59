#include "cli/ResumeCommand.h"

#include "cli/Cli.h"
#include "cli/ClientOptions.h"
#include "cli/CommandServices.h"
#include "cli/CommandSupport.h"
#include "cli/OutcomeReport.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace acrp::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::cli::ResumeCommand)
};

} // namespace

int runResumeCommand(const QStringList& args, CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Resends every order left in Sending or Unknown with its own ClientToken, to the endpoint it was "
                 "first sent to. The service answers the original result, so nothing is bought twice."));
    const QList<QCommandLineOption> options
        = QList<QCommandLineOption> {{QStringLiteral("json"), Text::tr("Print one JSON object: {\"orders\": [...]}.")}}
        + ClientOptions::options();
    const bool json = args.contains(QStringLiteral("--json"));
    if (const auto done = parseArguments(parser, QStringLiteral("resume"), options, args, context, json))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return localError(context, json, Text::tr("resume takes no arguments besides its options."));
    ClientSettings settings;
    QString error;
    if (!ClientOptions::readOptions(parser, &settings, &error))
        return localError(context, json, error);

    CommandServices services(context, settings);
    if (!services.openJournal(&error))
        return localError(context, json, error);
    const QList<JournalEntry> pending = services.journal().pending();
    if (pending.isEmpty() && !json)
        context.out << Text::tr("Nothing to resume: every order in the journal has a final outcome.") << '\n';

    QJsonArray results;
    bool anyUnknown = false, anyRejected = false, anyLocal = false;
    for (const JournalEntry& entry : pending) {
        OrderHandle* handle = services.orders().resume(entry.id);
        CommandServices::showProgress(handle, context, json,
                                      Text::tr("Resending order #%1 with ClientToken %2 to %3."));
        const OrderResult outcome = CommandServices::wait(handle);
        const bool resent = outcome.kind != OrderResult::Kind::LocalError;
        const int code = resent ? OutcomeReport::exitCode(outcome) : int(ExitUsage);
        anyUnknown = anyUnknown || code == ExitOutcomeUnknown;
        anyRejected = anyRejected || code == ExitRejected;
        anyLocal = anyLocal || code == ExitUsage;
        if (json) {
            QJsonObject object = OutcomeReport::toJson(outcome);
            object.insert(QStringLiteral("endpoint"), entry.endpoint);
            results.append(object);
        } else {
            OutcomeReport::print(outcome, context.out, context.err);
        }
    }
    if (json)
        printJson(context.out, QJsonObject {{QStringLiteral("orders"), results}});
    if (anyUnknown)
        return ExitOutcomeUnknown;
    if (anyRejected)
        return ExitRejected;
    if (anyLocal)
        return ExitUsage;
    return ExitSuccess;
}

} // namespace acrp::cli
