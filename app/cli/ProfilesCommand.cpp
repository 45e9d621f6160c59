#include "cli/ProfilesCommand.h"

#include "cli/Cli.h"
#include "cli/CommandServices.h"
#include "cli/CommandSupport.h"
#include "cli/EmbeddedSandbox.h"
#include "core/api/ErrorExplanation.h"
#include "core/app/ClientFactory.h"
#include "core/store/CredentialCheck.h"
#include "core/store/CredentialImport.h"
#include "core/store/CredentialRules.h"
#include "core/store/CredentialStore.h"
#include "core/store/Profiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

namespace acrp::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::cli::ProfilesCommand)

public:
    static QString nameHeader() { return tr("NAME"); }
    static QString siteHeader() { return tr("SITE"); }
    static QString modeHeader() { return tr("MODE"); }
    static QString keyHeader() { return tr("ACCESS KEY ID"); }
    static QString roleHeader() { return tr("ROLE"); }
    static QString regionHeader() { return tr("DEFAULT REGION"); }
    static QString builtIn() { return tr("(built-in)"); }
    static QString description()
    {
        return tr("The credential profiles. Secrets stay in the keychain and are never shown.\n"
                  "  list                List the profiles (also without an action).\n"
                  "  add NAME            Add a profile; the secret is read from standard input.\n"
                  "  import              Import the aliyun CLI's profiles or the ALIBABA_CLOUD_* variables.\n"
                  "  check NAME          Check a profile's credentials with the service.");
    }
};

QJsonObject toJson(const Profile& profile)
{
    QJsonObject object {
        {QStringLiteral("name"), profile.name},
        {QStringLiteral("site"), siteId(profile.site)},
        {QStringLiteral("mode"), credentialModeId(profile.mode)},
        {QStringLiteral("accessKeyId"), profile.accessKeyId},
        {QStringLiteral("defaultRegion"), profile.defaultRegion},
        {QStringLiteral("builtIn"), profile.builtIn},
    };
    if (profile.mode == CredentialMode::RamRoleArn) {
        object.insert(QStringLiteral("role"),
                      QJsonObject {{QStringLiteral("roleArn"), profile.role.roleArn},
                                   {QStringLiteral("sessionName"), profile.role.sessionName},
                                   {QStringLiteral("externalId"), profile.role.externalId},
                                   {QStringLiteral("durationSeconds"), profile.role.durationSeconds}});
    }
    return object;
}

QString roleCell(const Profile& profile)
{
    return profile.mode == CredentialMode::RamRoleArn ? profile.role.roleArn : QString();
}

int list(const QStringList& args, const Profiles& profiles, CommandContext& context, bool json)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Lists the credential profiles. Secrets stay in the keychain and are never shown."));
    if (const auto done = parseArguments(
            parser, QStringLiteral("profiles"),
            {{QStringLiteral("json"), Text::tr("Print one JSON object: {\"profiles\": [...]}.")}}, args, context, json))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return localError(context, json, Text::tr("profiles list takes no arguments besides its options."));
    const QList<Profile> all = profiles.profiles();
    if (json) {
        QJsonArray array;
        for (const Profile& profile : all)
            array.append(toJson(profile));
        printJson(context.out, QJsonObject {{QStringLiteral("profiles"), array}});
        return ExitSuccess;
    }
    QList<QStringList> rows {{Text::nameHeader(), Text::siteHeader(), Text::modeHeader(), Text::keyHeader(),
                              Text::roleHeader(), Text::regionHeader()}};
    for (const Profile& profile : all) {
        rows.append({profile.builtIn ? profile.name + u' ' + Text::builtIn() : profile.name, siteId(profile.site),
                     credentialModeId(profile.mode), profile.accessKeyId, roleCell(profile), profile.defaultRegion});
    }
    for (const QString& line : tableLines(rows))
        context.out << line << '\n';
    context.out.flush();
    return ExitSuccess;
}

// Runs a keychain operation to its end.
CredentialStatus waitFor(CredentialReply* reply, QString* message)
{
    QEventLoop loop;
    CredentialStatus status = CredentialStatus::Failed;
    CredentialReply::onFinished(reply, &loop, [&](const CredentialReply& done) {
        status = done.status();
        *message = done.message();
        loop.quit();
    });
    loop.exec();
    return status;
}

// Stores `secret` under the profile's name, then saves the profile's settings (the keychain first:
// a profile without its secret would be useless). False with *error when either fails; then
// neither is kept.
bool saveWithSecret(Profiles& profiles, CredentialStore& store, const Profile& profile, const StoredSecret& secret,
                    QString* error)
{
    if (waitFor(store.store(profile.name, secret), error) != CredentialStatus::Ok)
        return false;
    if (profiles.save(profile, QString(), error))
        return true;
    QString ignored;
    waitFor(store.remove(profile.name), &ignored);
    return false;
}

