#pragma once

#include "core/order/Catalog.h"
#include "core/order/OrderSpec.h"

#include <QMap>
#include <QString>

namespace acrp {

// The business parameters of BSS CreateInstance for a valid order, in the exact order of the spec
// page: Parameter.N.Code / Parameter.N.Value numbered from 1 without gaps (optional ones left out),
// then ProductCode, SubscriptionType, ProductType, Period, RenewalStatus, RenewPeriod (only with
// auto-renewal), ClientToken. Common parameters (Action, Version, signature fields) are the
// signer's business. The caller must have validated the order.
//
// Which optional parameters are sent: what the service would not assume by itself, as in the spec's
// sample request (which sends 1-5 only):
//   InstanceType, InstanceName, Region, DefaultOssBucket   always
//   InstanceStorageName                                     only with a custom bucket
//   image_scanner                                           only when not the catalog's defaultScanner
//   NamespaceQuota, RepoQuota, vpc_num                      only when not 0
//   RenewalStatus always (AutoRenewal / ManualRenewal); RenewPeriod only with AutoRenewal.
ParameterList createInstanceParameters(const OrderSpec& order, const QString& clientToken,
                                       const Catalog& catalog = Catalog::builtIn());

// The reverse, for the sandbox: reads an order back from received parameters (business and common
// ones together; parameters that are not business ones, such as Action or ClientToken, are ignored).
// A missing required parameter, a gap in the numbering, an unknown or repeated code, a malformed
// number or boolean, and a ProductCode / SubscriptionType / ProductType the catalog does not know
// are reported: *badParameter names the parameter ("Parameter.3.Value", "Period", or the code of a
// missing property such as "InstanceName"), *error says what is wrong; returns false then and
// leaves *order alone. Business rules are not checked: run the Validator on the result.
// Like the service (whose sample sends both), InstanceStorageName is ignored when
// DefaultOssBucket is true, and RenewPeriod is ignored unless RenewalStatus is AutoRenewal.
bool orderFromCreateInstanceParameters(const QMap<QString, QString>& params, const Catalog& catalog, OrderSpec* order,
                                       QString* badParameter, QString* error);

// A new ClientToken: a random UUID, 36 ASCII characters (the service allows at most 64).
QString newClientToken();

} // namespace acrp
