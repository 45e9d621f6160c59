#pragma once

#include "core/order/Catalog.h"
#include "core/order/OrderSpec.h"

namespace acrp {

// The business parameters of BSS CreateInstance for a valid order, in the exact order of the spec
// page: Parameter.N.Code / Parameter.N.Value numbered from 1 without gaps (optional ones left out),
// then ProductCode, SubscriptionType, ProductType, Period, RenewalStatus, RenewPeriod (only with
// auto-renewal), ClientToken. Common parameters (Action, Version, signature fields) are the
// signer's business. The caller must have validated the order.
ParameterList createInstanceParameters(const OrderSpec& order, const QString& clientToken,
                                       const Catalog& catalog = Catalog::builtIn());

// The reverse, for the sandbox: reads an order back from received parameters. Unknown codes and
// malformed numbers are reported in *error (naming the parameter); returns false then.
bool orderFromCreateInstanceParameters(const QMap<QString, QString>& params, const Catalog& catalog, OrderSpec* order,
                                       QString* badParameter, QString* error);

// A new ClientToken: a random UUID, 36 ASCII characters (the service allows at most 64).
QString newClientToken();

} // namespace acrp