std::optional<Site> siteOption(const QCommandLineParser& parser, QString* error)
{
    Site site = Site::China;
    if (parser.isSet(QStringLiteral("site")) && !siteFromId(parser.value(QStringLiteral("site")), &site)) {
        *error = Text::tr("--site must be cn or intl, not “%1”.").arg(parser.value(QStringLiteral("site")));
        return std::nullopt;
    }
    return site;
}

std::optional<CredentialMode> modeOption(const QString& text, QString* error)
{
    const QString value = text.toLower();
    if (value.isEmpty() || value == u"ak" || value == u"accesskey")
        return CredentialMode::AccessKey;
    if (value == u"sts" || value == u"ststoken")
        return CredentialMode::StsToken;
    if (value == u"ram-role" || value == u"ramrolearn")
        return CredentialMode::RamRoleArn;
    *error = Text::tr("--mode must be ak, sts or ram-role, not “%1”.").arg(text);
    return std::nullopt;
}

int add(const QStringList& args, Profiles& profiles, CredentialStore& store, CommandContext& context, bool json)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Adds a credential profile. The AccessKey secret is read from standard input (the first line; for "
                 "--mode sts the security token on the second line), never from the command line, and goes to the "
                 "keychain. A RAM role profile assumes its role with this AccessKey before each purchase."));
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The profile's name."));
    const QList<QCommandLineOption> options = {
        {QStringLiteral("access-key-id"), Text::tr("The AccessKey ID."), QStringLiteral("ID")},
        {QStringLiteral("site"), Text::tr("The account's site: cn (default) or intl."), QStringLiteral("cn|intl")},
        {QStringLiteral("mode"), Text::tr("ak (default), sts (with a security token) or ram-role (assume a RAM role)."),
         QStringLiteral("ak|sts|ram-role")},
        {QStringLiteral("role-arn"), Text::tr("ram-role: the role to assume, acs:ram::ACCOUNT:role/NAME."),
         QStringLiteral("ARN")},
        {QStringLiteral("session-name"),
         Text::tr("ram-role: the role session's name (default %1).").arg(RoleSettings::kDefaultSessionName),
         QStringLiteral("NAME")},
        {QStringLiteral("external-id"), Text::tr("ram-role: the external ID the role demands, if any."),
         QStringLiteral("ID")},
        {QStringLiteral("duration"),
         Text::tr("ram-role: how long the temporary credentials last, %1-%2 seconds (default %3).")
             .arg(RoleSettings::kMinDurationSeconds)
             .arg(RoleSettings::kMaxDurationSeconds)
             .arg(RoleSettings::kDefaultDurationSeconds),
         QStringLiteral("SECONDS")},
        {QStringLiteral("region"), Text::tr("The default region, e.g. cn-shanghai."), QStringLiteral("REGION")},
        {QStringLiteral("json"), Text::tr("Print one JSON object: {\"profile\": {...}}.")},
    };
    if (const auto done = parseArguments(parser, QStringLiteral("profiles add"), options, args, context, json))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return localError(context, json, Text::tr("profiles add needs one profile name."));
    QString error;
    const std::optional<Site> site = siteOption(parser, &error);
    const std::optional<CredentialMode> mode
        = site ? modeOption(parser.value(QStringLiteral("mode")), &error) : std::nullopt;
    if (!mode)
        return localError(context, json, error);

    Profile profile;
    profile.name = parser.positionalArguments().constFirst();
    profile.site = *site;
    profile.mode = *mode;
    profile.accessKeyId = CredentialRules::cleaned(parser.value(QStringLiteral("access-key-id")));
    profile.defaultRegion = parser.value(QStringLiteral("region")).trimmed();
    static const QStringList roleOptions = {QStringLiteral("role-arn"), QStringLiteral("session-name"),
                                            QStringLiteral("external-id"), QStringLiteral("duration")};
    QStringList problems;
    if (*mode == CredentialMode::RamRoleArn) {
        profile.role.roleArn = parser.value(QStringLiteral("role-arn")).trimmed();
        if (parser.isSet(QStringLiteral("session-name")))
            profile.role.sessionName = parser.value(QStringLiteral("session-name")).trimmed();
        profile.role.externalId = parser.value(QStringLiteral("external-id")).trimmed();
        if (parser.isSet(QStringLiteral("duration"))) {
            bool ok = false;
            profile.role.durationSeconds = parser.value(QStringLiteral("duration")).trimmed().toInt(&ok);
            if (!ok)
                profile.role.durationSeconds = -1; // reported by the duration rule
        }
    } else {
        for (const QString& option : roleOptions) {
            if (parser.isSet(option))
                problems.append(Text::tr("--%1 is for RAM role profiles (--mode ram-role) only.").arg(option));
        }
    }
    problems += profiles.validate(profile);

    // The secret comes from standard input, never the command line (where any user could see it).
    if (context.stdinIsTerminal)
        return localError(context, json,
                          Text::tr("profiles add reads the AccessKey secret from standard input, which is a terminal "
                                   "here where typing it would show it: pipe it in, for example from a password "
                                   "manager."));
    StoredSecret secret;
    secret.accessKeySecret = CredentialRules::cleaned(context.in.readLine());
    if (const QString problem = CredentialRules::secretProblem(secret.accessKeySecret); !problem.isEmpty())
        problems.append(problem);
    if (*mode == CredentialMode::StsToken) {
        secret.securityToken = CredentialRules::cleaned(context.in.readLine());
        if (const QString problem = CredentialRules::securityTokenProblem(secret.securityToken); !problem.isEmpty())
            problems.append(problem);
    }
    if (!problems.isEmpty())
        return localError(context, json, problems.join(u'\n'));
    if (!saveWithSecret(profiles, store, profile, secret, &error))
        return localError(context, json, error);
    if (json) {
        printJson(context.out, QJsonObject {{QStringLiteral("profile"), toJson(profile)}});
        return ExitSuccess;
    }
    context.out << Text::tr("Profile “%1” saved; its secret is in the keychain.").arg(profile.name) << '\n';
    if (profile.mode == CredentialMode::RamRoleArn)
        context.out << Text::tr("It assumes %1 before each call.").arg(profile.role.roleArn) << '\n';
    context.out.flush();
    return ExitSuccess;
}

