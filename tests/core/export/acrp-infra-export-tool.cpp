// Writes every export case (ExportCases.h) to OUTDIR for tests/interop/hcl_export.js:
// NAME.tf, NAME.ros.json and NAME.case.json ({"order": {...order file keys...}, "instanceId"}),
// the order the parsed files are compared with.
#include "ExportCases.h"
#include "core/app/InfraExportService.h"
#include "core/order/OrderFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 2) {
        err << "usage: acrp-infra-export-tool OUTDIR\n";
        return 2;
    }
    const QDir out(args.at(1));
    for (const acrp::test::ExportCase& item : acrp::test::exportCases()) {
        const QJsonObject expectation {{QStringLiteral("order"), acrp::OrderFile::orderToJson(item.input.order)},
                                       {QStringLiteral("instanceId"), item.input.instanceId}};
        const QList<std::pair<QString, QByteArray>> files {
            {item.name + QStringLiteral(".tf"), acrp::terraformConfiguration(item.input)},
            {item.name + QStringLiteral(".ros.json"), acrp::rosTemplate(item.input)},
            {item.name + QStringLiteral(".case.json"), QJsonDocument(expectation).toJson()},
        };
        for (const auto& [name, text] : files) {
            QString error;
            if (!acrp::InfraExportService::writeFile(out.filePath(name), text, &error)) {
                err << error << '\n';
                return 1;
            }
        }
    }
    return 0;
}
