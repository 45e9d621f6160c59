#pragma once

#include "core/order/OrderSpec.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

namespace acrp {

// An order as infrastructure code: a Terraform configuration for the alicloud provider's
// alicloud_cr_ee_instance, or a ROS template with an ALIYUN::CR::Instance. Pure functions of their
// input: the same input gives the same bytes every time (no clock, no locale, no settings; the
// comments are English whatever the interface's language). No credentials ever: the order holds
// none and the provider block names none.

enum class InfraFormat { Terraform, Ros };

// Stable ids of the command line: "terraform", "ros".
QString infraFormatId(InfraFormat format);
// Parses "terraform" / "ros" (case-insensitive); false when the text is neither.
bool infraFormatFromId(const QString& id, InfraFormat* format);
// The file suffix that fits the format, without the dot: "tf", "json".
QString infraFormatSuffix(InfraFormat format);

// What is exported: the order, and when it was already bought, the instance and its order.
struct InfraExportInput
{
    OrderSpec order;
    QString instanceId; // "cri-…" when bought (the Terraform import block adopts it); empty: not bought
    QString orderId; // the service's OrderId of the purchase, when known
    QDate boughtOn; // the day (UTC) the purchase was sent, when bought
    QString origin; // where the order comes from, one line for the header ("journal order 12"); may be empty

    bool isBought() const { return !instanceId.isEmpty(); }
};

// The lowest version of the alicloud provider that has every argument the export writes
// (namespace_quota, repo_quota and vpc_quota came in 1.268.0).
inline constexpr const char* kAlicloudProviderMinimum = "1.268.0";

// A Terraform configuration (HCL): terraform { required_providers }, a credential-free
// provider "alicloud" with the order's region, one alicloud_cr_ee_instance and, for a bought
// order, an import block (Terraform 1.5 or newer) so `terraform plan` adopts the instance.
QByteArray terraformConfiguration(const InfraExportInput& input);

// A ROS template (JSON, ROSTemplateFormatVersion 2015-09-01) with one ALIYUN::CR::Instance. What
// ROS has no property for is in its Description and its Metadata ("acr-purchase").
QByteArray rosTemplate(const InfraExportInput& input);

// One of the two, by format.
QByteArray infraExport(const InfraExportInput& input, InfraFormat format);

// The values of the order the format has no place for, one line each ("site: China (cn) — …").
QStringList unmappedValues(const InfraExportInput& input, InfraFormat format);

// `text` as an HCL quoted string: quotes, backslashes and control characters escaped, and the
// template sequences "${" and "%{" doubled so they stay literal.
QString hclQuoted(const QString& text);
// An HCL identifier (a resource name) from an instance name: letters, digits and underscores,
// starting with a letter ("team-registry" -> "team_registry"); "registry" when nothing is left.
QString hclIdentifier(const QString& instanceName);
// A ROS logical resource id from an instance name: letters and digits, each word capitalized
// ("team-registry" -> "TeamRegistry"), starting with a letter; "Registry" when nothing is left.
QString rosLogicalId(const QString& instanceName);

// The ROS resource properties this export may write, as ROS documents them for ALIYUN::CR::Instance.
const QStringList& rosInstanceProperties();

} // namespace acrp