int importProfiles(const QStringList& args, Profiles& profiles, CredentialStore& store, CommandContext& context,
                   bool json)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Imports credentials kept by the Alibaba Cloud tools: the aliyun CLI's profiles of mode AK, "
                 "StsToken, RamRoleArn and ChainableRamRoleArn (with an AK source profile), or the ALIBABA_CLOUD_* "
                 "environment variables. Secrets go to the keychain. Profiles that cannot be imported are listed "
                 "with the reason."));
    const QList<QCommandLineOption> options = {
        {QStringLiteral("from"), Text::tr("aliyun (default) or env."), QStringLiteral("aliyun|env")},
        {QStringLiteral("file"),
         Text::tr("The aliyun CLI configuration (default %1).")
             .arg(QDir::toNativeSeparators(CredentialImport::aliyunConfigPath())),
         QStringLiteral("PATH")},
        {QStringLiteral("site"),
         Text::tr("The site of the imported accounts: cn (default) or intl (the aliyun CLI does not record it)."),
         QStringLiteral("cn|intl")},
        {QStringLiteral("json"), Text::tr("Print one JSON object: {\"imported\": [...], \"skipped\": [...]}.")},
    };
    if (const auto done = parseArguments(parser, QStringLiteral("profiles import"), options, args, context, json))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return localError(context, json, Text::tr("profiles import takes no arguments besides its options."));
    QString error;
    const std::optional<Site> site = siteOption(parser, &error);
    if (!site)
        return localError(context, json, error);
    const QString from = parser.value(QStringLiteral("from")).toLower();
    ImportResult source;
    if (from.isEmpty() || from == u"aliyun")
        source = CredentialImport::fromAliyunConfigFile(parser.isSet(QStringLiteral("file"))
                                                            ? parser.value(QStringLiteral("file"))
                                                            : CredentialImport::aliyunConfigPath());
    else if (from == u"env")
        source = CredentialImport::fromEnvironment(context.environment);
    else
        return localError(
            context, json,
            Text::tr("--from must be aliyun or env, not “%1”.").arg(parser.value(QStringLiteral("from"))));
    if (!source.ok)
        return localError(context, json, source.error);

    QJsonArray imported;
    QJsonArray skipped;
    for (const ImportCandidate& candidate : std::as_const(source.candidates)) {
        QString reason = candidate.reason;
        if (candidate.supported) {
            const Profile profile = candidate.toProfile(profiles.uniqueName(candidate.sourceName), *site);
            if (saveWithSecret(profiles, store, profile, candidate.secret, &reason)) {
                imported.append(QJsonObject {{QStringLiteral("source"), candidate.sourceName},
                                             {QStringLiteral("sourceMode"), candidate.sourceMode},
                                             {QStringLiteral("profile"), toJson(profile)}});
                if (!json)
                    context.out << Text::tr("Imported %1 (%2) as profile “%3”.")
                                       .arg(candidate.sourceName, candidate.sourceMode, profile.name)
                                << '\n';
                continue;
            }
        }
        skipped.append(QJsonObject {{QStringLiteral("source"), candidate.sourceName},
                                    {QStringLiteral("sourceMode"), candidate.sourceMode},
                                    {QStringLiteral("reason"), reason}});
        if (!json)
            context.out << Text::tr("Skipped %1 (%2): %3")
                               .arg(candidate.sourceName,
                                    candidate.sourceMode.isEmpty() ? QStringLiteral("-") : candidate.sourceMode, reason)
                        << '\n';
    }
    if (json)
        printJson(context.out,
                  QJsonObject {{QStringLiteral("imported"), imported}, {QStringLiteral("skipped"), skipped}});
    context.out.flush();
    return ExitSuccess;
}

