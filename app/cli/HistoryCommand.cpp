#include "cli/HistoryCommand.h"

#include "cli/Cli.h"
#include "cli/CommandSupport.h"
#include "core/Formatting.h"
#include "core/store/Journal.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <algorithm>

namespace acrp::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::cli::HistoryCommand)
};

// Reads --state: ids of OrderState in any case, repeated or comma-separated.
bool parseStates(const QStringList& values, QList<OrderState>* states, QString* error)
{
    static const QList<OrderState> all
        = {OrderState::Draft, OrderState::Sending, OrderState::Succeeded, OrderState::Failed, OrderState::Unknown};
    QStringList ids;
    for (OrderState state : all)
        ids.append(orderStateId(state));
    for (const QString& value : values) {
        for (const QString& item : value.split(u',')) {
            const QString word = item.trimmed();
            const auto found = std::find_if(ids.cbegin(), ids.cend(), [&word](const QString& id) {
                return id.compare(word, Qt::CaseInsensitive) == 0;
            });
            if (found == ids.cend()) {
                *error = Text::tr("Unknown state “%1” for --state. Use one or more of: %2.")
                             .arg(word, ids.join(QStringLiteral(", ")));
                return false;
            }
            const OrderState state = all.at(found - ids.cbegin());
            if (!states->contains(state))
                states->append(state);
        }
    }
    return true;
}

} // namespace

int runHistoryCommand(const QStringList& args, CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Lists the orders in the journal, newest first, with their state: Sending, Succeeded, Failed or "
                 "Unknown (Sending and Unknown: run resume)."));
    const QList<QCommandLineOption> options {
        {QStringLiteral("json"), Text::tr("Print one JSON object: {\"orders\": [...]}.")},
        {QStringLiteral("state"),
         Text::tr("Only orders in this state: Draft, Sending, Succeeded, Failed or Unknown. Repeat it or separate "
                  "states with commas."),
         QStringLiteral("STATE")},
        {QStringLiteral("site"), Text::tr("Only orders for this site."), QStringLiteral("cn|intl")},
        {QStringLiteral("search"),
         Text::tr("Only orders whose instance name, region, edition, profile, InstanceId, OrderId, RequestId or "
                  "ClientToken contains TEXT (any case)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("limit"), Text::tr("Show at most N orders."), QStringLiteral("N")},
    };
    const bool json = args.contains(QStringLiteral("--json"));
    if (const auto done = parseArguments(parser, QStringLiteral("history"), options, args, context, json))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return localError(context, json, Text::tr("history takes no arguments besides its options."));
    JournalQuery query;
    QString error;
    if (!parseStates(parser.values(QStringLiteral("state")), &query.states, &error))
        return localError(context, json, error);
    if (parser.isSet(QStringLiteral("site"))) {
        Site site;
        if (!siteFromId(parser.value(QStringLiteral("site")), &site))
            return localError(
                context, json,
                Text::tr("Unknown site “%1” for --site. Use cn or intl.").arg(parser.value(QStringLiteral("site"))));
        query.site = site;
    }
    query.search = parser.value(QStringLiteral("search")).trimmed();
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit < 1)
            return localError(context, json, Text::tr("--limit must be a positive whole number."));
    }
    Journal journal(journalPath(context));
    if (!journal.open(&error))
        return localError(context, json, error);
    const QList<JournalEntry> entries = journal.entries(query);

    if (json) {
        QJsonArray orders;
        for (const JournalEntry& entry : entries)
            orders.append(entry.toJson());
        printJson(context.out, QJsonObject {{QStringLiteral("orders"), orders}});
        return ExitSuccess;
    }
    if (entries.isEmpty()) {
        const bool filtered = !query.states.isEmpty() || query.site || !query.search.isEmpty();
        context.out << (filtered ? Text::tr("No orders match.") : Text::tr("No orders yet.")) << '\n';
        return ExitSuccess;
    }
    // One table row per order (dates in the output's locale, see Cli.cpp), its details indented below.
    QList<QStringList> rows {{Text::tr("ORDER"), Text::tr("CREATED"), Text::tr("STATE"), Text::tr("KIND"),
                              Text::tr("SITE"), Text::tr("EDITION"), Text::tr("INSTANCE"), Text::tr("REGION"),
                              Text::tr("ENDPOINT")}};
    for (const JournalEntry& entry : entries) {
        // A renewal names the instance it renews (its name when a sync knew it, else its ID).
        const bool renewal = entry.kind == OrderKind::Renew && entry.renewal;
        const QString edition = renewal ? entry.renewal->edition : entry.order.edition;
        const QString instance = !renewal           ? entry.order.instanceName
            : entry.renewal->instanceName.isEmpty() ? entry.renewal->instanceId
                                                    : entry.renewal->instanceName;
        rows.append({QStringLiteral("#%1").arg(entry.id), format::dateTime(entry.createdAt), orderStateId(entry.state),
                     orderKindName(entry.kind), siteId(entry.site), edition, instance,
                     renewal ? entry.renewal->region : entry.order.region, entry.endpoint});
    }
    const QStringList lines = tableLines(rows);
    context.out << lines.first() << '\n';
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const JournalEntry& entry = entries.at(i);
        context.out << lines.at(i + 1) << '\n';
        context.out << "    ClientToken " << entry.clientToken << Text::tr(", %n attempt(s)", nullptr, entry.attempts);
        if (entry.kind == OrderKind::Renew && entry.renewal)
            context.out << Text::tr(", renews %1 for %n month(s)", nullptr, entry.renewal->periodMonths)
                               .arg(entry.renewal->instanceId);
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
