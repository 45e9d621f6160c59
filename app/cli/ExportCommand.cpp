#include "cli/ExportCommand.h"

#include "cli/Cli.h"
#include "cli/CommandSupport.h"
#include "core/app/InfraExportService.h"
#include "core/store/Journal.h"

#include <QCommandLineParser>

namespace acrp::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::cli::ExportCommand)
};

InfraExportResult exportSource(const QCommandLineParser& parser, InfraFormat format, CommandContext& context)
{
    if (!parser.isSet(QStringLiteral("journal-id")))
        return InfraExportService::fromOrderFile(parser.positionalArguments().constFirst(), format);
    Journal journal(journalPath(context));
    InfraExportResult result;
    if (!journal.open(&result.message)) {
        result.problem = InfraExportResult::Problem::Unreadable;
        return result;
    }
    return InfraExportService::fromJournal(journal, parser.value(QStringLiteral("journal-id")).toLongLong(), format);
}

} // namespace

int runExportCommand(const QStringList& args, CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Writes an order, or a journal order with the instance it bought, as infrastructure code: a "
                 "Terraform configuration (alicloud_cr_ee_instance; a bought instance gets an import block so "
                 "`terraform plan` adopts it) or a ROS template (ALIYUN::CR::Instance). No credentials are "
                 "written.\n"
                 "Exit codes: 0 written, 2 not a valid order, 5 usage or local error."));
    parser.addPositionalArgument(QStringLiteral("ORDER.json"), Text::tr("The order file (or use --journal-id)."),
                                 QStringLiteral("[ORDER.json]"));
    const QList<QCommandLineOption> options {
        {QStringLiteral("journal-id"), Text::tr("Export the journal's order N (see acr-purchase history)."),
         QStringLiteral("N")},
        {QStringLiteral("format"), Text::tr("terraform or ros."), QStringLiteral("terraform|ros")},
        {QStringLiteral("output"), Text::tr("Write to FILE (atomically) instead of standard output."),
         QStringLiteral("FILE")},
    };
    if (const auto done = parseArguments(parser, QStringLiteral("export"), options, args, context, false))
        return *done;

    const QStringList positional = parser.positionalArguments();
    const bool fromJournal = parser.isSet(QStringLiteral("journal-id"));
    if (fromJournal == (positional.size() == 1) || positional.size() > 1)
        return localError(context, false,
                          Text::tr("export needs one order file or --journal-id N (acr-purchase export "
                                   "ORDER.json|--journal-id N --format terraform|ros)."));
    bool numeric = false;
    if (fromJournal && (parser.value(QStringLiteral("journal-id")).toLongLong(&numeric) <= 0 || !numeric))
        return localError(context, false,
                          Text::tr("--journal-id needs a journal order number, not “%1”.")
                              .arg(parser.value(QStringLiteral("journal-id"))));
    InfraFormat format = InfraFormat::Terraform;
    if (!parser.isSet(QStringLiteral("format")))
        return localError(context, false, Text::tr("export needs --format terraform or --format ros."));
    if (!infraFormatFromId(parser.value(QStringLiteral("format")), &format))
        return localError(
            context, false,
            Text::tr("--format must be terraform or ros, not “%1”.").arg(parser.value(QStringLiteral("format"))));
    const QString output = parser.value(QStringLiteral("output"));
    if (parser.isSet(QStringLiteral("output")) && output.isEmpty())
        return localError(context, false, Text::tr("--output needs a file name."));

    InfraExportResult result = exportSource(parser, format, context);
    if (!output.isEmpty())
        InfraExportService::writeTo(result, output);
    if (result.problem == InfraExportResult::Problem::InvalidOrder) {
        context.err << result.message << '\n';
        for (OrderField field : result.validation.invalidFields())
            context.err << "  " << orderFieldKey(field) << ": " << result.validation.message(field) << '\n';
        return ExitInvalidOrder;
    }
    if (!result.ok())
        return localError(context, false, result.message);
    if (output.isEmpty()) {
        context.out << QString::fromUtf8(result.text);
        return ExitSuccess;
    }
    context.out << (format == InfraFormat::Terraform ? Text::tr("Wrote the Terraform configuration to %1.")
                                                     : Text::tr("Wrote the ROS template to %1."))
                       .arg(output)
                << '\n';
    if (result.input.isBought())
        context.out << Text::tr("It adopts the instance bought already (%1) instead of buying another one.")
                           .arg(result.input.instanceId)
                    << '\n';
    return ExitSuccess;
}

} // namespace acrp::cli