QString resultId(CheckOutcome::Result result)
{
    switch (result) {
    case CheckOutcome::Result::Ok:
        return QStringLiteral("ok");
    case CheckOutcome::Result::UnknownKey:
        return QStringLiteral("unknownKey");
    case CheckOutcome::Result::WrongSecret:
        return QStringLiteral("wrongSecret");
    case CheckOutcome::Result::WrongSite:
        return QStringLiteral("wrongSite");
    case CheckOutcome::Result::NoPermission:
        return QStringLiteral("noPermission");
    case CheckOutcome::Result::Failed:
        return QStringLiteral("failed");
    case CheckOutcome::Result::RoleNotFound:
        return QStringLiteral("roleNotFound");
    case CheckOutcome::Result::MayNotAssume:
        return QStringLiteral("mayNotAssume");
    case CheckOutcome::Result::ExternalIdRefused:
        return QStringLiteral("externalIdRefused");
    case CheckOutcome::Result::DurationTooLong:
        return QStringLiteral("durationTooLong");
    case CheckOutcome::Result::RootMayNotAssume:
        return QStringLiteral("rootMayNotAssume");
    case CheckOutcome::Result::SessionNameInvalid:
        return QStringLiteral("sessionNameInvalid");
    case CheckOutcome::Result::RoleArnInvalid:
        return QStringLiteral("roleArnInvalid");
    }
    return {};
}

QJsonObject checkJson(const QString& name, const Endpoint& endpoint, const CheckOutcome& outcome)
{
    QJsonObject object {{QStringLiteral("profile"), name},
                        {QStringLiteral("endpoint"), endpoint.id()},
                        {QStringLiteral("result"), resultId(outcome.result)},
                        {QStringLiteral("message"), outcome.message}};
    if (outcome.identity) {
        object.insert(QStringLiteral("identity"),
                      QJsonObject {{QStringLiteral("identityType"), outcome.identity->identityType},
                                   {QStringLiteral("accountId"), outcome.identity->accountId},
                                   {QStringLiteral("arn"), outcome.identity->arn},
                                   {QStringLiteral("userId"), outcome.identity->userId},
                                   {QStringLiteral("roleId"), outcome.identity->roleId}});
    }
    if (!outcome.balance.currency.isEmpty()) {
        object.insert(QStringLiteral("balance"),
                      QJsonObject {{QStringLiteral("availableAmount"), outcome.balance.availableAmount},
                                   {QStringLiteral("currency"), outcome.balance.currency}});
    }
    if (outcome.error) {
        QJsonObject error = outcome.error->toJson();
        error.insert(QStringLiteral("explanation"), ErrorExplanation::forError(*outcome.error));
        object.insert(QStringLiteral("error"), error);
    }
    if (outcome.maxDurationSeconds > 0)
        object.insert(QStringLiteral("maxDurationSeconds"), outcome.maxDurationSeconds);
    return object;
}

