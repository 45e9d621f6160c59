#include "core/export/InfraExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace acrp {

namespace {

using Rows = QList<std::pair<QString, QString>>;

QString siteWords(Site site)
{
    return site == Site::China ? QStringLiteral("China (cn)") : QStringLiteral("International (intl)");
}

// Text for a comment or a one-line description: control characters (a line break would end a
// comment) become spaces.
QString oneLine(const QString& text)
{
    QString line = text;
    for (QChar& c : line) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return line;
}

// "bought on 2026-03-01 (OrderId 2110…) as cri-…": the facts known about the purchase.
QString purchaseFacts(const InfraExportInput& input)
{
    QString facts = QStringLiteral("this instance was already bought");
    if (input.boughtOn.isValid())
        facts += QStringLiteral(" on ") + input.boughtOn.toString(Qt::ISODate);
    if (!input.orderId.isEmpty())
        facts += QStringLiteral(" (OrderId ") + oneLine(input.orderId) + u')';
    return facts + QStringLiteral(" as ") + oneLine(input.instanceId);
}

// Attribute lines of one HCL block at `indent`, their "=" aligned as `terraform fmt` aligns them.
QString hclAttributes(const Rows& rows, int indent)
{
    qsizetype width = 0;
    for (const auto& row : rows)
        width = std::max(width, row.first.size());
    QString text;
    for (const auto& [name, value] : rows)
        text += QString(indent, u' ') + name.leftJustified(width) + QStringLiteral(" = ") + value + u'\n';
    return text;
}

QString commentBlock(const QStringList& lines)
{
    QString text;
    for (const QString& line : lines)
        text += line.isEmpty() ? QStringLiteral("#\n") : QStringLiteral("# ") + line + u'\n';
    return text;
}

QString sentenceCase(const QString& word)
{
    return word.isEmpty() ? word : word.left(1).toUpper() + word.mid(1).toLower();
}

} // namespace

QString infraFormatId(InfraFormat format)
{
    return format == InfraFormat::Terraform ? QStringLiteral("terraform") : QStringLiteral("ros");
}

bool infraFormatFromId(const QString& id, InfraFormat* format)
{
    for (const InfraFormat candidate : {InfraFormat::Terraform, InfraFormat::Ros}) {
        if (id.compare(infraFormatId(candidate), Qt::CaseInsensitive) == 0) {
            *format = candidate;
            return true;
        }
    }
    return false;
}

QString infraFormatSuffix(InfraFormat format)
{
    return format == InfraFormat::Terraform ? QStringLiteral("tf") : QStringLiteral("json");
}

QString hclQuoted(const QString& text)
{
    QString quoted = QStringLiteral("\"");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool templateStart = (c == u'$' || c == u'%') && i + 1 < text.size() && text.at(i + 1) == u'{';
        if (templateStart)
            quoted += c; // "$${" and "%%{" are a literal "${" and "%{"
        if (c == u'"')
            quoted += QStringLiteral("\\\"");
        else if (c == u'\\')
            quoted += QStringLiteral("\\\\");
        else if (c == u'\n')
            quoted += QStringLiteral("\\n");
        else if (c == u'\r')
            quoted += QStringLiteral("\\r");
        else if (c == u'\t')
            quoted += QStringLiteral("\\t");
        else if (c.category() == QChar::Other_Control)
            quoted += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            quoted += c;
    }
    return quoted + u'"';
}

QString hclIdentifier(const QString& instanceName)
{
    QString identifier;
    for (const QChar c : instanceName) {
        const bool plain = c.isLetterOrNumber() && c.unicode() < 128;
        if (plain)
            identifier += c.toLower();
        else if (!identifier.isEmpty() && !identifier.endsWith(u'_'))
            identifier += u'_';
    }
    while (identifier.endsWith(u'_'))
        identifier.chop(1);
    if (identifier.isEmpty())
        return QStringLiteral("registry");
    if (!identifier.at(0).isLetter())
        identifier.prepend(QStringLiteral("registry_"));
    return identifier;
}

QString rosLogicalId(const QString& instanceName)
{
    QString id;
    QString word;
    const auto endWord = [&] {
        id += sentenceCase(word);
        word.clear();
    };
    for (const QChar c : instanceName) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            word += c;
        else
            endWord();
    }
    endWord();
    if (id.isEmpty())
        return QStringLiteral("Registry");
    if (!id.at(0).isLetter())
        id.prepend(QStringLiteral("Registry"));
    return id;
}

const QStringList& rosInstanceProperties()
{
    // ALIYUN::CR::Instance as ROS documents it (ResourceGroupId is not part of an order).
    static const QStringList properties {
        QStringLiteral("ImageScanner"),  QStringLiteral("InstanceName"),    QStringLiteral("InstanceStorageName"),
        QStringLiteral("InstanceType"),  QStringLiteral("Period"),          QStringLiteral("RenewPeriod"),
        QStringLiteral("RenewalStatus"), QStringLiteral("ResourceGroupId"),
    };
    return properties;
}

