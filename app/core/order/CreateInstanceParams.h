#pragma once

#include "core/order/Catalog.h"
#include "core/order/OrderSpec.h"

#include <QMap>
#include <QString>
#include <optional>

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

// The one table between order fields and CreateInstance parameter names, both ways. The request
// builder, the sandbox (which names the parameter it refuses) and the reading of refusals (which
// field a service message is about) all use it.
//   Edition InstanceType, InstanceName InstanceName, Region Region, DefaultBucket DefaultOssBucket,
//   CustomBucket InstanceStorageName, ImageScanner image_scanner, ExtraNamespaces NamespaceQuota,
//   ExtraRepositories RepoQuota, VpcQuota vpc_num (these are Parameter.N properties); Site
//   ProductType, Period Period, RenewalStatus RenewalStatus, RenewPeriod RenewPeriod (top level).
QString createInstanceParameterName(OrderField field);
// True for the fields sent as top-level parameters rather than as Parameter.N properties.
bool isTopLevelParameter(OrderField field);
// The field a parameter name carries (exactly as sent), or nothing.
std::optional<OrderField> orderFieldForParameter(const QString& name);
// The order field a service's error code or message is about: the longest parameter name it
// contains, case-insensitively ("InvalidInstanceStorageName" is the bucket, not the name), or
// "Duplicate" for the instance name (InstanceNameDuplicated). Nothing when it names none.
std::optional<OrderField> orderFieldNamedIn(const QString& text);

// A new ClientToken: a random UUID, 36 ASCII characters (the service allows at most 64).
QString newClientToken();

} // namespace acrp
