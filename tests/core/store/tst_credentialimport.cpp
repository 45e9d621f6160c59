#include "core/store/CredentialImport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace acrp;

namespace {

// A profile that the import lists but cannot take, and the one beside it in the file that it offers.
struct SkippedProfile
{
    QString file;
    int count; // profiles in the file
    int index;
    QString name;
    QString mode;
    QString reason;
    QString accessKeyId; // what the listed candidate keeps of it
    int offered; // the index of the profile that is offered
    QString offeredName;
    bool offeredCurrent;
};

} // namespace

Q_DECLARE_METATYPE(SkippedProfile)

class TestCredentialImport : public QObject
{
    Q_OBJECT

private:
    static QString data(const char* name)
    {
        const QString path = QFINDTESTDATA(QStringLiteral("data/") + QLatin1String(name));
        if (path.isEmpty())
            qFatal("test data %s not found", name);
        return path;
    }

    // The environment the aliyun tools read credentials from; a null value leaves its variable unset.
    static QProcessEnvironment aliyunEnvironment(const QString& id, const QString& secret, const QString& token,
                                                 const QString& region = QString())
    {
        QProcessEnvironment env;
        const std::pair<const char*, QString> variables[] = {{"ALIBABA_CLOUD_ACCESS_KEY_ID", id},
                                                             {"ALIBABA_CLOUD_ACCESS_KEY_SECRET", secret},
                                                             {"ALIBABA_CLOUD_SECURITY_TOKEN", token},
                                                             {"ALIBABA_CLOUD_REGION_ID", region}};
        for (const auto& [name, value] : variables) {
            if (!value.isNull())
                env.insert(QLatin1String(name), value);
        }
        return env;
    }

private Q_SLOTS:
    void accessKeyProfiles()
    {
        const ImportResult result = CredentialImport::fromAliyunConfigFile(data("aliyun-ak.json"));
        QVERIFY(result.ok);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.candidates.size(), 2);

        const ImportCandidate& first = result.candidates.at(0);
        QCOMPARE(first.sourceName, QStringLiteral("default"));
        QCOMPARE(first.sourceMode, QStringLiteral("AK"));
        QVERIFY(first.supported);
        QCOMPARE(first.reason, QString());
        QVERIFY(!first.current);
        QCOMPARE(first.mode, CredentialMode::AccessKey);
        QCOMPARE(first.accessKeyId, QStringLiteral("ExampleImportKeyA1"));
        QCOMPARE(first.secret, (StoredSecret {QStringLiteral("example-import-secret-a1"), QString()}));
        QCOMPARE(first.regionId, QStringLiteral("cn-hangzhou"));

        // Pasted-looking values are trimmed, and the CLI's current profile is marked.
        const ImportCandidate& second = result.candidates.at(1);
        QCOMPARE(second.sourceName, QStringLiteral("work"));
        QVERIFY(second.supported);
        QVERIFY(second.current);
        QCOMPARE(second.accessKeyId, QStringLiteral("ExampleImportKeyB2"));
        QCOMPARE(second.secret.accessKeySecret, QStringLiteral("example-import-secret-b2"));