QStringList unmappedValues(const InfraExportInput& input, InfraFormat format)
{
    const OrderSpec& order = input.order;
    QStringList lines;
    if (format == InfraFormat::Terraform) {
        lines << QStringLiteral("site: %1. The provider takes the site from the account of its credentials.")
                     .arg(siteWords(order.site));
        return lines;
    }
    lines << QStringLiteral("site: %1. ROS takes the site from the account that creates the stack.")
                 .arg(siteWords(order.site))
          << QStringLiteral("region: %1. A template has no region: create the stack in %1.").arg(oneLine(order.region));
    if (order.defaultBucket)
        lines << QStringLiteral("defaultBucket: true. ROS has no DefaultOssBucket property; without "
                                "InstanceStorageName the instance uses the default OSS bucket.");
    lines << QStringLiteral("extraNamespaces: %1. ALIYUN::CR::Instance has no namespace quota property.")
                 .arg(order.extraNamespaces)
          << QStringLiteral("extraRepositories: %1. ALIYUN::CR::Instance has no repository quota property.")
                 .arg(order.extraRepositories)
          << QStringLiteral("vpcQuota: %1. ALIYUN::CR::Instance has no VPC quota property.").arg(order.vpcQuota);
    return lines;
}

QByteArray terraformConfiguration(const InfraExportInput& input)
{
    const OrderSpec& order = input.order;
    const QString label = hclIdentifier(order.instanceName);
    const QString address = QStringLiteral("alicloud_cr_ee_instance.") + label;

    QStringList header {QStringLiteral("ACR Enterprise Edition instance \"%1\" (%2, %3), exported by acr-purchase%4.")
                            .arg(oneLine(order.instanceName), oneLine(order.edition), oneLine(order.region),
                                 input.origin.isEmpty() ? QString() : QStringLiteral(" from ") + oneLine(input.origin)),
                        QString()};
    if (input.isBought()) {
        header << QStringLiteral("ALREADY BOUGHT: %1.").arg(purchaseFacts(input))
               << QStringLiteral("The import block below makes `terraform plan` adopt it (\"1 to import, 0 to add\")")
               << QStringLiteral("instead of buying a second one. Do not remove the import block before the first")
               << QStringLiteral("apply. It needs Terraform 1.5 or newer.");
    } else {
        header << QStringLiteral("NOT BOUGHT: `terraform apply` buys this subscription, and it costs money.");
    }
    header << QString() << QStringLiteral("Not expressed in this configuration (no equivalent argument):");
    for (const QString& line : unmappedValues(input, InfraFormat::Terraform))
        header << QStringLiteral("  - ") + line;
    header << QString()
           << QStringLiteral("No credentials are in this file, and none belong here: the provider reads them from")
           << QStringLiteral("the environment (ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET) or an")
           << QStringLiteral("aliyun CLI profile.");

    QString text = commentBlock(header);
    text += QStringLiteral("\nterraform {\n  required_version = \">= 1.5.0\"\n  required_providers {\n"
                           "    alicloud = {\n");
    text += hclAttributes(
        {{QStringLiteral("source"), hclQuoted(QStringLiteral("aliyun/alicloud"))},
         {QStringLiteral("version"), hclQuoted(QStringLiteral(">= ") + QLatin1String(kAlicloudProviderMinimum))}},
        6);
    text += QStringLiteral(
        "    }\n  }\n}\n\nprovider \"alicloud\" {\n"
        "  # Credentials come from the environment or the aliyun CLI profile, never from this file.\n");
    text += hclAttributes({{QStringLiteral("region"), hclQuoted(order.region)}}, 2);
    text += QStringLiteral("}\n");
    if (input.isBought()) {
        text += QStringLiteral(
            "\n# Adopts the instance bought already. Keep this block until the first apply.\nimport {\n");
        text
            += hclAttributes({{QStringLiteral("to"), address}, {QStringLiteral("id"), hclQuoted(input.instanceId)}}, 2);
        text += QStringLiteral("}\n");
    }

    Rows arguments {
        {QStringLiteral("payment_type"), hclQuoted(QStringLiteral("Subscription"))},
        {QStringLiteral("period"), QString::number(order.periodMonths)},
        {QStringLiteral("renewal_status"),
         hclQuoted(order.autoRenewal ? QStringLiteral("AutoRenewal") : QStringLiteral("ManualRenewal"))},
    };
    if (order.autoRenewal)
        arguments.append({QStringLiteral("renew_period"), QString::number(order.renewPeriodMonths)});
    arguments.append({QStringLiteral("instance_type"), hclQuoted(order.edition)});
    arguments.append({QStringLiteral("instance_name"), hclQuoted(order.instanceName)});
    arguments.append({QStringLiteral("default_oss_bucket"),
                      hclQuoted(order.defaultBucket ? QStringLiteral("true") : QStringLiteral("false"))});
    if (!order.defaultBucket)
        arguments.append({QStringLiteral("custom_oss_bucket"), hclQuoted(order.customBucket)});
    arguments.append({QStringLiteral("image_scanner"), hclQuoted(order.imageScanner)});
    if (order.extraNamespaces != 0)
        arguments.append({QStringLiteral("namespace_quota"), QString::number(order.extraNamespaces)});
    if (order.extraRepositories != 0)
        arguments.append({QStringLiteral("repo_quota"), QString::number(order.extraRepositories)});
    if (order.vpcQuota != 0)
        arguments.append({QStringLiteral("vpc_quota"), QString::number(order.vpcQuota)});
    text += QStringLiteral("\nresource \"alicloud_cr_ee_instance\" \"%1\" {\n").arg(label);
    text += hclAttributes(arguments, 2);
    text += QStringLiteral("}\n");
    return text.toUtf8();
}

