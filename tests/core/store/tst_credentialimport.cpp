#include "core/store/CredentialImport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace acrp;

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

    void unsupportedModesListedWithReason_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("RamRoleArn") << 0 << QStringLiteral("role") << QStringLiteral("RamRoleArn")
                                    << QStringLiteral("Mode RamRoleArn assumes a RAM role at run time, which this "
                                                      "program does not do; import an AccessKey or StsToken profile "
                                                      "instead.");
        QTest::newRow("EcsRamRole") << 1 << QStringLiteral("ecs") << QStringLiteral("EcsRamRole")
                                    << QStringLiteral("Mode EcsRamRole takes credentials from the ECS instance "
                                                      "metadata service, which only exists on an ECS instance.");
        QTest::newRow("RsaKeyPair") << 2 << QStringLiteral("rsa") << QStringLiteral("RsaKeyPair")
                                    << QStringLiteral("Mode RsaKeyPair uses RSA key pairs, which Alibaba Cloud has "
                                                      "retired.");
        QTest::newRow("CloudSSO") << 3 << QStringLiteral("sso") << QStringLiteral("CloudSSO")
                                  << QStringLiteral("Mode CloudSSO gets short-lived credentials from another program "
                                                    "or service at run time, which this program does not do.");
        QTest::newRow("unknown") << 4 << QStringLiteral("future") << QStringLiteral("QuantumKey")
                                 << QStringLiteral("Mode QuantumKey is not supported; only AK and StsToken profiles "
                                                   "can be imported.");
        QTest::newRow("no mode") << 5 << QStringLiteral("blank") << QString()
                                 << QStringLiteral("The profile is not configured (it has no mode).");
    }

    void unsupportedModesListedWithReason()
    {
        QFETCH(int, index);
        QFETCH(QString, name);
        QFETCH(QString, mode);
        QFETCH(QString, reason);
        const ImportResult result = CredentialImport::fromAliyunConfigFile(data("aliyun-unsupported.json"));
        QVERIFY(result.ok);
        QCOMPARE(result.candidates.size(), 7);
        const ImportCandidate& candidate = result.candidates.at(index);
        QCOMPARE(candidate.sourceName, name);
        QCOMPARE(candidate.sourceMode, mode);
        QVERIFY(!candidate.supported);
        QCOMPARE(candidate.reason, reason);
        // Nothing of a skipped profile is kept, least of all its secret.
        QCOMPARE(candidate.accessKeyId, QString());
        QCOMPARE(candidate.secret, StoredSecret());
        // ... while the supported one beside them is offered.
        QVERIFY(result.candidates.at(6).supported);
        QCOMPARE(result.candidates.at(6).sourceName, QStringLiteral("ak"));
        QVERIFY(result.candidates.at(6).current);
    }

    void missingFieldsListedWithReason_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no id") << 0 << QStringLiteral("no-id") << QStringLiteral("The profile has no access_key_id.");
        QTest::newRow("no secret") << 1 << QStringLiteral("no-secret")
                                   << QStringLiteral("The profile has no access_key_secret.");
        QTest::newRow("no token") << 2 << QStringLiteral("no-token") << QStringLiteral("The profile has no sts_token.");
        QTest::newRow("bad id") << 3 << QStringLiteral("bad-id")
                                << QStringLiteral("The AccessKey ID has a space or line break inside it; copy it "
                                                  "again.");
        QTest::newRow("not an object") << 4 << QStringLiteral("#5") << QStringLiteral("This entry is not a profile.");
    }

    void missingFieldsListedWithReason()
    {
        QFETCH(int, index);
        QFETCH(QString, name);
        QFETCH(QString, reason);
        const ImportResult result = CredentialImport::fromAliyunConfigFile(data("aliyun-missing-fields.json"));
        QVERIFY(result.ok);
        QCOMPARE(result.candidates.size(), 6);
        const ImportCandidate& candidate = result.candidates.at(index);
        QCOMPARE(candidate.sourceName, name);
        QVERIFY(!candidate.supported);
        QCOMPARE(candidate.reason, reason);
        QCOMPARE(candidate.secret, StoredSecret());
        // A complete profile without a name is still offered, under its position.
        QCOMPARE(result.candidates.at(5).sourceName, QStringLiteral("#6"));
        QVERIFY(result.candidates.at(5).supported);
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
                + QStringLiteral(" is not an aliyun CLI configuration: it has no \"profiles\" list; nothing was "
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
                                "\"profiles\" list; nothing was imported."));
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
        QProcessEnvironment env;
        if (!id.isNull())
            env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), id);
        if (!secret.isNull())
            env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), secret);
        if (!token.isNull())
            env.insert(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), token);
        const ImportResult result = CredentialImport::fromEnvironment(env);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, error);
        QVERIFY(result.candidates.isEmpty());
    }

    void environmentAccessKey()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral(" EnvKey1\n"));
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("env-secret-1\r\n"));
        env.insert(QStringLiteral("ALIBABA_CLOUD_REGION_ID"), QStringLiteral("cn-beijing"));
        const ImportResult result = CredentialImport::fromEnvironment(env);
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
        QProcessEnvironment env;
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("STSEnvKey2"));
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("env-secret-2"));
        env.insert(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), QStringLiteral("CAIS+env/token==\n"));
        const ImportResult result = CredentialImport::fromEnvironment(env);
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
