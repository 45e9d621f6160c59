#include "cli/AccountCommands.h"
#include "cli/Cli.h"
#include "cli/ClientOptions.h"
#include "cli/CommandServices.h"
#include "cli/CommandSupport.h"
#include "cli/OutcomeReport.h"
#include "core/Formatting.h"
#include "core/order/Catalog.h"
#include "core/order/RenewalSpec.h"
#include "core/store/AccountStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace acrp::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::cli::RenewCommand)

public:
    static QString description()
    {
        return tr("Renews the ACR Enterprise Edition instance INSTANCE_ID for --period months (BSS RenewInstance, "
                  "paid from the account’s balance). The renewal is written to the journal with its ClientToken "
                  "before anything is sent, so a retry or “acr-purchase resume” cannot renew twice.\n"
                  "Exit codes: 0 renewed, 2 invalid renewal, 3 refused by the service, 4 outcome unknown (run "
                  "resume), 5 usage or local error.");
    }
};

QString unavailableText(const Unavailable& unavailable)
{
    return unavailable.message.isEmpty() ? Text::tr("unavailable") : unavailable.message;
}

QString dateText(const QDateTime& time)
{
    return time.isValid() ? format::dateTime(time) : Text::tr("unknown (sync the account to see it)");
}

QJsonValue timeJson(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

// The Review of a renewal, for people (stderr) or as JSON: price, balance and the end dates.
QJsonObject quoteJson(const RenewalQuote& quote)
{
    QJsonObject object {{QStringLiteral("currentEndTime"), timeJson(quote.currentEndTime)},
                        {QStringLiteral("newEndTime"), timeJson(quote.newEndTime)},
                        {QStringLiteral("balanceTooLow"), quote.balanceTooLow()}};
    if (const auto* price = std::get_if<SubscriptionPrice>(&quote.price))
        object.insert(QStringLiteral("price"),
                      QJsonObject {{QStringLiteral("tradePrice"), price->tradePrice},
                                   {QStringLiteral("currency"), price->currency}});
    else
        object.insert(QStringLiteral("price"), QJsonValue());
    if (const auto* balance = std::get_if<AccountBalance>(&quote.balance))
        object.insert(QStringLiteral("balance"),
                      QJsonObject {{QStringLiteral("availableAmount"), balance->availableAmount},
                                   {QStringLiteral("currency"), balance->currency}});
    else
        object.insert(QStringLiteral("balance"), QJsonValue());
    return object;
}

void printQuote(CommandContext& context, const RenewalSpec& renewal, const Endpoint& endpoint,
                const RenewalQuote& quote)
{
    QTextStream& err = context.err;
    err << Text::tr("Renewal of %1 for %n month(s) at %2", nullptr, renewal.periodMonths)
               .arg(renewal.instanceId, endpoint.displayName())
        << '\n';
    if (const auto* price = std::get_if<SubscriptionPrice>(&quote.price))
        err << "  " << Text::tr("Price: %1").arg(format::money(price->tradePrice, price->currency)) << '\n';
    else
        err << "  " << Text::tr("Price: %1").arg(unavailableText(std::get<Unavailable>(quote.price))) << '\n';
    if (const auto* balance = std::get_if<AccountBalance>(&quote.balance))
        err << "  " << Text::tr("Balance: %1").arg(format::money(balance->availableAmount, balance->currency)) << '\n';
    else
        err << "  " << Text::tr("Balance: %1").arg(unavailableText(std::get<Unavailable>(quote.balance))) << '\n';
    if (quote.balanceTooLow())
        err << "  " << Text::tr("The balance is below the price: the service will refuse the renewal.") << '\n';
    err << "  " << Text::tr("Ends now: %1").arg(dateText(quote.currentEndTime)) << '\n';
    err << "  " << Text::tr("Ends after the renewal: %1").arg(dateText(quote.newEndTime)) << '\n';
    err.flush();
}

bool confirm(CommandContext& context)
{
    context.err << Text::tr("Type “yes” to renew and pay: ");
    context.err.flush();
    const QString answer = context.in.readLine().trimmed().toLower();
    return answer == u"yes" || answer == u"y";
}

} // namespace