QByteArray rosTemplate(const InfraExportInput& input)
{
    const OrderSpec& order = input.order;
    const QString logicalId = rosLogicalId(order.instanceName);

    QJsonObject properties {
        {QStringLiteral("InstanceType"), order.edition},
        {QStringLiteral("InstanceName"), order.instanceName},
        {QStringLiteral("Period"), order.periodMonths},
        {QStringLiteral("RenewalStatus"),
         order.autoRenewal ? QStringLiteral("AutoRenewal") : QStringLiteral("ManualRenewal")},
        {QStringLiteral("ImageScanner"), order.imageScanner},
    };
    if (order.autoRenewal)
        properties.insert(QStringLiteral("RenewPeriod"), order.renewPeriodMonths);
    if (!order.defaultBucket)
        properties.insert(QStringLiteral("InstanceStorageName"), order.customBucket);
    QJsonObject resource {{QStringLiteral("Type"), QStringLiteral("ALIYUN::CR::Instance")},
                          {QStringLiteral("Properties"), properties}};

    const QStringList unmapped = unmappedValues(input, InfraFormat::Ros);
    QString description
        = QStringLiteral("ACR Enterprise Edition instance \"%1\" (%2, %3), exported by acr-purchase%4. ")
              .arg(oneLine(order.instanceName), oneLine(order.edition), oneLine(order.region),
                   input.origin.isEmpty() ? QString() : QStringLiteral(" from ") + oneLine(input.origin));
    QJsonObject metadata {{QStringLiteral("site"), siteId(order.site)},
                          {QStringLiteral("region"), order.region},
                          {QStringLiteral("notInTemplate"), QJsonArray::fromStringList(unmapped)}};
    if (input.isBought()) {
        // Kept when the stack is deleted: the instance was paid for outside the stack.
        resource.insert(QStringLiteral("DeletionPolicy"), QStringLiteral("Retain"));
        description += QStringLiteral("ALREADY BOUGHT: %1. Create the stack from existing resources (ROS resource "
                                      "import, LogicalResourceId %2, InstanceId %3) to adopt it: a plain stack "
                                      "creation buys a second instance. ")
                           .arg(purchaseFacts(input), logicalId, oneLine(input.instanceId));
        QJsonObject bought {{QStringLiteral("instanceId"), input.instanceId}};
        if (!input.orderId.isEmpty())
            bought.insert(QStringLiteral("orderId"), input.orderId);
        if (input.boughtOn.isValid())
            bought.insert(QStringLiteral("boughtOn"), input.boughtOn.toString(Qt::ISODate));
        metadata.insert(QStringLiteral("alreadyBought"), bought);
    } else {
        description += QStringLiteral("NOT BOUGHT: creating the stack buys this subscription, and it costs money. ");
    }
    description += QStringLiteral("Not in the template (no equivalent property): ") + unmapped.join(u' ');
    if (!input.origin.isEmpty())
        metadata.insert(QStringLiteral("origin"), input.origin);

    const QJsonObject document {
        {QStringLiteral("ROSTemplateFormatVersion"), QStringLiteral("2015-09-01")},
        {QStringLiteral("Description"), description},
        {QStringLiteral("Metadata"), QJsonObject {{QStringLiteral("acr-purchase"), metadata}}},
        {QStringLiteral("Resources"), QJsonObject {{logicalId, resource}}},
        {QStringLiteral("Outputs"),
         QJsonObject {{QStringLiteral("InstanceId"),
                       QJsonObject {{QStringLiteral("Value"),
                                     QJsonObject {{QStringLiteral("Fn::GetAtt"),
                                                   QJsonArray {logicalId, QStringLiteral("InstanceId")}}}}}}}},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

QByteArray infraExport(const InfraExportInput& input, InfraFormat format)
{
    return format == InfraFormat::Terraform ? terraformConfiguration(input) : rosTemplate(input);
}

} // namespace acrp
