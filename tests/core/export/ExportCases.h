#pragma once

// The orders the export's golden files are made from: between them every field of an order (both
// buckets, both scanners, every quota, manual and automatic renewal), both sites, and bought orders
// (with an instance to adopt). Shared by tst_infraexport (byte-for-byte against the goldens) and
// acrp-infra-export-tool (the files HashiCorp's HCL parser reads in tests/interop/hcl_export.js).
#include "core/export/InfraExport.h"

#include <QList>

namespace acrp::test {

struct ExportCase
{
    QString name; // the golden files are NAME.tf and NAME.ros.json
    InfraExportInput input;
};

inline QList<ExportCase> exportCases()
{
    QList<ExportCase> cases;

    InfraExportInput full;
    full.order.site = Site::China;
    full.order.edition = QStringLiteral("Advanced");
    full.order.instanceName = QStringLiteral("team-registry");
    full.order.region = QStringLiteral("cn-shanghai");
    full.order.defaultBucket = false;
    full.order.customBucket = QStringLiteral("team-registry-images");
    full.order.imageScanner = QStringLiteral("SAS");
    full.order.extraNamespaces = 10;
    full.order.extraRepositories = 1000;
    full.order.vpcQuota = 5;
    full.order.periodMonths = 12;
    full.order.autoRenewal = true;
    full.order.renewPeriodMonths = 12;
    full.origin = QStringLiteral("order file team-registry.json");
    cases.append({QStringLiteral("cn-every-field"), full});

    InfraExportInput standard;
    standard.order.site = Site::China;
    standard.order.edition = QStringLiteral("Standard");
    standard.order.instanceName = QStringLiteral("ci-cache");
    standard.order.region = QStringLiteral("cn-hangzhou");
    standard.order.periodMonths = 1;
    cases.append({QStringLiteral("cn-standard-defaults"), standard});

    InfraExportInput international;
    international.order.site = Site::International;
    international.order.edition = QStringLiteral("Basic");
    international.order.instanceName = QStringLiteral("sg-builds");
    international.order.region = QStringLiteral("ap-southeast-1");
    international.order.periodMonths = 3;
    international.order.autoRenewal = true;
    international.order.renewPeriodMonths = 1;
    international.order.extraNamespaces = 5;
    international.origin = QStringLiteral("template \"sg builds\"");
    cases.append({QStringLiteral("intl-basic"), international});

    InfraExportInput bought = full;
    bought.order.instanceName = QStringLiteral("prod-registry");
    bought.order.customBucket = QStringLiteral("prod-registry-images");
    bought.order.imageScanner = QStringLiteral("ACR");
    bought.instanceId = QStringLiteral("cri-7f3k2m9q1x8v4b6n");
    bought.orderId = QStringLiteral("218840770910412");
    bought.boughtOn = QDate(2026, 3, 1);
    bought.origin = QStringLiteral("journal order 7");
    cases.append({QStringLiteral("cn-bought"), bought});

    InfraExportInput boughtInternational = international;
    boughtInternational.order.edition = QStringLiteral("Advanced");
    boughtInternational.order.region = QStringLiteral("eu-central-1");
    boughtInternational.order.instanceName = QStringLiteral("eu-mirror");
    boughtInternational.order.autoRenewal = false;
    boughtInternational.order.renewPeriodMonths = 0;
    boughtInternational.order.vpcQuota = 2;
    boughtInternational.instanceId = QStringLiteral("cri-eu0mirror0000001");
    boughtInternational.orderId = QStringLiteral("9021887001");
    boughtInternational.boughtOn = QDate(2025, 12, 31);
    boughtInternational.origin = QStringLiteral("journal order 12");
    cases.append({QStringLiteral("intl-bought"), boughtInternational});

    return cases;
}

} // namespace acrp::test
