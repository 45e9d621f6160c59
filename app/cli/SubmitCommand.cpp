#include "cli/SubmitCommand.h"

#include "cli/Cli.h"
#include "cli/ClientOptions.h"
#include "cli/CommandServices.h"
#include "cli/CommandSupport.h"
#include "cli/OutcomeReport.h"
#include "core/order/OrderFile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace acrp::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::cli::SubmitCommand)

public:
    static QString description()
    {
        return tr("Buys the instance described by ORDER.json (an acr-purchase/order file).\n"
                  "The order is written to the journal with its ClientToken before anything is sent.\n"
                  "Exit codes: 0 bought, 2 invalid order, 3 refused by the service, 4 outcome unknown "
                  "(run resume), 5 usage or local error.");
    }
};

// The request as it would be sent: the application layer signs it and masks the secrets (the
// security token; the AccessKey secret is never part of a request). The AccessKeyId and the
// signature are shown.
int dryRun(CommandContext& context, bool json, const RequestPreview& preview)
{
    if (!preview.ok())
        return localError(context, json, preview.message);
    const SignedRequest& request = preview.request;
    if (json) {
        QJsonArray headers;
        for (const auto& [name, value] : request.headers)
            headers.append(QJsonObject {{QStringLiteral("name"), QString::fromLatin1(name)},
                                        {QStringLiteral("value"), QString::fromUtf8(value)}});
        printJson(context.out,
                  QJsonObject {{QStringLiteral("dryRun"), true},
                               {QStringLiteral("endpoint"), preview.endpoint.id()},
                               {QStringLiteral("method"), QString::fromLatin1(request.method)},
                               {QStringLiteral("url"), QString::fromUtf8(request.url)},
                               {QStringLiteral("headers"), headers},
                               {QStringLiteral("body"), QString::fromUtf8(request.body)},
                               {QStringLiteral("clientToken"), preview.clientToken},
                               {QStringLiteral("accessKeyId"), preview.accessKeyId},
                               {QStringLiteral("stringToSign"), QString::fromUtf8(request.stringToSign)}});
        return ExitSuccess;
    }
    context.err << Text::tr("Dry run: this is the request that would be sent to %1; nothing was sent. A real "
                            "submit uses a new ClientToken and a fresh signature.")
                       .arg(preview.endpoint.displayName())
                << '\n';
    context.out << request.method << ' ' << request.url << '\n';
    for (const auto& [name, value] : request.headers)
        context.out << name << ": " << value << '\n';
    context.out << '\n';
    if (!request.body.isEmpty())
        context.out << request.body << '\n';
    return ExitSuccess;
}

bool confirm(CommandContext& context, const Endpoint& endpoint, const OrderSpec& order)
{
    context.err
        << Text::tr("You are about to buy on %1, paid by the account of these credentials:").arg(endpoint.displayName())
        << '\n'
        << "  "
        << Text::tr("%1 edition instance “%2” in %3, %n month(s)", nullptr, order.periodMonths)
               .arg(order.edition, order.instanceName, order.region)
        << '\n'
        << Text::tr("Type “yes” to buy: ");
    context.err.flush();
    const QString answer = context.in.readLine().trimmed().toLower();
    return answer == u"yes" || answer == u"y";
}

} // namespace

