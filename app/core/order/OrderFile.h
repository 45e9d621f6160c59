#pragma once

#include "core/order/OrderSpec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace acrp {

// The order file: a versioned JSON document for one order, with no credentials and no
// ClientToken. Used by templates, by `acr-purchase submit ORDER.json` and by exports.
//
//   {"format": "acr-purchase/order", "version": 1, "order": {...fields by orderFieldKey()...}}
//
// "order" keys: site ("cn" / "intl"), edition, instanceName, region and periodMonths are required;
// defaultBucket (true), customBucket (""), imageScanner ("ACR"), extraNamespaces, extraRepositories,
// vpcQuota, renewPeriodMonths (0) and autoRenewal (false) may be left out and take those defaults.
// serialize() always writes every key. Business rules are the Validator's job, not the parser's.
class OrderFile
{
    Q_DECLARE_TR_FUNCTIONS(acrp::OrderFile)

public:
    static constexpr int kVersion = 1;

    static QByteArray serialize(const OrderSpec& order);
    // Strict: unknown keys, wrong types, missing required fields and a newer version are errors
    // naming the key. Nothing is half-loaded: on error the result is empty and *error is set.
    static std::optional<OrderSpec> parse(const QByteArray& json, QString* error);

    // The "order" object alone, for documents that embed an order (journal rows, JSON output).
    // `path` prefixes the keys named in messages.
    static QJsonObject orderToJson(const OrderSpec& order);
    static std::optional<OrderSpec> orderFromJson(const QJsonObject& object, QString* error,
                                                  const QString& path = QStringLiteral("order"));
};

} // namespace acrp
