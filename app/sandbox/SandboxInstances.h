#pragma once

#include "core/order/Catalog.h"
#include "sandbox/SandboxConfig.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace acrp::sandbox {

// An instance past its EndTime is stopped; this long after it, it is released (only the images
// in OSS remain).
inline constexpr qint64 kReleaseAfterSeconds = 7 * 24 * 3600;

// Where an instance is in its life at a given business time.
enum class Lifecycle {
    Creating, // bought here, still provisioning (ACR: PENDING, STARTING)
    Normal, // before EndTime
    Expired, // EndTime passed, released kReleaseAfterSeconds after it (ACR: STOPPED)
    Released, // gone: not listed, not found, not renewable
};

// provisioningSeconds: how long one bought here takes to start (seeded ones are running).
Lifecycle lifecycleOf(const SandboxInstance& instance, const QDateTime& now, int provisioningSeconds);

// One instance "bought elsewhere" to add, with the order that bought it if the seed names one.
struct SandboxSeed
{
    SandboxInstance instance; // instanceId empty: the sandbox makes one
    bool withOrder = false;
    QString orderId; // empty: the sandbox makes one
    qint64 amountCents = 0;
};

// Reads instances to seed: a JSON array of objects (POST /__admin/instances also takes a single
// object). Each object:
//   accessKeyId   required, one of the sandbox's AccessKey ids (the account that owns it)
//   name          required, an ACR instance name (3-30 lowercase letters, digits, hyphens)
//   edition       required, Basic, Standard or Advanced, sold on the account's site
//   region        required, a region id such as cn-shanghai
//   endTime       "yyyy-MM-ddTHH:mm:ssZ", or endsInDays: a number of days from `now` (may be
//                 negative or fractional); exactly one of the two
//   instanceId    optional, cri- and 4 to 36 lowercase letters and digits
//   createTime    optional, before endTime (default: a year before it)
//   renewStatus   optional, AutoRenewal, ManualRenewal (default) or NotRenewal
//   renewalDuration, renewalDurationUnit   optional, 1-36 and M or Y (default 1 M with AutoRenewal)
//   instanceIssue optional, ACR's InstanceIssue such as OSS_BUCKET_ALREADY_EXISTS
//   order         optional {"amount": "8000.00", "orderId": "digits" (optional)}: a New order
// Any other key is an error. False with *error naming the entry and the key in words.
bool parseSeeds(const QJsonValue& json, const QList<SandboxAccount>& accounts, const Catalog& catalog,
                const QDateTime& now, QList<SandboxSeed>* seeds, QString* error);

} // namespace acrp::sandbox
