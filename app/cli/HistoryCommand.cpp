#include "cli/HistoryCommand.h"

#include "cli/Cli.h"
#include "cli/OutcomeReport.h"
#include "core/store/Journal.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace acrp::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::cli::HistoryCommand)
};

} // namespace

int runHistoryCommand(const QStringList& args, CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Lists the orders in the journal, newest first, with their state: Sending, Succeeded, Failed or "
                 "Unknown (Sending and Unknown: run resume)."));
    parser.addOption({QStringLiteral("json"), Text::tr("Print one JSON object: {\"orders\": [...]}.")});
    parser.addOption({QStringLiteral("limit"), Text::tr("Show at most N orders."), QStringLiteral("N")});
    parser.addHelpOption();
    const bool json = args.contains(QStringLiteral("--json"));
    const auto fail = [&](const QString& message) {
        if (json)
            context.out << QJsonDocument(OutcomeReport::localErrorJson(message)).toJson(QJsonDocument::Indented);
        else
            context.err << message << '\n';
        return int(ExitUsage);
    };
    if (!parser.parse(QStringList {QStringLiteral("acr-purchase history")} + args))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return ExitSuccess;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(Text::tr("history takes no arguments besides its options."));
    JournalQuery query;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit < 1)
            return fail(Text::tr("--limit must be a positive whole number."));
    }
    Journal journal(context.journalPath.isEmpty() ? Journal::defaultPath() : context.journalPath);
    QString error;
    if (!journal.open(&error))
        return fail(error);
    const QList<JournalEntry> entries = journal.entries(query);

    if (json) {
        QJsonArray orders;
        for (const JournalEntry& entry : entries)
            orders.append(entry.toJson());
        context.out << QJsonDocument(QJsonObject {{QStringLiteral("orders"), orders}}).toJson(QJsonDocument::Indented);
        return ExitSuccess;
    }
    if (entries.isEmpty()) {
        context.out << Text::tr("No orders yet.") << '\n';
        return ExitSuccess;
    }
    for (const JournalEntry& entry : entries) {
        context.out << '#' << entry.id << "  " << entry.createdAt.toLocalTime().toString(Qt::ISODate) << "  "
                    << orderStateId(entry.state) << "  " << siteId(entry.site) << "  " << entry.order.edition << ' '
                    << entry.order.instanceName << " (" << entry.order.region << ")  "
                    << Text::tr("endpoint %1").arg(entry.endpoint) << '\n';
        context.out << "    ClientToken " << entry.clientToken << Text::tr(", %n attempt(s)", nullptr, entry.attempts);
        if (!entry.instanceId.isEmpty())
            context.out << ", InstanceId " << entry.instanceId << ", OrderId " << entry.orderId;
        if (!entry.provisioningStatus.isEmpty())
            context.out << ", " << entry.provisioningStatus;
        context.out << '\n';
        if (entry.lastError && entry.state != OrderState::Succeeded)
            context.out << "    " << entry.lastError->userMessage() << " [" << entry.lastError->code << "]\n";
        if (isPendingState(entry.state))
            context.out << "    " << JournalEntry::stateDescription(entry.state) << '\n';
    }
    return ExitSuccess;
}

} // namespace acrp::cli
