#pragma once

#include "core/order/OrderSpec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace acrp {

// The order file: a versioned JSON document for one order, with no credentials and no
// ClientToken. Used by templates, by `acr-purchase submit ORDER.json` and by exports.
//
//   {"format": "acr-purchase/order", "version": 1, "order": {...fields by orderFieldKey()...}}
class OrderFile
{
    Q_DECLARE_TR_FUNCTIONS(acrp::OrderFile)

public:
    static constexpr int kVersion = 1;

    static QByteArray serialize(const OrderSpec& order);
    // Strict: unknown keys, wrong types, missing required fields and a newer version are errors
    // naming the key. Nothing is half-loaded: on error the result is empty and *error is set.
    static std::optional<OrderSpec> parse(const QByteArray& json, QString* error);
};

} // namespace acrp
