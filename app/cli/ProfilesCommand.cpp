#include "cli/ProfilesCommand.h"

#include "cli/Cli.h"
#include "cli/CommandSupport.h"
#include "core/store/CredentialStore.h"
#include "core/store/Profiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
    static QString regionHeader() { return tr("DEFAULT REGION"); }
    static QString builtIn() { return tr("(built-in)"); }
};

QJsonObject toJson(const Profile& profile)
{
    return {
        {QStringLiteral("name"), profile.name},
        {QStringLiteral("site"), siteId(profile.site)},
        {QStringLiteral("mode"), credentialModeId(profile.mode)},
        {QStringLiteral("accessKeyId"), profile.accessKeyId},
        {QStringLiteral("defaultRegion"), profile.defaultRegion},
        {QStringLiteral("builtIn"), profile.builtIn},
    };
}

void printTable(const QList<Profile>& profiles, QTextStream& out)
{
    QList<QStringList> rows {
        {Text::nameHeader(), Text::siteHeader(), Text::modeHeader(), Text::keyHeader(), Text::regionHeader()}};
    for (const Profile& profile : profiles) {
        rows.append({profile.builtIn ? profile.name + u' ' + Text::builtIn() : profile.name, siteId(profile.site),
                     credentialModeId(profile.mode), profile.accessKeyId, profile.defaultRegion});
    }
    for (const QString& line : tableLines(rows))
        out << line << '\n';
}

} // namespace

int runProfilesCommand(const QStringList& args, CommandContext& context)
{
    const Profiles profiles;
    return runProfilesCommand(args, profiles, context);
}

int runProfilesCommand(const QStringList& args, const Profiles& profiles, CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Lists the credential profiles. Secrets stay in the keychain and are never shown."));
    const bool json = args.contains(QStringLiteral("--json"));
    if (const auto done = parseArguments(
            parser, QStringLiteral("profiles"),
            {{QStringLiteral("json"), Text::tr("Print one JSON object: {\"profiles\": [...]}.")}}, args, context, json))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return localError(context, json, Text::tr("profiles takes no arguments besides its options."));
    const QList<Profile> all = profiles.profiles();
    if (json) {
        QJsonArray array;
        for (const Profile& profile : all)
            array.append(toJson(profile));
        printJson(context.out, QJsonObject {{QStringLiteral("profiles"), array}});
        return ExitSuccess;
    }
    printTable(all, context.out);
    context.out.flush();
    return ExitSuccess;
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
