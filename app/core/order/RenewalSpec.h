#pragma once

#include "core/order/OrderSpec.h"
#include "core/order/Validator.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace acrp {

// What a renewal asks for: BSS RenewInstance of one ACR EE instance for RenewPeriod months. A
// plain value: no credentials, no ClientToken. The instance's region, edition and name are known
// from a sync (or the journal row that bought it) and kept for display and for ACR GetInstance;
// the service needs only the instance ID and the period (and the site's ProductType).
struct RenewalSpec
{
    Site site = Site::China; // picks ProductType and the sandbox's demo pair
    QString instanceId; // cri-...
    int periodMonths = 1; // RenewPeriod: one of renewalPeriods()
    QString region; // when known, else empty
    QString edition; // when known, else empty
    QString instanceName; // when known, else empty

    // The periods RenewInstance accepts, in months: 1-9, 12, 24, 36.
    static const QList<int>& renewalPeriods();

    // The journal's document of a renewal row (order_json):
    //   {"kind": "renew", "renewal": {"site", "instanceId", "periodMonths", "region", "edition",
    //    "instanceName"}}
    QByteArray toJournalJson() const;
    // Reads that document back; nothing (and *error) when it is not a renewal document.
    static std::optional<RenewalSpec> fromJournalJson(const QByteArray& json, QString* error);

    friend bool operator==(const RenewalSpec&, const RenewalSpec&) = default;
};

// The problems of a renewal, one per field, kept as data (ValidationMessage; worded by text() in
// the UI language of the moment). Ids used: RenewInstanceIdMissing, RenewInstanceIdFormat (value),
// RenewalPeriodNotOffered (months: renewalPeriods(); numbers: the period given).
struct RenewalValidation
{
    std::optional<ValidationMessage> instanceId;
    std::optional<ValidationMessage> period;
    bool isValid() const { return !instanceId && !period; }
    // The messages in the current UI language, instance ID first.
    QStringList messages() const;
};

// The rules of a renewal: an instance ID "cri-" followed by lower-case letters and digits (up to
// 64 characters in all), and a period of renewalPeriods().
RenewalValidation validateRenewal(const RenewalSpec& renewal);

} // namespace acrp

Q_DECLARE_METATYPE(acrp::RenewalSpec)
