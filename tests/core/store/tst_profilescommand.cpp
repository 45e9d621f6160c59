// `acr-purchase profiles [list|add|import|check]` (app/cli/ProfilesCommand.cpp), in-process, with a
// session-only credential store (memory, no keychain) and a scripted loopback server for the check
// of a RAM role profile.
#include "cli/Cli.h"
#include "cli/CommandContext.h"
#include "cli/ProfilesCommand.h"
#include "core/api/FakeHttpServer.h"
#include "core/store/CredentialStore.h"
#include "core/store/Profiles.h"
#include "core/store/SandboxCredentials.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace acrp;

class TestProfilesCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CredentialStore> m_store;

    // What the (session-only) store holds for `name`.
    std::optional<StoredSecret> storedSecret(const QString& name)
    {
        std::optional<StoredSecret> secret;
        bool done = false;
        CredentialReply::onFinished(m_store->read(name), this, [&](const CredentialReply& reply) {
            if (reply.status() == CredentialStatus::Ok)
                secret = reply.secret();
            done = true;
        });
        QDeadlineTimer deadline(5000);
        while (!done && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        return secret;
    }

    static QString data(const char* name) { return QFINDTESTDATA(QStringLiteral("data/") + QLatin1String(name)); }

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList& args, Profiles& profiles, QString input = QString(),
            const QProcessEnvironment& environment = QProcessEnvironment(), bool terminal = false)
    {
        if (!m_store) {
            m_store = std::make_unique<CredentialStore>();
            m_store->setSessionOnly(true);
        }
        Run result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        QTextStream in(&input);
        cli::CommandContext context {out, err, in, environment, terminal, QString()};
        result.code = cli::runProfilesCommand(args, profiles, *m_store, context);
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
                 QStringLiteral("NAME                SITE  MODE       ACCESS KEY ID     ROLE  DEFAULT REGION\n"
                                "sandbox (built-in)  cn    AccessKey  SandboxDemoKeyCN  -     -\n"
                                "prod                intl  StsToken   ProdKeyId01       -     ap-southeast-1\n"));
        // "list" is the same.
        QCOMPARE(run({QStringLiteral("list")}, profiles).out, r.out);
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
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: acr-purchase profiles [options] [list|add|import|check]\n")),
                 qPrintable(r.out));
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
        Run r = run({QStringLiteral("prod")}, profiles);
        QCOMPARE(r.code, int(cli::ExitUsage));
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.startsWith(QStringLiteral("acr-purchase profiles: unknown action “prod”.")), qPrintable(r.err));
        r = run({QStringLiteral("chek"), QStringLiteral("x")}, profiles);
        QVERIFY2(r.err.contains(QStringLiteral("Did you mean “check”?")), qPrintable(r.err));
        r = run({QStringLiteral("list"), QStringLiteral("prod")}, profiles);
        QCOMPARE(r.code, int(cli::ExitUsage));
        QCOMPARE(r.err, QStringLiteral("profiles list takes no arguments besides its options.\n"));
    }

    void addAccessKey()
    {
        Profiles profiles(m_dir.filePath(QStringLiteral("add-ak.ini")));
        const Run r = run({QStringLiteral("add"), QStringLiteral("prod"), QStringLiteral("--access-key-id"),
                           QStringLiteral("ProdKeyId01"), QStringLiteral("--site"), QStringLiteral("intl")},
                          profiles, QStringLiteral("  prod-secret-1 \n"));
        QCOMPARE(r.code, int(cli::ExitSuccess));
        QCOMPARE(r.out, QStringLiteral("Profile “prod” saved; its secret is in the keychain.\n"));
        const std::optional<Profile> saved = profiles.profile(QStringLiteral("prod"));
        QVERIFY(saved);
        QCOMPARE(saved->mode, CredentialMode::AccessKey);
        QCOMPARE(saved->site, Site::International);
        QCOMPARE(storedSecret(QStringLiteral("prod")),
                 std::optional<StoredSecret>({QStringLiteral("prod-secret-1"), {}}));
        // The secret is nowhere in the settings.
        QFile settings(profiles.fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains("prod-secret-1"));

        // An STS profile reads its token from the second line.
        const Run sts = run({QStringLiteral("add"), QStringLiteral("temp"), QStringLiteral("--access-key-id"),
                             QStringLiteral("StsKeyId02"), QStringLiteral("--mode"), QStringLiteral("sts")},
                            profiles, QStringLiteral("sts-secret-2\nsts-token-2\n"));
        QCOMPARE(sts.code, int(cli::ExitSuccess));
        QCOMPARE(storedSecret(QStringLiteral("temp")),
                 std::optional<StoredSecret>({QStringLiteral("sts-secret-2"), QStringLiteral("sts-token-2")}));
    }

    void addRamRole()
    {
        Profiles profiles(m_dir.filePath(QStringLiteral("add-role.ini")));
        const QString arn = QStringLiteral("acs:ram::1380000000000001:role/acr-buyer");
        Run r = run({QStringLiteral("add"), QStringLiteral("buyer"), QStringLiteral("--access-key-id"),
                     QStringLiteral("RoleUserKey01"), QStringLiteral("--mode"), QStringLiteral("ram-role"),
                     QStringLiteral("--role-arn"), arn, QStringLiteral("--session-name"), QStringLiteral("nightly"),
                     QStringLiteral("--external-id"), QStringLiteral("ext-1"), QStringLiteral("--duration"),
                     QStringLiteral("7200"), QStringLiteral("--region"), QStringLiteral("cn-hangzhou")},
                    profiles, QStringLiteral("role-user-secret\n"));
        QCOMPARE(r.code, int(cli::ExitSuccess));
        QCOMPARE(r.out,
                 QStringLiteral("Profile “buyer” saved; its secret is in the keychain.\n"
                                "It assumes %1 before each call.\n")
                     .arg(arn));
        const std::optional<Profile> saved = profiles.profile(QStringLiteral("buyer"));
        QVERIFY(saved);
        QCOMPARE(saved->mode, CredentialMode::RamRoleArn);
        QCOMPARE(saved->role.roleArn, arn);
        QCOMPARE(saved->role.sessionName, QStringLiteral("nightly"));
        QCOMPARE(saved->role.externalId, QStringLiteral("ext-1"));
        QCOMPARE(saved->role.durationSeconds, 7200);
        QCOMPARE(storedSecret(QStringLiteral("buyer"))->accessKeySecret, QStringLiteral("role-user-secret"));

        // The list shows the mode and the role; JSON has the role's settings.
        r = run({}, profiles);
        QVERIFY2(r.out.contains(QStringLiteral("buyer               cn    RamRoleArn  RoleUserKey01     ") + arn),
                 qPrintable(r.out));
        r = run({QStringLiteral("--json")}, profiles);
        const QJsonObject role = QJsonDocument::fromJson(r.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("profiles"))
                                     .toArray()
                                     .at(1)
                                     .toObject()
                                     .value(QStringLiteral("role"))
                                     .toObject();
        QCOMPARE(role,
                 (QJsonObject {{QStringLiteral("roleArn"), arn},
                               {QStringLiteral("sessionName"), QStringLiteral("nightly")},
                               {QStringLiteral("externalId"), QStringLiteral("ext-1")},
                               {QStringLiteral("durationSeconds"), 7200}}));

        // Defaults: session name acr-purchase, one hour.
        r = run({QStringLiteral("add"), QStringLiteral("plain"), QStringLiteral("--access-key-id"),
                 QStringLiteral("RoleUserKey01"), QStringLiteral("--mode"), QStringLiteral("ram-role"),
                 QStringLiteral("--role-arn"), arn},
                profiles, QStringLiteral("role-user-secret\n"));
        QCOMPARE(r.code, int(cli::ExitSuccess));
        QCOMPARE(profiles.profile(QStringLiteral("plain"))->role.sessionName, QStringLiteral("acr-purchase"));
        QCOMPARE(profiles.profile(QStringLiteral("plain"))->role.durationSeconds, 3600);
    }

    // Every rule of `profiles add`, with bad input; nothing is saved.
    void addRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("terminal");
        QTest::addColumn<QString>("error");
        const QStringList role
            = {QStringLiteral("add"),           QStringLiteral("r"),      QStringLiteral("--access-key-id"),
               QStringLiteral("RoleUserKey01"), QStringLiteral("--mode"), QStringLiteral("ram-role")};
        const QString arn = QStringLiteral("acs:ram::1380000000000001:role/acr-buyer");
        const QString secret = QStringLiteral("s3cret\n");
        QTest::newRow("no ARN") << role << secret << false
                                << QStringLiteral("Enter the ARN of the RAM role to assume.");
        QTest::newRow("bad ARN") << role
                + QStringList {QStringLiteral("--role-arn"), QStringLiteral("acs:ram::x:role/y")}
                                 << secret << false
                                 << QStringLiteral("“acs:ram::x:role/y” is not a RAM role ARN: it looks like "
                                                   "acs:ram::<account ID, digits only>:role/<role name>.");
        QTest::newRow("bad session") << role
                + QStringList {QStringLiteral("--role-arn"), arn, QStringLiteral("--session-name"),
                               QStringLiteral("a b")}
                                     << secret << false
                                     << QStringLiteral("The session name must be 2 to 64 characters: letters, digits "
                                                       "and . @ _ - only.");
        QTest::newRow("bad external id")
            << role
                + QStringList {QStringLiteral("--role-arn"), arn, QStringLiteral("--external-id"), QStringLiteral("x")}
            << secret << false
            << QStringLiteral(
                   "The external ID must be 2 to 1224 characters: letters, digits and = , . @ : / _ - only.");
        const QString duration = QStringLiteral("The session duration must be between 900 and 43200 seconds.");
        QTest::newRow("duration too short") << role
                + QStringList {QStringLiteral("--role-arn"), arn, QStringLiteral("--duration"), QStringLiteral("600")}
                                            << secret << false << duration;
        QTest::newRow("duration too long") << role
                + QStringList {QStringLiteral("--role-arn"), arn, QStringLiteral("--duration"), QStringLiteral("43201")}
                                           << secret << false << duration;
        QTest::newRow("duration not a number") << role
                + QStringList {QStringLiteral("--role-arn"), arn, QStringLiteral("--duration"), QStringLiteral("1h")}
                                               << secret << false << duration;
        QTest::newRow("role option without role mode")
            << QStringList {QStringLiteral("add"),   QStringLiteral("k"),          QStringLiteral("--access-key-id"),
                            QStringLiteral("Key01"), QStringLiteral("--role-arn"), arn}
            << secret << false << QStringLiteral("--role-arn is for RAM role profiles (--mode ram-role) only.");
        QTest::newRow("bad mode") << QStringList {QStringLiteral("add"), QStringLiteral("k"), QStringLiteral("--mode"),
                                                  QStringLiteral("role")}
                                  << secret << false
                                  << QStringLiteral("--mode must be ak, sts or ram-role, not “role”.");
        QTest::newRow("bad site") << QStringList {QStringLiteral("add"), QStringLiteral("k"), QStringLiteral("--site"),
                                                  QStringLiteral("eu")}
                                  << secret << false << QStringLiteral("--site must be cn or intl, not “eu”.");
        QTest::newRow("no secret") << role + QStringList {QStringLiteral("--role-arn"), arn} << QString() << false
                                   << QStringLiteral("Enter the AccessKey secret.");
        QTest::newRow("no token")
            << QStringList {QStringLiteral("add"),   QStringLiteral("t"),      QStringLiteral("--access-key-id"),
                            QStringLiteral("Key01"), QStringLiteral("--mode"), QStringLiteral("sts")}
            << secret << false << QStringLiteral("Enter the STS security token.");
        QTest::newRow("terminal") << role + QStringList {QStringLiteral("--role-arn"), arn} << secret << true
                                  << QStringLiteral("profiles add reads the AccessKey secret from standard input, "
                                                    "which is a terminal here where typing it would show it: pipe it "
                                                    "in, for example from a password manager.");
        QTest::newRow("no name") << QStringList {QStringLiteral("add")} << secret << false
                                 << QStringLiteral("profiles add needs one profile name.");
    }

    void addRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, input);
        QFETCH(bool, terminal);
        QFETCH(QString, error);
        Profiles profiles(m_dir.filePath(QStringLiteral("add-refused.ini")));
        const Run r = run(args, profiles, input, QProcessEnvironment(), terminal);
        QCOMPARE(r.code, int(cli::ExitUsage));
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, error + u'\n');
        QCOMPARE(profiles.profiles().size(), 1); // the sandbox only
    }

    void importAliyun()
    {
        Profiles profiles(m_dir.filePath(QStringLiteral("import.ini")));
        const Run r = run({QStringLiteral("import"), QStringLiteral("--file"), data("aliyun-roles.json")}, profiles);
        QCOMPARE(r.code, int(cli::ExitSuccess));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 11);
        QCOMPARE(lines.at(0), QStringLiteral("Imported buyer (RamRoleArn) as profile “buyer”."));
        QCOMPARE(lines.at(3), QStringLiteral("Imported chained (ChainableRamRoleArn) as profile “chained”."));
        QCOMPARE(lines.at(4),
                 QStringLiteral("Skipped chain-of-roles (ChainableRamRoleArn): Its source profile “buyer” "
                                "is of mode RamRoleArn; only a source profile of mode AK can be imported "
                                "with it."));
        const std::optional<Profile> chained = profiles.profile(QStringLiteral("chained"));
        QVERIFY(chained);
        QCOMPARE(chained->mode, CredentialMode::RamRoleArn);
        QCOMPARE(chained->accessKeyId, QStringLiteral("ExampleChainBaseKey3"));
        QCOMPARE(chained->role.externalId, QStringLiteral("acrp-demo-external-id"));
        QCOMPARE(storedSecret(QStringLiteral("chained"))->accessKeySecret,
                 QStringLiteral("example-chain-base-secret-3"));
        QCOMPARE(profiles.profiles().size(), 5); // sandbox + 4

        // Again: new names, never an overwrite; JSON lists both halves.
        const Run again = run(
            {QStringLiteral("import"), QStringLiteral("--file"), data("aliyun-roles.json"), QStringLiteral("--json")},
            profiles);
        const QJsonObject object = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("imported")).toArray().size(), 4);
        QCOMPARE(object.value(QStringLiteral("skipped")).toArray().size(), 7);
        QCOMPARE(object.value(QStringLiteral("imported"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("profile"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("buyer-2"));
        QVERIFY(!again.out.contains(QStringLiteral("example-role-user-secret")));
        QVERIFY(!r.out.contains(QStringLiteral("example-role-user-secret")));

        const Run missing
            = run({QStringLiteral("import"), QStringLiteral("--file"), m_dir.filePath("none.json")}, profiles);
        QCOMPARE(missing.code, int(cli::ExitUsage));
        QVERIFY2(missing.err.startsWith(QStringLiteral("There is no aliyun CLI configuration at ")),
                 qPrintable(missing.err));
        const Run from = run({QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("vault")}, profiles);
        QCOMPARE(from.err, QStringLiteral("--from must be aliyun or env, not “vault”.\n"));
    }

    void importEnvironment()
    {
        Profiles profiles(m_dir.filePath(QStringLiteral("import-env.ini")));
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("EnvKeyId01"));
        environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("env-secret-1"));
        const Run r = run({QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("env"),
                           QStringLiteral("--site"), QStringLiteral("intl")},
                          profiles, QString(), environment);
        QCOMPARE(r.code, int(cli::ExitSuccess));
        QCOMPARE(r.out, QStringLiteral("Imported environment (AK) as profile “environment”.\n"));
        QCOMPARE(profiles.profile(QStringLiteral("environment"))->site, Site::International);
    }

    // The check of a RAM role profile: AssumeRole with the profile's pair, then GetCallerIdentity and
    // the balance with the temporary credentials; the identity leads the answer.
    void checkRamRole()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        const QByteArray assumed
            = R"({"RequestId":"R1","AssumedRoleUser":{"AssumedRoleId":"3001:acr-purchase","Arn":"acs:ram::1380000000000001:assumed-role/acr-buyer/acr-purchase"},"Credentials":{"AccessKeyId":"STS.CHECK1","AccessKeySecret":"tmp-check-secret","SecurityToken":"tmp-check-token","Expiration":"2099-01-01T00:00:00Z"}})";
        const QByteArray identity
            = R"({"RequestId":"R2","IdentityType":"AssumedRoleUser","AccountId":"1380000000000001","UserId":"3001:acr-purchase","PrincipalId":"3001:acr-purchase","Arn":"acs:ram::1380000000000001:assumed-role/acr-buyer/acr-purchase","RoleId":"3001"})";
        const QByteArray balance
            = R"({"Code":"200","Success":true,"RequestId":"R3","Data":{"AvailableAmount":"100.00","Currency":"CNY"}})";
        server.script({FakeReply::json(200, assumed), FakeReply::json(200, identity), FakeReply::json(200, balance),
                       FakeReply::json(200, R"({"Code":"200","Success":true,"Data":{}})")});
        Profiles profiles(m_dir.filePath(QStringLiteral("check.ini")));
        Run r = run({QStringLiteral("add"), QStringLiteral("buyer"), QStringLiteral("--access-key-id"),
                     QStringLiteral("RoleUserKey01"), QStringLiteral("--mode"), QStringLiteral("ram-role"),
                     QStringLiteral("--role-arn"), QStringLiteral("acs:ram::1380000000000001:role/acr-buyer")},
                    profiles, QStringLiteral("role-user-secret\n"));
        QCOMPARE(r.code, int(cli::ExitSuccess));
        r = run({QStringLiteral("check"), QStringLiteral("buyer"), QStringLiteral("--endpoint"), server.baseUrl()},
                profiles);
        QCOMPARE(r.code, int(cli::ExitSuccess));
        QCOMPARE(r.out,
                 QStringLiteral("Role assumed: acs:ram::1380000000000001:assumed-role/acr-buyer/acr-purchase "
                                "(account 1380000000000001).\n"
                                "The credentials work. Available balance: 100.00 CNY.\n"));
        QCOMPARE(server.requests().size(), 4);
        const auto call = [&server](int i) { return server.requests().at(i).parameters(); };
        QCOMPARE(call(0).value(QStringLiteral("Action")), QStringLiteral("AssumeRole"));
        QCOMPARE(call(0).value(QStringLiteral("AccessKeyId")), QStringLiteral("RoleUserKey01"));
        QCOMPARE(call(1).value(QStringLiteral("Action")), QStringLiteral("GetCallerIdentity"));
        QCOMPARE(call(1).value(QStringLiteral("AccessKeyId")), QStringLiteral("STS.CHECK1"));
        QCOMPARE(call(1).value(QStringLiteral("SecurityToken")), QStringLiteral("tmp-check-token"));
        QCOMPARE(call(2).value(QStringLiteral("Action")), QStringLiteral("QueryAccountBalance"));
        QCOMPARE(call(2).value(QStringLiteral("AccessKeyId")), QStringLiteral("STS.CHECK1"));

        // A refusal in words, exit 3, with --json the result id and the service's code.
        server.script({FakeReply::json(
            403,
            R"({"RequestId":"R4","Code":"NoPermission","Message":"Roles may not be assumed by root accounts."})")});
        r = run({QStringLiteral("check"), QStringLiteral("buyer"), QStringLiteral("--endpoint"), server.baseUrl(),
                 QStringLiteral("--json")},
                profiles);
        QCOMPARE(r.code, int(cli::ExitRejected));
        const QJsonObject answer = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(answer.value(QStringLiteral("result")).toString(), QStringLiteral("rootMayNotAssume"));
        QCOMPARE(answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("NoPermission"));
        QVERIFY(!answer.contains(QStringLiteral("identity")));
        QVERIFY(!r.out.contains(QStringLiteral("tmp-check")));
        QVERIFY(!r.out.contains(QStringLiteral("role-user-secret")));

        r = run({QStringLiteral("check"), QStringLiteral("nobody")}, profiles);
        QCOMPARE(r.code, int(cli::ExitUsage));
        QVERIFY2(r.err.startsWith(QStringLiteral("There is no profile named “nobody”")), qPrintable(r.err));
    }

    void checkBuiltInOnTheSandbox()
    {
        Profiles profiles(m_dir.filePath(QStringLiteral("check-sandbox.ini")));
        const Run r = run({QStringLiteral("check"), QStringLiteral("sandbox")}, profiles);
        QCOMPARE(r.code, int(cli::ExitSuccess));
        QVERIFY2(r.out.startsWith(QStringLiteral("The credentials work. Available balance:")), qPrintable(r.out));
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
