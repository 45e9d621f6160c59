#include "cli/ResumeCommand.h"

#include "cli/Cli.h"
#include "cli/ClientSetup.h"
#include "cli/CommandSupport.h"
#include "cli/CredentialResolution.h"
#include "cli/EmbeddedSandbox.h"
#include "cli/OutcomeReport.h"
#include "core/OrderService.h"
#include "core/store/Journal.h"

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
    parser.addOption({QStringLiteral("json"), Text::tr("Print one JSON object: {\"orders\": [...]}.")});
    ClientSetup::addOptions(parser);
    parser.addHelpOption();
    const bool json = args.contains(QStringLiteral("--json"));
    if (const auto done = parseArguments(parser, QStringLiteral("resume"), args, context, json))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return localError(context, json, Text::tr("resume takes no arguments besides its options."));
    ClientSettings settings;
    QString error;
    if (!ClientSetup::readOptions(parser, &settings, &error))
        return localError(context, json, error);

    Journal journal(journalPath(context));
    if (!journal.open(&error))
        return localError(context, json, error);
    const QList<JournalEntry> pending = journal.pending();
    if (pending.isEmpty() && !json)
        context.out << Text::tr("Nothing to resume: every order in the journal has a final outcome.") << '\n';

    OrderService service(&journal);
    EmbeddedSandbox sandbox;
    QObject scope;
    QJsonArray results;
    bool anyUnknown = false, anyRejected = false, anyLocal = false;

    for (const JournalEntry& entry : pending) {
        SubmitOutcome outcome;
        outcome.journalId = entry.id;
        outcome.clientToken = entry.clientToken;
        outcome.state = entry.state;
        outcome.attempts = entry.attempts;
        outcome.error = entry.lastError;

        std::optional<Endpoint> endpoint = Endpoint::parse(entry.endpoint, &error);
        if (endpoint && endpoint->isSandbox()) {
            if (sandbox.start(true, &error))
                endpoint = sandbox.endpoint();
            else
                endpoint.reset();
        }
        ResolvedCredentials credentials;
        if (endpoint) {
            // The row's own profile ("sandbox" for the demo pair, "" for the environment variables).
            credentials = resolveCredentials({entry.profile, entry.site, *endpoint}, context.environment);
            if (!credentials.ok)
                error = credentials.error;
        }
        const bool resent = endpoint && credentials.ok;
        if (!resent) {
            outcome.localError = Text::tr("Order #%1 could not be resent: %2").arg(entry.id).arg(error);
        } else {
            if (!json) {
                context.err << Text::tr("Resending order #%1 with ClientToken %2 to %3.")
                                   .arg(entry.id)
                                   .arg(entry.clientToken, endpoint->displayName())
                            << '\n';
                context.err.flush();
            }
            BssClient* client = ClientSetup::makeClient(*endpoint, credentials.credentials, settings, &scope);
            const QMetaObject::Connection connection
                = QObject::connect(&service, &OrderService::finished, &scope,
                                   [&outcome](const SubmitOutcome& result) { outcome = result; });
            service.resume(entry.id, client);
            waitForSignal(&service, &OrderService::finished);
            QObject::disconnect(connection);
        }

        const int code = resent ? OutcomeReport::exitCode(outcome) : int(ExitUsage);
        anyUnknown = anyUnknown || code == ExitOutcomeUnknown;
        anyRejected = anyRejected || code == ExitRejected;
        anyLocal = anyLocal || code == ExitUsage;
        if (json) {
            QJsonObject object = OutcomeReport::toJson(outcome);
            object.insert(QStringLiteral("endpoint"), entry.endpoint);
            results.append(object);
        } else if (!resent) {
            context.err << outcome.localError << '\n';
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
