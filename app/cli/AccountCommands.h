#pragma once

#include "cli/CommandContext.h"
#include "core/order/OrderSpec.h"

#include <QStringList>
#include <optional>

class QCommandLineOption;
class QCommandLineParser;

namespace acrp {
class Endpoint;
}

namespace acrp::cli {

class CommandServices;

// --site cn|intl: the account's site when neither the endpoint nor the profile says it.
QCommandLineOption siteOption();
// The site an account command works on: the endpoint's (cn, intl), else the named profile's, else
// --site, else `fallback` (what the journal or a sync knows), else China. Nothing (and *error) for
// an unknown --site or one that contradicts the endpoint.
std::optional<Site> accountSite(const QCommandLineParser& parser, CommandServices& services, const QString& profile,
                                const Endpoint& endpoint, std::optional<Site> fallback, QString* error);

// `acr-purchase sync`: reads what the account owns (instances, orders) into the journal's file.
int runSyncCommand(const QStringList& args, CommandContext& context);
// `acr-purchase instances`: the synced instances, or with --expiring DAYS those that need renewing
// (exit code 6 when there are any, for scripts and cron).
int runInstancesCommand(const QStringList& args, CommandContext& context);
// `acr-purchase renew INSTANCE_ID --period N`: BSS RenewInstance with the rules of a purchase
// (journaled with its ClientToken first, resumable, the same exit codes as submit).
int runRenewCommand(const QStringList& args, CommandContext& context);

} // namespace acrp::cli