int runRenewCommand(const QStringList& args, CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::description());
    parser.addPositionalArgument(QStringLiteral("INSTANCE_ID"), Text::tr("The instance to renew (cri-…)."));
    const QList<QCommandLineOption> options = QList<QCommandLineOption> {
        {QStringLiteral("period"), Text::tr("Months to renew for: 1 to 9, 12, 24 or 36."), QStringLiteral("N")},
        {QStringLiteral("endpoint"),
         Text::tr("Where the instance is: sandbox (default, no charge), cn, intl, or an http(s) URL."),
         QStringLiteral("sandbox|cn|intl|URL"), QStringLiteral("sandbox")},
        {QStringLiteral("profile"), Text::tr("Use the credentials of this profile."), QStringLiteral("NAME")},
        siteOption(),
        {QStringLiteral("yes"), Text::tr("Do not ask before renewing on a real endpoint.")},
        {QStringLiteral("json"), Text::tr("Print one JSON object.")},
    } + ClientOptions::options();
    const bool json = args.contains(QStringLiteral("--json"));
    if (const auto done = parseArguments(parser, QStringLiteral("renew"), options, args, context, json))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return localError(context, json,
                          Text::tr("renew needs exactly one instance ID (acr-purchase renew cri-… --period N)."));
    if (!parser.isSet(QStringLiteral("period")))
        return localError(context, json, Text::tr("renew needs --period N (months: 1 to 9, 12, 24 or 36)."));
    ClientSettings settings;
    QString error;
    if (!ClientOptions::readOptions(parser, &settings, &error))
        return localError(context, json, error);
    const std::optional<Endpoint> endpoint = Endpoint::parse(parser.value(QStringLiteral("endpoint")), &error);
    if (!endpoint)
        return localError(context, json, error);

    RenewalSpec renewal;
    renewal.instanceId = positional.first().trimmed();
    bool numeric = false;
    renewal.periodMonths = parser.value(QStringLiteral("period")).trimmed().toInt(&numeric);
    if (!numeric)
        renewal.periodMonths = 0; // not a number: the period rule words it
    const RenewalValidation validation = validateRenewal(renewal);
    if (!validation.isValid()) {
        const QStringList problems = validation.messages();
        if (json) {
            QJsonArray list;
            for (const QString& problem : problems)
                list.append(problem);
            printJson(
                context.out,
                QJsonObject {{QStringLiteral("kind"), orderKindId(OrderKind::Renew)},
                             {QStringLiteral("state"), orderStateId(OrderState::Draft)},
                             {QStringLiteral("error"),
                              QJsonObject {{QStringLiteral("kind"), ApiError::kindId(ApiError::Kind::InvalidOrder)},
                                           {QStringLiteral("code"), QStringLiteral("InvalidRenewal")},
                                           {QStringLiteral("problems"), list}}}});
        } else {
            context.err << Text::tr("The renewal is not valid; nothing was sent:") << '\n';
            for (const QString& problem : problems)
                context.err << "  " << problem << '\n';
        }
        return ExitInvalidOrder;
    }

    CommandServices services(context, settings);
    if (!services.openJournal(&error))
        return localError(context, json, error);
    // What the last sync knows of the instance (its site, region, edition and name), or else the
    // journal's order that bought or renewed it.
    const std::optional<AccountInstance> known = AccountStore(&services.journal()).instance(renewal.instanceId);
    std::optional<Site> knownSite;
    if (known) {
        if (const SiteInfo* site = Catalog::builtIn().siteByProductType(known->productType))
            knownSite = site->site;
    } else if (const QList<JournalEntry> touching = services.journal().entriesTouching({renewal.instanceId}, {});
               !touching.isEmpty()) {
        knownSite = touching.first().site;
    }
    const QString profile = parser.value(QStringLiteral("profile"));
    const std::optional<Site> site = accountSite(parser, services, profile, *endpoint, knownSite, &error);
    if (!site)
        return localError(context, json, error);
    if (known)
        renewal = renewalOf(*known, *site, renewal.periodMonths);
    renewal.site = *site;

    const RenewalQuote quote = CommandServices::waitFor<RenewalQuote>(
        [&](QObject* scope, auto done) { services.orders().quoteRenewal(renewal, profile, *endpoint, scope, done); });
    if (!json)
        printQuote(context, renewal, *endpoint, quote);

    if (const auto refused = confirmSpending(
            context, json, parser.isSet(QStringLiteral("yes")), *endpoint,
            Text::tr("%1 is a real endpoint and renewing there costs money. Nothing was sent: pass --yes to confirm "
                     "without a question.")
                .arg(endpoint->displayName()),
            [&] { return confirm(context); }))
        return *refused;

    OrderHandle* handle = services.orders().renew(renewal, profile, *endpoint);
    CommandServices::showProgress(handle, context, json,
                                  Text::tr("Renewal saved as journal #%1 with ClientToken %2; sending to %3."));
    const OrderResult outcome = CommandServices::wait(handle);
    if (json) {
        QJsonObject object = OutcomeReport::toJson(outcome);
        object.insert(QStringLiteral("quote"), quoteJson(quote));
        printJson(context.out, object);
    } else {
        OutcomeReport::print(outcome, context.out, context.err);
        if (outcome.isPaid() && quote.newEndTime.isValid())
            context.out << "  "
                        << Text::tr("Ends: %1 (as the last sync and this renewal make it; run “acr-purchase "
                                    "sync” to read it from the service)")
                               .arg(format::dateTime(quote.newEndTime))
                        << '\n';
    }
    return OutcomeReport::exitCode(outcome);
}

} // namespace acrp::cli
