#include "cli/TemplatesCommand.h"

#include "cli/Cli.h"
#include "cli/CommandSupport.h"
#include "core/order/OrderFile.h"
#include "core/store/Journal.h"
#include "core/store/TemplateStore.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace acrp::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::cli::TemplatesCommand)

public:
    static QString description()
    {
        return tr("Order templates, kept next to the order journal.\n"
                  "  list                List the templates.\n"
                  "  export NAME FILE    Write a template as an order file (FILE - : standard output).\n"
                  "  import FILE...      Add a template from each order file, named after the file.\n"
                  "Exit codes: 0 done, 2 a file was not imported, 5 usage or local error.");
    }
};

int list(const QStringList& args, CommandContext& context, bool json)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Lists the order templates by name."));
    if (const auto done
        = parseArguments(parser, QStringLiteral("templates list"),
                         {{QStringLiteral("json"), Text::tr("Print one JSON object: {\"templates\": [...]}.")}}, args,
                         context, json))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return localError(context, json, Text::tr("templates list takes no arguments besides its options."));
    Journal journal(journalPath(context));
    QString error;
    if (!journal.open(&error))
        return localError(context, json, error);
    const QList<OrderTemplate> templates = TemplateStore(journal).list();
    if (json) {
        QJsonArray array;
        for (const OrderTemplate& item : templates)
            array.append(item.toJson());
        printJson(context.out, QJsonObject {{QStringLiteral("templates"), array}});
        return ExitSuccess;
    }
    if (templates.isEmpty()) {
        context.out << Text::tr("No templates yet.") << '\n';
        return ExitSuccess;
    }
    QList<QStringList> rows {{Text::tr("NAME"), Text::tr("SITE"), Text::tr("EDITION"), Text::tr("INSTANCE"),
                              Text::tr("REGION"), Text::tr("PERIOD")}};
    for (const OrderTemplate& item : templates) {
        const OrderSpec& order = item.order;
        rows.append({item.name, siteId(order.site), order.edition, order.instanceName, order.region,
                     Text::tr("%n month(s)", nullptr, order.periodMonths)});
    }
    for (const QString& line : tableLines(rows))
        context.out << line << '\n';
    return ExitSuccess;
}

int exportTemplate(const QStringList& args, CommandContext& context, bool json)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Writes the template NAME as an order file to FILE, or to standard output when FILE is -."));
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The template (any case)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The order file to write, or -."));
    if (const auto done
        = parseArguments(parser, QStringLiteral("templates export"),
                         {{QStringLiteral("json"), Text::tr("Print one JSON object (with FILE -: the order file).")}},
                         args, context, json))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return localError(context, json,
                          Text::tr("templates export needs a template name and a file (acr-purchase templates "
                                   "export NAME FILE)."));
    Journal journal(journalPath(context));
    QString error;
    if (!journal.open(&error))
        return localError(context, json, error);
    const TemplateStore store(journal);
    const std::optional<OrderTemplate> item = store.byName(positional.at(0));
    if (!item)
        return localError(context, json, Text::tr("There is no template named “%1”.").arg(positional.at(0)));
    const QString& file = positional.at(1);
    if (file == u"-") {
        // The order file itself is JSON; it is the output with or without --json.
        context.out << QString::fromUtf8(OrderFile::serialize(item->order));
        context.out.flush();
        return ExitSuccess;
    }
    if (!store.exportToFile(item->id, file, &error))
        return localError(context, json, error);
    if (json)
        printJson(context.out, QJsonObject {{QStringLiteral("name"), item->name}, {QStringLiteral("file"), file}});
    else
        context.out << Text::tr("Exported template “%1” to %2.").arg(item->name, file) << '\n';
    return ExitSuccess;
}

int importTemplates(const QStringList& args, CommandContext& context, bool json)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Adds a template from each order file, named after the file (prod.json: prod). Each file is "
                 "imported whole or not at all."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("Order files."), QStringLiteral("FILE..."));
    if (const auto done
        = parseArguments(parser, QStringLiteral("templates import"),
                         {{QStringLiteral("json"),
                           Text::tr("Print one JSON object: {\"files\": [...], \"imported\": N, \"rejected\": N}.")}},
                         args, context, json))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return localError(context, json,
                          Text::tr("templates import needs at least one order file (acr-purchase templates import "
                                   "FILE...)."));
    Journal journal(journalPath(context));
    QString error;
    if (!journal.open(&error))
        return localError(context, json, error);
    const QList<TemplateImportResult> results = TemplateStore(journal).importFiles(files);
    QJsonArray array;
    int rejected = 0;
    for (const TemplateImportResult& result : results) {
        QJsonObject object {{QStringLiteral("file"), result.file},
                            {QStringLiteral("name"), result.name},
                            {QStringLiteral("imported"), result.ok()}};
        if (result.ok()) {
            object.insert(QStringLiteral("id"), result.id);
            if (!json)
                context.out << Text::tr("Imported %1 as template “%2”.").arg(result.file, result.name) << '\n';
        } else {
            ++rejected;
            object.insert(QStringLiteral("error"), result.error);
            if (!json)
                context.err << result.error << '\n';
        }
        array.append(object);
    }
    if (json)
        printJson(context.out,
                  QJsonObject {{QStringLiteral("files"), array},
                               {QStringLiteral("imported"), int(results.size()) - rejected},
                               {QStringLiteral("rejected"), rejected}});
    return rejected > 0 ? int(ExitInvalidOrder) : int(ExitSuccess);
}

} // namespace

int runTemplatesCommand(const QStringList& args, CommandContext& context)
{
    const bool json = args.contains(QStringLiteral("--json"));
    const QString action = args.value(0);
    const QStringList rest = args.mid(1);
    if (action == u"list")
        return list(rest, context, json);
    if (action == u"export")
        return exportTemplate(rest, context, json);
    if (action == u"import")
        return importTemplates(rest, context, json);
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::description());
    parser.addPositionalArgument(QStringLiteral("ACTION"), Text::tr("list, export or import."),
                                 QStringLiteral("list|export|import"));
    if (const auto done
        = parseArguments(parser, QStringLiteral("templates"),
                         {{QStringLiteral("json"), Text::tr("Print one JSON object.")}}, args, context, json))
        return *done;
    if (action.isEmpty() || action.startsWith(u'-'))
        return localError(context, json, Text::tr("templates needs an action: list, export or import."));
    return unknownWordError(context, json, UnknownWord::Action, QStringLiteral("acr-purchase templates"), action,
                            {QStringLiteral("list"), QStringLiteral("export"), QStringLiteral("import")});
}

} // namespace acrp::cli
