#pragma once

#include "cli/CommandContext.h"

#include <QStringList>

namespace acrp::cli {

// `acr-purchase sync`: reads what the account owns (instances, orders) into the journal's file.
int runSyncCommand(const QStringList& args, CommandContext& context);
// `acr-purchase instances`: the synced instances, or with --expiring DAYS those that need renewing
// (exit code 6 when there are any, for scripts and cron).
int runInstancesCommand(const QStringList& args, CommandContext& context);
// `acr-purchase renew INSTANCE_ID --period N`: BSS RenewInstance with the rules of a purchase
// (journaled with its ClientToken first, resumable, the same exit codes as submit).
int runRenewCommand(const QStringList& args, CommandContext& context);

} // namespace acrp::cli