int check(const QStringList& args, Profiles& profiles, CredentialStore& store, CommandContext& context, bool json)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Checks a profile's credentials: the account balance, or what is wrong. A RAM role profile assumes "
                 "its role first and shows the assumed identity (or why the role was refused).\n"
                 "Exit codes: 0 the credentials work, 3 refused by the service, 5 usage or local error, or the "
                 "service not reached."));
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The profile to check."));
    const QList<QCommandLineOption> options = {
        {QStringLiteral("endpoint"),
         Text::tr("sandbox, cn, intl or a URL (default: the profile's site; the sandbox for the built-in profile)."),
         QStringLiteral("ENDPOINT")},
        {QStringLiteral("json"), Text::tr("Print one JSON object.")},
    };
    if (const auto done = parseArguments(parser, QStringLiteral("profiles check"), options, args, context, json))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return localError(context, json, Text::tr("profiles check needs one profile name."));
    const QString name = parser.positionalArguments().constFirst();

    const ResolvedProfile resolved = CommandServices::waitFor<ResolvedProfile>(
        [&](QObject* loop, auto done) { ProfileResolver::resolve(name, profiles, store, loop, done); });
    if (!resolved.ok)
        return localError(context, json, resolved.message);
    QString error;
    std::optional<Endpoint> endpoint;
    if (parser.isSet(QStringLiteral("endpoint")))
        endpoint = Endpoint::parse(parser.value(QStringLiteral("endpoint")), &error);
    else
        endpoint = resolved.profile.builtIn ? Endpoint::sandbox() : Endpoint::forSite(resolved.profile.site);
    if (!endpoint)
        return localError(context, json, error);
    EmbeddedSandbox sandbox;
    ClientFactory factory(&profiles, &store);
    factory.setSandboxProvider([&sandbox](QString* why) -> std::optional<QUrl> {
        if (!sandbox.isRunning() && !sandbox.start(false, why))
            return std::nullopt;
        return sandbox.endpoint().baseUrl();
    });
    endpoint = factory.resolve(*endpoint, &error);
    if (!endpoint)
        return localError(context, json, error);

    CredentialCheck checker(factory.network());
    std::optional<CheckOutcome> outcome;
    QEventLoop loop;
    QObject::connect(&checker, &CredentialCheck::finished, &loop, [&](const CheckOutcome& result) {
        outcome = result;
        loop.quit();
    });
    checker.start(resolved.profile, resolved.credentials, *endpoint);
    loop.exec();
    if (json)
        printJson(context.out, checkJson(name, *endpoint, *outcome));
    else
        context.out << outcome->message << '\n';
    context.out.flush();
    if (outcome->result == CheckOutcome::Result::Ok)
        return ExitSuccess;
    const bool local = outcome->error
        && (outcome->error->kind == ApiError::Kind::Network || outcome->error->kind == ApiError::Kind::Timeout
            || outcome->error->kind == ApiError::Kind::Protocol);
    return local ? ExitUsage : ExitRejected;
}

} // namespace

int runProfilesCommand(const QStringList& args, CommandContext& context)
{
    Profiles profiles;
    CredentialStore store;
    return runProfilesCommand(args, profiles, store, context);
}

int runProfilesCommand(const QStringList& args, Profiles& profiles, CredentialStore& store, CommandContext& context)
{
    const bool json = args.contains(QStringLiteral("--json"));
    const QString action = args.value(0);
    const QStringList rest = args.mid(1);
    if (action.isEmpty() || action.startsWith(u'-')) {
        if (action == u"--help" || action == u"-h") {
            QCommandLineParser parser;
            parser.setApplicationDescription(Text::description());
            parser.addPositionalArgument(QStringLiteral("ACTION"), Text::tr("list, add, import or check."),
                                         QStringLiteral("[list|add|import|check]"));
            return *parseArguments(parser, QStringLiteral("profiles"),
                                   {{QStringLiteral("json"), Text::tr("Print one JSON object.")}}, args, context, json);
        }
        return list(args, profiles, context, json);
    }
    if (action == u"list")
        return list(rest, profiles, context, json);
    if (action == u"add")
        return add(rest, profiles, store, context, json);
    if (action == u"import")
        return importProfiles(rest, profiles, store, context, json);
    if (action == u"check")
        return check(rest, profiles, store, context, json);
    return unknownWordError(
        context, json, UnknownWord::Action, QStringLiteral("acr-purchase profiles"), action,
        {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("import"), QStringLiteral("check")});
}

void resolveProfile(const QString& name, QObject* context, std::function<void(const ResolvedProfile&)> done)
{
    // The profiles and the store live as long as the lookup does.
    auto* holder = new QObject(context);
    auto* profiles = new Profiles(holder);
    auto* store = new CredentialStore(holder);
    ProfileResolver::resolve(name, *profiles, *store, holder, [holder, done](const ResolvedProfile& result) {
        holder->deleteLater();
        done(result);
    });
}

ResolvedProfile resolveProfileAndWait(const QString& name)
{
    QEventLoop loop;
    ResolvedProfile resolved;
    resolveProfile(name, &loop, [&loop, &resolved](const ResolvedProfile& result) {
        resolved = result;
        loop.quit();
    });
    loop.exec();
    return resolved;
}

} // namespace acrp::cli
