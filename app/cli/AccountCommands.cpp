#include "cli/AccountCommands.h"

#include "cli/Cli.h"
#include "cli/ClientOptions.h"
#include "cli/CommandServices.h"
#include "cli/CommandSupport.h"
#include "cli/OutcomeReport.h"
#include "core/Formatting.h"
#include "core/api/ErrorExplanation.h"
#include "core/app/AccountService.h"
#include "core/app/Expiry.h"
#include "core/order/Catalog.h"
#include "core/order/RenewalSpec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <memory>

namespace acrp::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::cli::AccountCommands)
};

// The account options sync and instances take: --endpoint, --profile and --site.
QList<QCommandLineOption> accountOptions()
{
    return {
        {QStringLiteral("endpoint"),
         Text::tr("The account’s endpoint: sandbox (default, the built-in sandbox), cn, intl, or an http(s) URL."),
         QStringLiteral("sandbox|cn|intl|URL"), QStringLiteral("sandbox")},
        {QStringLiteral("profile"), Text::tr("Use the credentials of this profile."), QStringLiteral("NAME")},
        siteOption(),
    };
}

} // namespace

QCommandLineOption siteOption()
{
    return {QStringLiteral("site"),
            Text::tr("The account’s site when the endpoint and the profile do not say it (a URL endpoint with the "
                     "ALIBABA_CLOUD_* variables): cn (default) or intl."),
            QStringLiteral("cn|intl")};
}

std::optional<Site> accountSite(const QCommandLineParser& parser, CommandServices& services, const QString& profile,
                                const Endpoint& endpoint, std::optional<Site> fallback, QString* error)
{
    std::optional<Site> chosen;
    if (parser.isSet(QStringLiteral("site"))) {
        Site site;
        if (!siteFromId(parser.value(QStringLiteral("site")), &site)) {
            *error
                = Text::tr("Unknown site “%1” for --site. Use cn or intl.").arg(parser.value(QStringLiteral("site")));
            return std::nullopt;
        }
        chosen = site;
    }
    if (const std::optional<Site> site = endpoint.site()) {
        if (chosen && *chosen != *site) {
            *error = Text::tr("--site %1 does not match the endpoint %2.")
                         .arg(parser.value(QStringLiteral("site")), endpoint.displayName());
            return std::nullopt;
        }
        return site;
    }
    if (!profile.isEmpty()) {
        if (const std::optional<Profile> found = services.profiles().profile(profile))
            return found->site;
    }
    if (chosen)
        return chosen;
    return fallback.value_or(Site::China);
}

namespace {

// The account sync and instances work on: the client options applied, --endpoint, --profile and
// --site read, the journal open.
struct AccountCommand
{
    std::unique_ptr<CommandServices> services;
    Endpoint endpoint;
    QString profile;
    Site site = Site::China;
};

// Nothing, with the exit code in *code, when an option is wrong or the journal cannot be opened
// (the problem reported as every command reports it).
std::optional<AccountCommand> openAccount(const QCommandLineParser& parser, CommandContext& context, bool json,
                                          int* code)
{
    ClientSettings settings;
    QString error;
    if (!ClientOptions::readOptions(parser, &settings, &error)) {
        *code = localError(context, json, error);
        return std::nullopt;
    }
    const std::optional<Endpoint> endpoint = Endpoint::parse(parser.value(QStringLiteral("endpoint")), &error);
    if (!endpoint) {
        *code = localError(context, json, error);
        return std::nullopt;
    }
    AccountCommand account {std::make_unique<CommandServices>(context, settings), *endpoint,
                            parser.value(QStringLiteral("profile"))};
    const std::optional<Site> site
        = accountSite(parser, *account.services, account.profile, *endpoint, std::nullopt, &error);
    if (!site || !account.services->openJournal(&error)) {
        *code = localError(context, json, error);
        return std::nullopt;
    }
    account.site = *site;
    return account;
}

// The whole-number value of `name`, within [min, max]; nothing (and *error) otherwise.
std::optional<int> wholeNumber(const QCommandLineParser& parser, const QString& name, int min, int max, QString* error)
{
    bool ok = false;
    const int value = parser.value(name).trimmed().toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = Text::tr("--%1 must be a whole number from %2 to %3.").arg(name).arg(min).arg(max);
        return std::nullopt;
    }
    return value;
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? format::dateTime(time) : Text::tr("never");
}

