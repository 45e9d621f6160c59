#include "cli/ProfilesCommand.h"

#include "cli/Cli.h"
#include "core/store/CredentialStore.h"
#include "core/store/Profiles.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>

namespace acrp::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::cli::ProfilesCommand)

public:
    static QString usage()
    {
        return tr("Usage: acr-purchase profiles [--json]\n"
                  "\n"
                  "Lists the credential profiles. Secrets stay in the keychain and are never shown.\n"
                  "\n"
                  "Options:\n"
                  "  --json       Print JSON instead of a table.\n"
                  "  -h, --help   Show this help and exit.\n");
    }
    static QString unknownOption(const QString& option) { return tr("Unknown option: %1").arg(option); }
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
                     credentialModeId(profile.mode), profile.accessKeyId,
                     profile.defaultRegion.isEmpty() ? QStringLiteral("-") : profile.defaultRegion});
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        out << line << '\n';
    }
}

} // namespace

int runProfilesCommand(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Profiles profiles;
    return runProfilesCommand(args, profiles, out, err);
}

int runProfilesCommand(const QStringList& args, const Profiles& profiles, QTextStream& out, QTextStream& err)
{
    bool json = false;
    for (const QString& arg : args) {
        if (arg == u"--json") {
            json = true;
        } else if (arg == u"--help" || arg == u"-h") {
            out << Text::usage();
            return ExitSuccess;
        } else {
            err << Text::unknownOption(arg) << '\n' << Text::usage();
            return ExitUsage;
        }
    }
    const QList<Profile> all = profiles.profiles();
    if (json) {
        QJsonArray array;
        for (const Profile& profile : all)
            array.append(toJson(profile));
        out << QString::fromUtf8(
            QJsonDocument(QJsonObject {{QStringLiteral("profiles"), array}}).toJson(QJsonDocument::Indented));
    } else {
        printTable(all, out);
    }
    out.flush();
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