        const Profile profile = second.toProfile(QStringLiteral("work"), Site::International);
        QCOMPARE(profile.name, QStringLiteral("work"));
        QCOMPARE(profile.site, Site::International);
        QCOMPARE(profile.accessKeyId, QStringLiteral("ExampleImportKeyB2"));
        QCOMPARE(profile.mode, CredentialMode::AccessKey);
        QCOMPARE(profile.defaultRegion, QStringLiteral("ap-southeast-1"));
        QVERIFY(!profile.builtIn);
    }

    void stsTokenProfile()
    {
        const ImportResult result = CredentialImport::fromAliyunConfigFile(data("aliyun-ststoken.json"));
        QVERIFY(result.ok);
        QCOMPARE(result.candidates.size(), 1);
        const ImportCandidate& sts = result.candidates.first();
        QVERIFY(sts.supported);
        QVERIFY(sts.current);
        QCOMPARE(sts.mode, CredentialMode::StsToken);
        QCOMPARE(sts.accessKeyId, QStringLiteral("STSExampleImportKey3"));
        QCOMPARE(sts.secret,
                 (StoredSecret {QStringLiteral("example-import-secret-sts3"),
                                QStringLiteral("CAIS+example/import+token==")}));
        // "Hangzhou" is no region id: the profile is imported without a default region.
        QCOMPARE(sts.regionId, QStringLiteral("Hangzhou"));
        QCOMPARE(sts.toProfile(QStringLiteral("temp"), Site::China).defaultRegion, QString());
        QCOMPARE(sts.toProfile(QStringLiteral("temp"), Site::China).mode, CredentialMode::StsToken);
    }

    // RamRoleArn profiles, and ChainableRamRoleArn ones whose source is an AK profile, become RAM
    // role profiles: the pair for the keychain, the role in the settings.
    void ramRoleProfiles()
    {
        const ImportResult result = CredentialImport::fromAliyunConfigFile(data("aliyun-roles.json"));
        QVERIFY(result.ok);
        QCOMPARE(result.candidates.size(), 11);

        const ImportCandidate& buyer = result.candidates.at(0);
        QVERIFY2(buyer.supported, qPrintable(buyer.reason));
        QVERIFY(buyer.current);
        QCOMPARE(buyer.sourceMode, QStringLiteral("RamRoleArn"));
        QCOMPARE(buyer.mode, CredentialMode::RamRoleArn);
        QCOMPARE(buyer.accessKeyId, QStringLiteral("ExampleRoleUserKey1"));
        QCOMPARE(buyer.secret, (StoredSecret {QStringLiteral("example-role-user-secret-1"), QString()}));
        const Profile profile = buyer.toProfile(QStringLiteral("buyer"), Site::China);
        QCOMPARE(profile.mode, CredentialMode::RamRoleArn);
        QCOMPARE(profile.role.roleArn, QStringLiteral("acs:ram::1380000000000001:role/acr-buyer"));
        QCOMPARE(profile.role.sessionName, QStringLiteral("ci.job"));
        QCOMPARE(profile.role.externalId, QStringLiteral("ext-id-1"));
        QCOMPARE(profile.role.durationSeconds, 7200);
        QCOMPARE(profile.defaultRegion, QStringLiteral("cn-hangzhou"));

        // No session name and expired_seconds 0: the program's defaults.
        const ImportCandidate& defaults = result.candidates.at(1);
        QVERIFY2(defaults.supported, qPrintable(defaults.reason));
        QCOMPARE(defaults.role.sessionName, QStringLiteral("acr-purchase"));
        QCOMPARE(defaults.role.durationSeconds, 3600);
        QVERIFY(defaults.role.externalId.isEmpty());

        QVERIFY(result.candidates.at(2).supported); // the AK source itself

        // ChainableRamRoleArn: the source's pair, this profile's role.
        const ImportCandidate& chained = result.candidates.at(3);
        QVERIFY2(chained.supported, qPrintable(chained.reason));
        QCOMPARE(chained.sourceMode, QStringLiteral("ChainableRamRoleArn"));
        QCOMPARE(chained.sourceProfile, QStringLiteral("base"));
        QCOMPARE(chained.mode, CredentialMode::RamRoleArn);
        QCOMPARE(chained.accessKeyId, QStringLiteral("ExampleChainBaseKey3"));
        QCOMPARE(chained.secret.accessKeySecret, QStringLiteral("example-chain-base-secret-3"));
        QCOMPARE(chained.role.roleArn, QStringLiteral("acs:ram::1380000000000001:role/acr-buyer-external"));
        QCOMPARE(chained.role.externalId, QStringLiteral("acrp-demo-external-id"));
        QCOMPARE(chained.role.durationSeconds, 900);
        QCOMPARE(chained.toProfile(QStringLiteral("c"), Site::China).defaultRegion, QStringLiteral("cn-beijing"));

        // An AK profile imported as such has no role settings saved with it.
        QCOMPARE(result.candidates.at(2).toProfile(QStringLiteral("b"), Site::China).role, RoleSettings());
    }

    // Profiles that cannot be imported are still listed, each with the reason, beside the one that is
    // offered.
    void skippedProfilesListedWithReason_data()
    {
        QTest::addColumn<SkippedProfile>("expected");
        const auto unsupported
            = [](const char* row, int index, const QString& name, const QString& mode, const QString& reason) {
                  // The supported profile beside them is the CLI's current one.
                  QTest::newRow(row) << SkippedProfile {data("aliyun-unsupported.json"),
                                                        7,
                                                        index,
                                                        name,
                                                        mode,
                                                        reason,
                                                        QString(),
                                                        6,
                                                        QStringLiteral("ak"),
                                                        true};
              };
        unsupported("EcsRamRole", 1, QStringLiteral("ecs"), QStringLiteral("EcsRamRole"),
                    QStringLiteral("Mode EcsRamRole takes credentials from the ECS instance metadata service, which "
                                   "only exists on an ECS instance."));
        unsupported("RsaKeyPair", 2, QStringLiteral("rsa"), QStringLiteral("RsaKeyPair"),
                    QStringLiteral("Mode RsaKeyPair uses RSA key pairs, which Alibaba Cloud has retired."));
        unsupported("CloudSSO", 3, QStringLiteral("sso"), QStringLiteral("CloudSSO"),
                    QStringLiteral("Mode CloudSSO gets short-lived credentials from another program or service at "
                                   "run time, which this program does not do."));
        unsupported("unknown", 4, QStringLiteral("future"), QStringLiteral("QuantumKey"),
                    QStringLiteral("Mode QuantumKey is not supported; only AK, StsToken, RamRoleArn and "
                                   "ChainableRamRoleArn profiles can be imported."));
        unsupported("no mode", 5, QStringLiteral("blank"), QString(),
                    QStringLiteral("The profile is not configured (it has no mode)."));
        const auto incomplete = [](const char* row, int index, const QString& name, const QString& mode,
                                   const QString& reason, const QString& accessKeyId) {
            // A complete profile without a name is still offered, under its position.
            QTest::newRow(row) << SkippedProfile {data("aliyun-missing-fields.json"),
                                                  6,
                                                  index,
                                                  name,
                                                  mode,
                                                  reason,
                                                  accessKeyId,
                                                  5,
                                                  QStringLiteral("#6"),
                                                  false};
        };
        // A RamRoleArn profile is imported now; this one's session name ("s") is too short.
        QTest::newRow("RamRoleArn, bad session name") << SkippedProfile {
            data("aliyun-unsupported.json"),
            7,
            0,
            QStringLiteral("role"),
            QStringLiteral("RamRoleArn"),
            QStringLiteral("The session name must be 2 to 64 characters: letters, digits and . @ _ - "
                           "only."),
            QStringLiteral("ExampleRoleKey4"),
            6,
            QStringLiteral("ak"),
            true};
        const auto role = [](const char* row, int index, const QString& name, const QString& mode,
                             const QString& reason, const QString& accessKeyId) {
            QTest::newRow(row) << SkippedProfile {
                data("aliyun-roles.json"), 11,  index, name, mode, reason, accessKeyId, 0,
                QStringLiteral("buyer"),   true};
        };
        const QString chainable = QStringLiteral("ChainableRamRoleArn");
        const QString ramRole = QStringLiteral("RamRoleArn");
        role("chain of roles", 4, QStringLiteral("chain-of-roles"), chainable,
             QStringLiteral("Its source profile “buyer” is of mode RamRoleArn; only a source profile of mode AK can be "
                            "imported with it."),
             QString());
        role("chain, source missing", 5, QStringLiteral("chain-missing"), chainable,
             QStringLiteral("Its source profile “nowhere” is not in the configuration."), QString());
        role("chain, no source", 6, QStringLiteral("chain-none"), chainable,
             QStringLiteral("The profile has no source_profile."), QString());
        role("duration too long", 7, QStringLiteral("too-long"), ramRole,
             QStringLiteral("The session duration must be between 900 and 43200 seconds."),
             QStringLiteral("ExampleRoleUserKey4"));
        role("not a RAM role ARN", 8, QStringLiteral("bad-arn"), ramRole,
             QStringLiteral("“arn:aws:iam::123456789012:role/x” is not a RAM role ARN: it looks like "
                            "acs:ram::<account ID, digits only>:role/<role name>."),
             QStringLiteral("ExampleRoleUserKey5"));
        role("no role ARN", 9, QStringLiteral("no-arn"), ramRole, QStringLiteral("The profile has no ram_role_arn."),
             QStringLiteral("ExampleRoleUserKey6"));
        role("role without secret", 10, QStringLiteral("no-secret"), ramRole,
             QStringLiteral("The profile has no access_key_secret."), QStringLiteral("ExampleRoleUserKey7"));
        incomplete("no id", 0, QStringLiteral("no-id"), QStringLiteral("AK"),
                   QStringLiteral("The profile has no access_key_id."), QString());
        incomplete("no secret", 1, QStringLiteral("no-secret"), QStringLiteral("AK"),
                   QStringLiteral("The profile has no access_key_secret."), QStringLiteral("ExampleImportKey7"));
        incomplete("no token", 2, QStringLiteral("no-token"), QStringLiteral("StsToken"),
                   QStringLiteral("The profile has no sts_token."), QStringLiteral("ExampleImportKey8"));
        incomplete("bad id", 3, QStringLiteral("bad-id"), QStringLiteral("AK"),
                   QStringLiteral("The AccessKey ID has a space or line break inside it; copy it again."),
                   QStringLiteral("Example Key 9"));
        incomplete("not an object", 4, QStringLiteral("#5"), QString(), QStringLiteral("This entry is not a profile."),
                   QString());
    }

    void skippedProfilesListedWithReason()
    {
        QFETCH(SkippedProfile, expected);
        const ImportResult result = CredentialImport::fromAliyunConfigFile(expected.file);
        QVERIFY(result.ok);
        QCOMPARE(result.candidates.size(), expected.count);
        const ImportCandidate& candidate = result.candidates.at(expected.index);
        QCOMPARE(candidate.sourceName, expected.name);
        QCOMPARE(candidate.sourceMode, expected.mode);
        QVERIFY(!candidate.supported);
        QCOMPARE(candidate.reason, expected.reason);
        // A skipped profile never keeps its secret; one of an unsupported mode keeps nothing at all.
        QCOMPARE(candidate.accessKeyId, expected.accessKeyId);
        QCOMPARE(candidate.secret, StoredSecret());
        // ... while the supported one beside them is offered.
        const ImportCandidate& offered = result.candidates.at(expected.offered);
        QVERIFY(offered.supported);
        QCOMPARE(offered.sourceName, expected.offeredName);
        QCOMPARE(offered.current, expected.offeredCurrent);
    }

    void malformedFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error");
        const QString malformed = data("aliyun-malformed.json");
        const QString notConfig = data("aliyun-not-a-config.json");
        QTest::newRow("malformed")
            << malformed
            << QDir::toNativeSeparators(malformed)
                + QStringLiteral(
                    " is not valid JSON (object is missing after a comma at offset 172); nothing was imported.");
        QTest::newRow("not a config") << notConfig
                                      << QDir::toNativeSeparators(notConfig)
                + QStringLiteral(" is not an aliyun CLI configuration: it has no “profiles” list; nothing was "
                                 "imported.");
        const QString missing = QDir::temp().filePath(QStringLiteral("acrp-no-such-dir/config.json"));
        QTest::newRow("missing")
            << missing
            << QStringLiteral("There is no aliyun CLI configuration at %1.").arg(QDir::toNativeSeparators(missing));
    }

    void malformedFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, error);
        const ImportResult result = CredentialImport::fromAliyunConfigFile(file);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, error);
        QCOMPARE(result.candidates.size(), 0);
    }

    void notJsonObjects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("profiles null") << QByteArray(R"({"profiles": null})");
    }

    void notJsonObjects()
    {
        QFETCH(QByteArray, json);
        const ImportResult result = CredentialImport::fromAliyunConfig(json, QStringLiteral("config.json"));
        QVERIFY(!result.ok);
        QCOMPARE(result.error,
                 QStringLiteral("config.json is not an aliyun CLI configuration: it has no "
                                "“profiles” list; nothing was imported."));
    }

    void defaultPathIsInHome()
    {
        QCOMPARE(CredentialImport::aliyunConfigPath(), QDir::homePath() + QStringLiteral("/.aliyun/config.json"));
        // Reading the user's (here: the test HOME's) file works the same way.
        QDir(QDir::homePath()).mkpath(QStringLiteral(".aliyun"));
        QFile::remove(CredentialImport::aliyunConfigPath());
        QVERIFY(QFile::copy(data("aliyun-ststoken.json"), CredentialImport::aliyunConfigPath()));
        const ImportResult result = CredentialImport::fromAliyunConfigFile(CredentialImport::aliyunConfigPath());
        QVERIFY(result.ok);
        QCOMPARE(result.candidates.size(), 1);
        QVERIFY(QFile::remove(CredentialImport::aliyunConfigPath()));
    }

    void environment_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("error");
        QTest::newRow("nothing") << QString() << QString() << QString()
                                 << QStringLiteral("Neither ALIBABA_CLOUD_ACCESS_KEY_ID nor "
                                                   "ALIBABA_CLOUD_ACCESS_KEY_SECRET is set.");
        QTest::newRow("id only") << QStringLiteral("EnvKey1") << QString() << QString()
                                 << QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID is set but "
                                                   "ALIBABA_CLOUD_ACCESS_KEY_SECRET is not.");
        QTest::newRow("secret only") << QString() << QStringLiteral("env-secret") << QString()
                                     << QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET is set but "
                                                       "ALIBABA_CLOUD_ACCESS_KEY_ID is not.");
        QTest::newRow("blank id") << QStringLiteral("  \n") << QStringLiteral("env-secret") << QString()
                                  << QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET is set but "
                                                    "ALIBABA_CLOUD_ACCESS_KEY_ID is not.");
        QTest::newRow("bad id") << QStringLiteral("Env-Key") << QStringLiteral("env-secret") << QString()
                                << QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID: The AccessKey ID may contain only "
                                                  "the letters A-Z, a-z and the digits 0-9.");
        QTest::newRow("bad secret") << QStringLiteral("EnvKey1") << QStringLiteral("env secret") << QString()
                                    << QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET: The AccessKey secret has a "
                                                      "space or line break inside it; copy it again.");
        QTest::newRow("bad token") << QStringLiteral("EnvKey1") << QStringLiteral("env-secret")
                                   << QStringLiteral("tok\u00e9n")
                                   << QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN: The STS security token may "
                                                     "contain only printable ASCII characters.");
    }

    void environment()
    {
        QFETCH(QString, id);
        QFETCH(QString, secret);
        QFETCH(QString, token);
        QFETCH(QString, error);
        const ImportResult result = CredentialImport::fromEnvironment(aliyunEnvironment(id, secret, token));
        QVERIFY(!result.ok);
        QCOMPARE(result.error, error);
        QVERIFY(result.candidates.isEmpty());
    }

    void environmentAccessKey()
    {
        const ImportResult result = CredentialImport::fromEnvironment(aliyunEnvironment(
            QStringLiteral(" EnvKey1\n"), QStringLiteral("env-secret-1\r\n"), QString(), QStringLiteral("cn-beijing")));
        QVERIFY(result.ok);
        QCOMPARE(result.candidates.size(), 1);
        const ImportCandidate& c = result.candidates.first();
        QCOMPARE(c.sourceName, QStringLiteral("environment"));
        QCOMPARE(c.sourceMode, QStringLiteral("AK"));
        QVERIFY(c.supported);
        QCOMPARE(c.mode, CredentialMode::AccessKey);
        QCOMPARE(c.accessKeyId, QStringLiteral("EnvKey1"));
        QCOMPARE(c.secret, (StoredSecret {QStringLiteral("env-secret-1"), QString()}));
        QCOMPARE(c.regionId, QStringLiteral("cn-beijing"));
    }

    void environmentStsToken()
    {
        const ImportResult result = CredentialImport::fromEnvironment(aliyunEnvironment(
            QStringLiteral("STSEnvKey2"), QStringLiteral("env-secret-2"), QStringLiteral("CAIS+env/token==\n")));
        QVERIFY(result.ok);
        const ImportCandidate& c = result.candidates.first();
        QCOMPARE(c.sourceMode, QStringLiteral("StsToken"));
        QCOMPARE(c.mode, CredentialMode::StsToken);
        QCOMPARE(c.secret, (StoredSecret {QStringLiteral("env-secret-2"), QStringLiteral("CAIS+env/token==")}));
        QCOMPARE(c.regionId, QString());
    }

    void systemEnvironmentIsTheDefault()
    {
        qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "SysEnvKey3");
        qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "sys-env-secret-3");
        qunsetenv("ALIBABA_CLOUD_SECURITY_TOKEN");
        const ImportResult result = CredentialImport::fromEnvironment();
        qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_ID");
        qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
        QVERIFY(result.ok);
        QCOMPARE(result.candidates.first().accessKeyId, QStringLiteral("SysEnvKey3"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialImport)
#include "tst_credentialimport.moc"