QJsonValue timeJson(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject syncJson(const SyncResult& result)
{
    QJsonArray errors;
    for (const QString& error : result.errors)
        errors.append(error);
    QJsonArray codes; // the service's codes behind them, for scripts
    for (const ApiError& error : result.apiErrors)
        codes.append(error.code);
    QJsonObject object {
        {QStringLiteral("profile"), result.account.profile},
        {QStringLiteral("endpoint"), result.account.endpoint},
        {QStringLiteral("ok"), result.ok},
        {QStringLiteral("skipped"), result.skipped},
        {QStringLiteral("instances"), result.instances},
        {QStringLiteral("orders"), result.orders},
        {QStringLiteral("described"), result.details},
        {QStringLiteral("startedAt"), timeJson(result.startedAt)},
        {QStringLiteral("lastSuccess"), timeJson(result.lastSuccess)},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("errorCodes"), codes},
    };
    if (!result.message.isEmpty())
        object.insert(QStringLiteral("localError"), result.message);
    return object;
}

// 0 synced; 3 the service refused (credentials, site, permissions); 5 nothing could be asked, or
// the service was not reached.
int syncExitCode(const SyncResult& result)
{
    if (result.ok)
        return ExitSuccess;
    for (const ApiError& error : result.apiErrors) {
        if (error.kind != ApiError::Kind::Network && error.kind != ApiError::Kind::Timeout
            && error.kind != ApiError::Kind::Cancelled)
            return ExitRejected;
    }
    return ExitUsage;
}

// Runs a sync of the account (always: a command is asked on purpose) and tells people how it went
// on stderr; the JSON is the caller's.
SyncResult runSync(CommandServices& services, CommandContext& context, bool json, const QString& profile,
                   const Endpoint& endpoint, Site site)
{
    SyncHandle* handle = services.accounts().sync(profile, endpoint, true, site);
    QEventLoop loop;
    SyncResult result;
    QObject::connect(handle, &SyncHandle::progress, &loop, [&](const QString& step, int, int) {
        if (!json) {
            context.err << step << '\n';
            context.err.flush();
        }
    });
    QObject::connect(handle, &SyncHandle::finished, &loop, [&](const SyncResult& value) {
        result = value;
        loop.quit();
    });
    if (!handle->isFinished())
        loop.exec();
    if (json)
        return result;
    if (!result.message.isEmpty())
        context.err << result.message << '\n';
    for (const QString& error : result.errors)
        context.err << "  " << error << '\n';
    if (result.ok)
        context.err << Text::tr("Synced %1: %n instance(s)", nullptr, result.instances).arg(endpoint.displayName())
                    << Text::tr(", %n order(s).", nullptr, result.orders) << '\n';
    else
        context.err << Text::tr("The sync did not finish; last successful sync: %1.").arg(timeText(result.lastSuccess))
                    << '\n';
    return result;
}

QString renewalText(const AccountInstance& instance)
{
    if (instance.renewStatus == u"AutoRenewal") {
        const int months
            = instance.renewalDurationUnit == u"Y" ? instance.renewalDuration * 12 : instance.renewalDuration;
        return Text::tr("auto, %n month(s)", nullptr, months);
    }
    if (instance.renewStatus == u"ManualRenewal")
        return Text::tr("manual");
    if (instance.renewStatus == u"NotRenewal")
        return Text::tr("not renewed");
    return instance.renewStatus;
}