int runSubmitCommand(const QStringList& args, CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::description());
    parser.addPositionalArgument(QStringLiteral("ORDER.json"), Text::tr("The order file."));
    const QList<QCommandLineOption> options = QList<QCommandLineOption> {
        {QStringLiteral("endpoint"), Text::tr("Where to buy: sandbox (default, no charge), cn, intl, or an http(s) URL."),
         QStringLiteral("sandbox|cn|intl|URL"), QStringLiteral("sandbox")},
        {QStringLiteral("profile"), Text::tr("Use the credentials of this profile."), QStringLiteral("NAME")},
        {QStringLiteral("dry-run"), Text::tr("Print the exact request instead of sending it.")},
        {QStringLiteral("yes"), Text::tr("Do not ask before buying on a real endpoint.")},
        {QStringLiteral("json"), Text::tr("Print one JSON object.")},
    } + ClientOptions::options();
    const bool json = args.contains(QStringLiteral("--json"));

    if (const auto done = parseArguments(parser, QStringLiteral("submit"), options, args, context, json))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return localError(context, json,
                          Text::tr("submit needs exactly one order file (acr-purchase submit ORDER.json)."));
    ClientSettings settings;
    QString error;
    if (!ClientOptions::readOptions(parser, &settings, &error))
        return localError(context, json, error);
    std::optional<Endpoint> endpoint = Endpoint::parse(parser.value(QStringLiteral("endpoint")), &error);
    if (!endpoint)
        return localError(context, json, error);

    // The order: unreadable file is a local error; a file that is not a valid order is exit 2.
    QFile file(positional.first());
    if (!file.open(QIODevice::ReadOnly))
        return localError(context, json, Text::tr("Cannot read %1: %2").arg(positional.first(), file.errorString()));
    const std::optional<OrderSpec> order = OrderFile::parse(file.readAll(), &error);
    if (!order) {
        const QString message = Text::tr("%1 is not a valid order file: %2").arg(positional.first(), error);
        if (json)
            printJson(
                context.out,
                QJsonObject {{QStringLiteral("state"), orderStateId(OrderState::Draft)},
                             {QStringLiteral("error"),
                              QJsonObject {{QStringLiteral("kind"), ApiError::kindId(ApiError::Kind::InvalidOrder)},
                                           {QStringLiteral("code"), QStringLiteral("InvalidOrderFile")},
                                           {QStringLiteral("message"), message}}}});
        else
            context.err << message << '\n';
        return ExitInvalidOrder;
    }
    const ValidationResult validation = Validator().validate(*order);
    if (!validation.isValid()) {
        OrderResult invalid;
        invalid.kind = OrderResult::Kind::InvalidOrder;
        invalid.validation = validation;
        if (json)
            printJson(context.out, OutcomeReport::toJson(invalid));
        else
            OutcomeReport::print(invalid, context.out, context.err);
        return ExitInvalidOrder;
    }
    if (endpoint->site() && *endpoint->site() != order->site)
        return localError(context, json,
                          Text::tr("The order is for the %1 site but the endpoint is %2. Use --endpoint %1.")
                              .arg(siteId(order->site), endpoint->displayName()));

    const QString profile = parser.value(QStringLiteral("profile"));
    const bool dry = parser.isSet(QStringLiteral("dry-run"));
    CommandServices services(context, settings, !dry);
    if (dry) {
        return dryRun(context, json, CommandServices::waitFor<RequestPreview>([&](QObject* scope, auto done) {
                          services.orders().preview(*order, profile, *endpoint, scope, done);
                      }));
    }

    if (const auto refused = confirmSpending(
            context, json, parser.isSet(QStringLiteral("yes")), *endpoint,
            Text::tr("%1 is a real endpoint and buying there costs money. Nothing was sent: pass --yes to confirm "
                     "without a question.")
                .arg(endpoint->displayName()),
            [&] { return confirm(context, *endpoint, *order); }))
        return *refused;

    if (!services.openJournal(&error))
        return localError(context, json, error);
    const int pending = services.journal().pending().size();
    if (pending > 0 && !json)
        context.err << Text::tr("Note: %n earlier order(s) have no final outcome yet; run “acr-purchase resume”.",
                                nullptr, pending)
                    << '\n';

    OrderHandle* handle = services.orders().submit(*order, profile, *endpoint);
    CommandServices::showProgress(handle, context, json,
                                  Text::tr("Order saved as journal #%1 with ClientToken %2; sending to %3."));
    OrderResult outcome = CommandServices::wait(handle);

    // Paid is not the same as ready: ask once how provisioning goes (best effort).
    if (outcome.isPaid()) {
        const StatusRefresh status = CommandServices::waitFor<StatusRefresh>(
            [&](QObject* scope, auto done) { services.orders().refreshStatus(outcome.journalId, scope, done); });
        if (!status.instanceStatus.isEmpty()) {
            outcome.provisioningStatus = status.instanceStatus;
            if (status.instanceStatus == u"RUNNING")
                outcome.kind = OrderResult::Kind::Bought;
        }
    }

    if (json)
        printJson(context.out, OutcomeReport::toJson(outcome));
    else
        OutcomeReport::print(outcome, context.out, context.err);
    return OutcomeReport::exitCode(outcome);
}

} // namespace acrp::cli
