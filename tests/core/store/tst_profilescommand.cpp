// `acr-purchase profiles [--json]` (app/cli/ProfilesCommand.cpp), in-process.
#include "cli/Cli.h"
#include "cli/CommandContext.h"
#include "cli/ProfilesCommand.h"
#include "core/store/Profiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace acrp;

class TestProfilesCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList& args, const Profiles& profiles)
    {
        Run result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        QString input;
        QTextStream in(&input);
        cli::CommandContext context {out, err, in, QProcessEnvironment(), false, QString()};
        result.code = cli::runProfilesCommand(args, profiles, context);
        out.flush();
        err.flush();
        return result;
    }

    void addProfiles(Profiles& profiles)
    {
        Profile prod;
        prod.name = QStringLiteral("prod");
        prod.site = Site::International;
        prod.accessKeyId = QStringLiteral("ProdKeyId01");
        prod.mode = CredentialMode::StsToken;
        prod.defaultRegion = QStringLiteral("ap-southeast-1");
        QString error;
        QVERIFY(profiles.save(prod, QString(), &error));
    }

private Q_SLOTS:
    void table()
    {
        Profiles profiles(m_dir.filePath(QStringLiteral("table.ini")));
        addProfiles(profiles);
        const Run r = run({}, profiles);
        QCOMPARE(r.code, int(cli::ExitSuccess));
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out,
                 QStringLiteral("NAME                SITE  MODE       ACCESS KEY ID     DEFAULT REGION\n"
                                "sandbox (built-in)  cn    AccessKey  SandboxDemoKeyCN  -\n"
                                "prod                intl  StsToken   ProdKeyId01       ap-southeast-1\n"));
    }

    void json()
    {
        Profiles profiles(m_dir.filePath(QStringLiteral("json.ini")));
        addProfiles(profiles);
        const Run r = run({QStringLiteral("--json")}, profiles);
        QCOMPARE(r.code, int(cli::ExitSuccess));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray array = document.object().value(QStringLiteral("profiles")).toArray();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject(),
                 (QJsonObject {{QStringLiteral("name"), QStringLiteral("sandbox")},
                               {QStringLiteral("site"), QStringLiteral("cn")},
                               {QStringLiteral("mode"), QStringLiteral("AccessKey")},
                               {QStringLiteral("accessKeyId"), QStringLiteral("SandboxDemoKeyCN")},
                               {QStringLiteral("defaultRegion"), QString()},
                               {QStringLiteral("builtIn"), true}}));
        QCOMPARE(array.at(1).toObject(),
                 (QJsonObject {{QStringLiteral("name"), QStringLiteral("prod")},
                               {QStringLiteral("site"), QStringLiteral("intl")},
                               {QStringLiteral("mode"), QStringLiteral("StsToken")},
                               {QStringLiteral("accessKeyId"), QStringLiteral("ProdKeyId01")},
                               {QStringLiteral("defaultRegion"), QStringLiteral("ap-southeast-1")},
                               {QStringLiteral("builtIn"), false}}));
        // Never a secret, not even the sandbox's demo one.
        QVERIFY(!r.out.contains(QStringLiteral("secret"), Qt::CaseInsensitive));
    }

    void help()
    {
        Profiles profiles(m_dir.filePath(QStringLiteral("help.ini")));
        const Run r = run({QStringLiteral("--help")}, profiles);
        QCOMPARE(r.code, int(cli::ExitSuccess));
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: acr-purchase profiles [options]\n")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--json")));
        QVERIFY(r.out.contains(QStringLiteral("--lang <CODE>")));
    }

    void unknownOption()
    {
        Profiles profiles(m_dir.filePath(QStringLiteral("bad.ini")));
        Run r = run({QStringLiteral("--secrets")}, profiles);
        QCOMPARE(r.code, int(cli::ExitUsage));
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err,
                 QStringLiteral("acr-purchase profiles: unknown option “--secrets”.\n"
                                "See “acr-purchase profiles --help”.\n"));
        r = run({QStringLiteral("--jsn")}, profiles);
        QCOMPARE(r.code, int(cli::ExitUsage));
        QCOMPARE(r.err,
                 QStringLiteral("acr-purchase profiles: unknown option “--jsn”. Did you mean “--json”?\n"
                                "See “acr-purchase profiles --help”.\n"));
        // With --json the error is the JSON answer on stdout.
        r = run({QStringLiteral("--json"), QStringLiteral("--secrets")}, profiles);
        QCOMPARE(r.code, int(cli::ExitUsage));
        QCOMPARE(r.err, QString());
        const QJsonObject error
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("message")).toString(),
                 QStringLiteral("acr-purchase profiles: unknown option “--secrets”."));
    }

    void argument()
    {
        Profiles profiles(m_dir.filePath(QStringLiteral("argument.ini")));
        const Run r = run({QStringLiteral("prod")}, profiles);
        QCOMPARE(r.code, int(cli::ExitUsage));
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, QStringLiteral("profiles takes no arguments besides its options.\n"));
    }

    void defaultProfiles()
    {
        // The plain entry point reads the user's settings (the test HOME).
        QString output, errors, input;
        QTextStream out(&output), err(&errors), in(&input);
        cli::CommandContext context {out, err, in, QProcessEnvironment(), false, QString()};
        QCOMPARE(cli::runProfilesCommand({QStringLiteral("--json")}, context), int(cli::ExitSuccess));
        QVERIFY2(output.contains(QStringLiteral("\"sandbox\"")), qPrintable(output));
    }

    void resolveSandboxWithoutKeychain()
    {
        const ResolvedProfile resolved = cli::resolveProfileAndWait(QStringLiteral("sandbox"));
        QVERIFY(resolved.ok);
        QCOMPARE(resolved.credentials.accessKeyId, QStringLiteral("SandboxDemoKeyCN"));
        const ResolvedProfile unknown = cli::resolveProfileAndWait(QStringLiteral("missing"));
        QVERIFY(!unknown.ok);
        QVERIFY(unknown.unknownProfile);
    }
};

QTEST_GUILESS_MAIN(TestProfilesCommand)
#include "tst_profilescommand.moc"