QJsonObject instanceJson(const InstanceRow& row)
{
    const AccountInstance& instance = row.instance;
    QJsonArray orders;
    for (const InstanceOrder& order : row.orders) {
        QJsonObject object {
            {QStringLiteral("orderId"), order.orderId},
            {QStringLiteral("kind"), orderKindId(order.kind)},
            {QStringLiteral("orderType"), order.orderType},
            {QStringLiteral("createdAt"), timeJson(order.createdAt)},
            {QStringLiteral("boughtHere"), order.local.has_value()},
        };
        if (order.local)
            object.insert(QStringLiteral("journalId"), order.local->id);
        if (order.service) {
            object.insert(QStringLiteral("paymentStatus"), order.service->paymentStatus);
            object.insert(QStringLiteral("amount"), order.service->pretaxAmount);
            object.insert(QStringLiteral("currency"), order.service->currency);
        }
        orders.append(object);
    }
    return QJsonObject {
        {QStringLiteral("instanceId"), instance.instanceId},
        {QStringLiteral("name"), instance.name},
        {QStringLiteral("edition"), Catalog::builtIn().editionOfSpecification(instance.instanceSpecification)},
        {QStringLiteral("region"), instance.region},
        {QStringLiteral("status"), instance.status},
        {QStringLiteral("subStatus"), instance.subStatus},
        {QStringLiteral("instanceStatus"), instance.instanceStatus},
        {QStringLiteral("instanceIssue"), instance.instanceIssue},
        {QStringLiteral("createTime"), timeJson(instance.createTime)},
        {QStringLiteral("endTime"), timeJson(instance.endTime)},
        {QStringLiteral("daysLeft"),
         row.expiry.level == Expiry::Level::Unknown ? QJsonValue() : QJsonValue(row.expiry.daysLeft)},
        {QStringLiteral("expiry"), Expiry::levelId(row.expiry.level)},
        {QStringLiteral("renewStatus"), instance.renewStatus},
        {QStringLiteral("renewalDuration"), instance.renewalDuration},
        {QStringLiteral("renewalDurationUnit"), instance.renewalDurationUnit},
        {QStringLiteral("boughtHere"), row.boughtHere},
        {QStringLiteral("readAt"), timeJson(instance.readAt)},
        {QStringLiteral("orders"), orders},
    };
}

void printInstances(CommandContext& context, const QList<InstanceRow>& rows)
{
    QList<QStringList> table {{Text::tr("INSTANCE"), Text::tr("NAME"), Text::tr("EDITION"), Text::tr("REGION"),
                               Text::tr("STATUS"), Text::tr("ENDS"), Text::tr("DAYS LEFT"), Text::tr("RENEWAL"),
                               Text::tr("BOUGHT")}};
    for (const InstanceRow& row : rows) {
        const AccountInstance& instance = row.instance;
        QString status = instance.status;
        if (!instance.instanceStatus.isEmpty())
            status += u'/' + instance.instanceStatus;
        table.append({instance.instanceId, instance.name,
                      Catalog::builtIn().editionOfSpecification(instance.instanceSpecification), instance.region,
                      status, instance.endTime.isValid() ? format::dateTime(instance.endTime) : QString(),
                      row.expiry.level == Expiry::Level::Unknown ? QString() : QString::number(row.expiry.daysLeft),
                      renewalText(instance), row.boughtHere ? Text::tr("here") : Text::tr("elsewhere")});
    }
    const QStringList lines = tableLines(table);
    context.out << lines.first() << '\n';
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const InstanceRow& row = rows.at(i);
        context.out << lines.at(i + 1) << '\n';
        if (row.expiry.needsNotice())
            context.out << "    " << row.expiry.notice() << '\n';
        if (!row.instance.instanceIssue.isEmpty())
            context.out << "    " << ErrorExplanation::instanceIssue(row.instance.instanceIssue) << '\n';
        for (const InstanceOrder& order : row.orders) {
            context.out << "    " << orderKindName(order.kind) << ' '
                        << (order.orderId.isEmpty() ? Text::tr("(no OrderId yet)") : order.orderId);
            if (order.service) {
                context.out << ", " << order.service->paymentStatus;
                if (!order.service->pretaxAmount.isEmpty())
                    context.out << ", " << format::money(order.service->pretaxAmount, order.service->currency);
            }
            if (order.local)
                context.out << ", " << Text::tr("journal #%1").arg(order.local->id);
            context.out << '\n';
        }
    }
}

} // namespace

int runSyncCommand(const QStringList& args, CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Reads what the account owns from the service (BSS QueryAvailableInstances and QueryOrders, ACR "
                 "GetInstance) and stores it beside the journal with the time it was read. Orders in the journal "
                 "are never changed.\nExit codes: 0 synced, 3 refused by the service, 5 usage or local error, or the "
                 "service not reached."));
    const QList<QCommandLineOption> options = accountOptions()
        + QList<QCommandLineOption> {{QStringLiteral("json"), Text::tr("Print one JSON object.")}}
        + ClientOptions::options();
    const bool json = args.contains(QStringLiteral("--json"));
    if (const auto done = parseArguments(parser, QStringLiteral("sync"), options, args, context, json))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return localError(context, json, Text::tr("sync takes no arguments besides its options."));
    int code = ExitUsage;
    const std::optional<AccountCommand> account = openAccount(parser, context, json, &code);
    if (!account)
        return code;
    const SyncResult result
        = runSync(*account->services, context, json, account->profile, account->endpoint, account->site);
    if (json)
        printJson(context.out, syncJson(result));
    return syncExitCode(result);
}

