#pragma once

#include "core/order/OrderSpec.h"
#include "sandbox/SandboxAccounts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace acrp::sandbox {

// Faults a test can switch on, at start (command line) or at run time (setFaults, POST
// /__admin/faults). The counters count down as requests consume them. Every fault except latency
// and commit-then-stall consumes the request: the operation does not run.
struct SandboxFaults
{
    int latencyMs = 0; // every API response waits this long
    int failNextUnavailable = 0; // the next N API requests get ServiceUnavailable (HTTP 503)
    int failNextThrottling = 0; // the next N API requests get Throttling.User (HTTP 400)
    int commitThenStallMs = 0; // >0: CreateInstance records the order, then answers only after this delay
    int dropNextConnections = 0; // the next N API requests: the connection is closed without a response
    int malformedNext = 0; // the next N API requests: HTTP 200 with a body that is not JSON
    int oversizedNext = 0; // the next N API requests: HTTP 200 with a body of several MB
    qint64 clockOffsetSeconds = 0; // the server's clock differs from the real time by this

    friend bool operator==(const SandboxFaults&, const SandboxFaults&) = default;
};

struct SandboxConfig
{
    QList<SandboxAccount> accounts = demoAccounts();
    // RAM users and roles of the accounts (STS AssumeRole); those of an account that is not in
    // `accounts` are ignored.
    QList<SandboxRamUser> ramUsers = demoRamUsers();
    QList<SandboxRole> roles = demoRoles();
    // >0: temporary credentials from AssumeRole expire after at most this many seconds, whatever
    // DurationSeconds asked for (0: DurationSeconds alone).
    int stsTtlSeconds = 0;
    // Starting balance of every account, two decimals. Room for the README's example order (a year
    // of Advanced with quotas) and a few walkthroughs; the Sandbox menu adds more or resets.
    QString balance = QStringLiteral("1000000.00");
    QString currency = QStringLiteral("CNY");
    int provisioningSeconds = 6; // PENDING -> STARTING -> RUNNING over this many seconds
    QString statePath; // empty: memory only; else orders and balances persist in this JSON file
    SandboxFaults faults;
    // The business clock (creation, expiry, the 7-day release) runs this many days ahead of the
    // server's clock (negative: behind). Separate from faults.clockOffsetSeconds, which skews the
    // clock the signature timestamps are checked against.
    qint64 clockOffsetDays = 0;
    // Instances "bought elsewhere" to add when the server starts (JSON, see SandboxInstances.h);
    // empty: none.
    QString seedInstancesPath;
};

// One accepted order: what was bought or renewed, by which key, for how much.
struct SandboxOrder
{
    QString clientToken; // empty when the request carried none
    QString orderId; // numeric string
    QString instanceId; // cri- + 16 lowercase letters and digits; for a renewal the renewed instance
    QString accessKeyId;
    OrderSpec order; // for a renewal or a seeded order: the instance's configuration
    QString price; // two decimals, in the account currency
    QDateTime created; // business time (UTC)
    QString type = QStringLiteral("New"); // QueryOrders' OrderType: New (CreateInstance, seeded) or Renew
    int renewMonths = 0; // Renew: the months added
    QDateTime usageStart; // the service period the order paid for
    QDateTime usageEnd;
    bool seeded = false; // the order of an instance "bought elsewhere" (seeded), not charged here
};

// An instance the account owns: bought here (CreateInstance) or elsewhere (seeded).
struct SandboxInstance
{
    QString instanceId;
    QString accessKeyId;
    OrderSpec spec; // site, edition, name, region (and the quotas of one bought here)
    QDateTime created;
    QDateTime endTime; // renewals included
    QString renewStatus = QStringLiteral("ManualRenewal"); // AutoRenewal, ManualRenewal, NotRenewal
    int renewalDuration = 0;
    QString renewalDurationUnit = QStringLiteral("M"); // M or Y
    QString instanceIssue; // ACR's InstanceIssue, e.g. OSS_BUCKET_ALREADY_EXISTS; empty: none
    bool seeded = false;

    friend bool operator==(const SandboxInstance&, const SandboxInstance&) = default;
};

// Where the sandbox built into the app and the CLI keeps its state, so the wizard, `submit` and a
// later `resume` in another process agree on what was bought: AppDataLocation/sandbox-state.json.
// Creates the folder.
QString embeddedStatePath();

// The faults as JSON ({"latencyMs": 0, ...}), the shape of GET/POST /__admin/faults.
QJsonObject faultsToJson(const SandboxFaults& faults);
// Applies the keys present in `json` to *faults (a partial update). Unknown keys, non-integers and
// negative counts (the clock offset may be negative) are errors naming the key; *faults is then
// left alone.
bool applyFaultsJson(const QJsonObject& json, SandboxFaults* faults, QString* error);

} // namespace acrp::sandbox

Q_DECLARE_METATYPE(acrp::sandbox::SandboxOrder)