int runInstancesCommand(const QStringList& args, CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Lists the ACR Enterprise Edition instances of the account as the last sync read them, with their "
                 "end dates, days left, renewal setting, and whether they were bought here or elsewhere.\n"
                 "Exit codes: 0 listed, 6 --expiring found instances that need renewing, 3 or 5 as sync when --sync "
                 "fails, 5 usage or local error."));
    const QList<QCommandLineOption> options = accountOptions()
        + QList<QCommandLineOption> {
              {QStringLiteral("expiring"),
               Text::tr("Only instances without automatic renewal that end within DAYS days, and ended ones not yet "
                        "released; exit code 6 when there are any."),
               QStringLiteral("DAYS")},
              {QStringLiteral("sync"), Text::tr("Sync the account first.")},
              {QStringLiteral("json"), Text::tr("Print one JSON object: {\"instances\": [...]}.")},
          }
        + ClientOptions::options();
    const bool json = args.contains(QStringLiteral("--json"));
    if (const auto done = parseArguments(parser, QStringLiteral("instances"), options, args, context, json))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return localError(context, json, Text::tr("instances takes no arguments besides its options."));
    QString error;
    std::optional<int> expiring;
    if (parser.isSet(QStringLiteral("expiring"))) {
        expiring = wholeNumber(parser, QStringLiteral("expiring"), 0, 3650, &error);
        if (!expiring)
            return localError(context, json, error);
    }

    int code = ExitUsage;
    const std::optional<AccountCommand> opened = openAccount(parser, context, json, &code);
    if (!opened)
        return code;
    CommandServices& services = *opened->services;
    const QString& profile = opened->profile;
    const Endpoint& endpoint = opened->endpoint;
    if (parser.isSet(QStringLiteral("sync"))) {
        const SyncResult result = runSync(services, context, json, profile, endpoint, opened->site);
        if (!result.ok) {
            if (json)
                printJson(context.out, QJsonObject {{QStringLiteral("sync"), syncJson(result)}});
            return syncExitCode(result);
        }
    }
    const AccountKey account = AccountService::accountFor(profile, endpoint);
    const std::optional<SyncStatus> status = services.accounts().syncStatus(account);
    const int soonDays = expiring.value_or(Expiry::kDefaultSoonDays);
    QList<InstanceRow> rows;
    if (expiring) {
        rows = services.accounts().expiring(account, soonDays);
    } else {
        AccountInstanceQuery query;
        query.account = account;
        rows = services.accounts().instances(query, soonDays);
    }
    const QDateTime lastSuccess = status ? status->lastSuccess : QDateTime();

    if (json) {
        QJsonArray instances;
        for (const InstanceRow& row : std::as_const(rows))
            instances.append(instanceJson(row));
        printJson(context.out,
                  QJsonObject {{QStringLiteral("profile"), account.profile},
                               {QStringLiteral("endpoint"), account.endpoint},
                               {QStringLiteral("lastSync"), timeJson(lastSuccess)},
                               {QStringLiteral("instances"), instances}});
    } else {
        context.err << Text::tr("Account %1 at %2, last synced: %3.")
                           .arg(account.profile.isEmpty() ? Text::tr("(environment)") : account.profile,
                                endpoint.displayName(), timeText(lastSuccess))
                    << '\n';
        if (!status || !status->lastSuccess.isValid())
            context.err << Text::tr("Nothing synced yet: run “acr-purchase sync” (or add --sync).") << '\n';
        if (rows.isEmpty())
            context.out << (expiring ? Text::tr("No instance needs renewing within %n day(s).", nullptr, *expiring)
                                     : Text::tr("No instances."))
                        << '\n';
        else
            printInstances(context, rows);
    }
    return expiring && !rows.isEmpty() ? int(ExitExpiring) : int(ExitSuccess);
}

} // namespace acrp::cli
