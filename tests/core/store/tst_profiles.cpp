#include "core/store/Profiles.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace acrp;

namespace {

Profile makeProfile(const QString& name, const QString& keyId = QStringLiteral("TestKeyId0001"))
{
    Profile profile;
    profile.name = name;
    profile.site = Site::International;
    profile.accessKeyId = keyId;
    profile.mode = CredentialMode::StsToken;
    profile.defaultRegion = QStringLiteral("ap-southeast-1");
    return profile;
}

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("profiles.ini")); }

private Q_SLOTS:
    void init() { QFile::remove(settingsFile()); }

    void sandboxExistsOutOfTheBox()
    {
        const Profiles profiles(settingsFile());
        const QList<Profile> all = profiles.profiles();
        QCOMPARE(all.size(), 1);
        const Profile sandbox = all.first();
        QCOMPARE(sandbox.name, QStringLiteral("sandbox"));
        QCOMPARE(sandbox.site, Site::China);
        QCOMPARE(sandbox.accessKeyId, QStringLiteral("SandboxDemoKeyCN"));
        QCOMPARE(sandbox.mode, CredentialMode::AccessKey);
        QVERIFY(sandbox.builtIn);
        QCOMPARE(Profiles::sandboxSecret(), QStringLiteral("sandbox-demo-secret-cn"));
        QCOMPARE(profiles.profile(QStringLiteral("sandbox")), sandbox);
        QVERIFY(!QFile::exists(settingsFile())); // nothing written just by looking
    }

    void modeIds()
    {
        QCOMPARE(credentialModeId(CredentialMode::AccessKey), QStringLiteral("AccessKey"));
        QCOMPARE(credentialModeId(CredentialMode::StsToken), QStringLiteral("StsToken"));
        CredentialMode mode = CredentialMode::AccessKey;
        QVERIFY(credentialModeFromId(QStringLiteral("ststoken"), &mode));
        QCOMPARE(mode, CredentialMode::StsToken);
        QVERIFY(!credentialModeFromId(QStringLiteral("AK"), &mode));
    }

    void saveLoadRenameRemove()
    {
        Profiles profiles(settingsFile());
        QSignalSpy changed(&profiles, &Profiles::changed);
        QString error;
        QVERIFY2(profiles.save(makeProfile(QStringLiteral("prod")), QString(), &error), qPrintable(error));
        QVERIFY2(profiles.save(makeProfile(QStringLiteral("Alpha"), QStringLiteral("OtherKey2")), QString(), &error),
                 qPrintable(error));
        QCOMPARE(changed.count(), 2);

        // A second instance on the same file sees what the first wrote.
        const Profiles reread(settingsFile());
        const QList<Profile> all = reread.profiles();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).name, QStringLiteral("sandbox"));
        QCOMPARE(all.at(1).name, QStringLiteral("Alpha"));
        QCOMPARE(all.at(2), makeProfile(QStringLiteral("prod")));

        Profile renamed = makeProfile(QStringLiteral("production"));
        renamed.mode = CredentialMode::AccessKey;
        renamed.defaultRegion.clear();
        QVERIFY2(profiles.save(renamed, QStringLiteral("prod"), &error), qPrintable(error));
        QVERIFY(!profiles.contains(QStringLiteral("prod")));
        QCOMPARE(profiles.profile(QStringLiteral("production")), renamed);

        QVERIFY2(profiles.remove(QStringLiteral("production"), &error), qPrintable(error));
        QVERIFY(!profiles.contains(QStringLiteral("production")));
        QCOMPARE(profiles.profiles().size(), 2);
        QCOMPARE(changed.count(), 4);

        QVERIFY(!profiles.remove(QStringLiteral("production"), &error));
        QCOMPARE(error, QStringLiteral("There is no profile named “production”."));
    }

    void builtInIsReadOnly()
    {
        Profiles profiles(settingsFile());
        QString error;
        QVERIFY(!profiles.remove(QStringLiteral("sandbox"), &error));
        QCOMPARE(error, QStringLiteral("The built-in sandbox profile cannot be changed or removed."));
        error.clear();
        QVERIFY(!profiles.save(Profiles::sandboxProfile(), QStringLiteral("sandbox"), &error));
        QCOMPARE(error, QStringLiteral("The built-in sandbox profile cannot be changed or removed."));
    }

    void validate_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("keyId");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("originalName");
        QTest::addColumn<QStringList>("problems");
        const QString key = QStringLiteral("TestKeyId0001");
        const QString nameRule = QStringLiteral("A profile name starts with a letter or digit and may contain only "
                                                "letters, digits, '.', '-' and '_' (at most 64 characters).");
        QTest::newRow("valid") << QStringLiteral("new_one.2") << key << QStringLiteral("cn-hangzhou") << QString()
                               << QStringList();
        QTest::newRow("no region") << QStringLiteral("n") << key << QString() << QString() << QStringList();
        QTest::newRow("empty name") << QString() << key << QString() << QString()
                                    << QStringList {QStringLiteral("Enter a profile name.")};
        QTest::newRow("space in name") << QStringLiteral("my prod") << key << QString() << QString()
                                       << QStringList {nameRule};
        QTest::newRow("slash in name") << QStringLiteral("a/b") << key << QString() << QString()
                                       << QStringList {nameRule};
        QTest::newRow("leading dash") << QStringLiteral("-a") << key << QString() << QString()
                                      << QStringList {nameRule};
        QTest::newRow("65 chars") << QString(65, QLatin1Char('a')) << key << QString() << QString()
                                  << QStringList {nameRule};
        QTest::newRow("reserved") << QStringLiteral("Sandbox") << key << QString() << QString()
                                  << QStringList {
                                         QStringLiteral("The name “Sandbox” belongs to the built-in profile.")};
        QTest::newRow("taken") << QStringLiteral("existing") << key << QString() << QString()
                               << QStringList {QStringLiteral("A profile named “existing” already exists.")};
        QTest::newRow("taken, other case")
            << QStringLiteral("EXISTING") << key << QString() << QString()
            << QStringList {QStringLiteral("A profile named “existing” already exists.")};
        QTest::newRow("own name") << QStringLiteral("existing") << key << QString() << QStringLiteral("existing")
                                  << QStringList();
        QTest::newRow("bad key") << QStringLiteral("k") << QStringLiteral("LTAI 5t") << QString() << QString()
                                 << QStringList {QStringLiteral(
                                        "The AccessKey ID has a space or line break inside it; copy it again.")};
        QTest::newRow("bad region") << QStringLiteral("r") << key << QStringLiteral("Shanghai") << QString()
                                    << QStringList {QStringLiteral("“Shanghai” is not a region id such as "
                                                                   "cn-shanghai.")};
        QTest::newRow("everything wrong")
            << QString() << QString() << QStringLiteral("x") << QString()
            << QStringList {QStringLiteral("Enter a profile name."), QStringLiteral("Enter the AccessKey ID."),
                            QStringLiteral("“x” is not a region id such as cn-shanghai.")};
    }

    void validate()
    {
        QFETCH(QString, name);
        QFETCH(QString, keyId);
        QFETCH(QString, region);
        QFETCH(QString, originalName);
        QFETCH(QStringList, problems);
        Profiles profiles(settingsFile());
        QString error;
        QVERIFY2(profiles.save(makeProfile(QStringLiteral("existing")), QString(), &error), qPrintable(error));
        Profile profile = makeProfile(name, keyId);
        profile.defaultRegion = region;
        QCOMPARE(profiles.validate(profile, originalName), problems);
        // save() refuses exactly what validate() reports.
        const bool saved = profiles.save(profile, originalName, &error);
        QCOMPARE(saved, problems.isEmpty());
        if (!saved)
            QCOMPARE(error, problems.join(QLatin1Char('\n')));
    }

    // A RAM role profile keeps its role in the settings (not secret) and gets it back.
    void roleRoundTrip()
    {
        Profiles profiles(settingsFile());
        Profile profile = makeProfile(QStringLiteral("buyer"));
        profile.mode = CredentialMode::RamRoleArn;
        profile.role.roleArn = QStringLiteral("acs:ram::1380000000000001:role/acr-buyer");
        profile.role.sessionName = QStringLiteral("night.job@ci");
        profile.role.externalId = QStringLiteral("ext=1,a:b/c");
        profile.role.durationSeconds = 43200;
        QString error;
        QVERIFY2(profiles.save(profile, QString(), &error), qPrintable(error));
        QCOMPARE(Profiles(settingsFile()).profile(QStringLiteral("buyer")), profile);
        QSettings raw(settingsFile(), QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("profiles/buyer/mode")).toString(), QStringLiteral("RamRoleArn"));
        QCOMPARE(raw.value(QStringLiteral("profiles/buyer/roleArn")).toString(), profile.role.roleArn);
        QCOMPARE(raw.value(QStringLiteral("profiles/buyer/durationSeconds")).toInt(), 43200);

        // Without an external id none is stored; back to AccessKey, the role's keys go.
        profile.role.externalId.clear();
        QVERIFY2(profiles.save(profile, QStringLiteral("buyer"), &error), qPrintable(error));
        raw.sync();
        QVERIFY(!raw.contains(QStringLiteral("profiles/buyer/externalId")));
        QCOMPARE(Profiles(settingsFile()).profile(QStringLiteral("buyer")), profile);
        profile.mode = CredentialMode::AccessKey;
        profile.role = RoleSettings();
        QVERIFY2(profiles.save(profile, QStringLiteral("buyer"), &error), qPrintable(error));
        raw.sync();
        QVERIFY(!raw.contains(QStringLiteral("profiles/buyer/roleArn")));
        QVERIFY(!raw.contains(QStringLiteral("profiles/buyer/roleSessionName")));
        QVERIFY(!raw.contains(QStringLiteral("profiles/buyer/durationSeconds")));
        QCOMPARE(Profiles(settingsFile()).profile(QStringLiteral("buyer")), profile);
    }

    void roleDefaults()
    {
        const RoleSettings role;
        QCOMPARE(role.sessionName, QStringLiteral("acr-purchase"));
        QCOMPARE(role.durationSeconds, 3600);
        QVERIFY(role.externalId.isEmpty());
        QCOMPARE(credentialModeId(CredentialMode::RamRoleArn), QStringLiteral("RamRoleArn"));
        CredentialMode mode = CredentialMode::AccessKey;
        QVERIFY(credentialModeFromId(QStringLiteral("ramrolearn"), &mode));
        QCOMPARE(mode, CredentialMode::RamRoleArn);
        QCOMPARE(RoleSettings::accountOf(QStringLiteral("acs:ram::1380000000000001:role/acr-buyer")),
                 QStringLiteral("1380000000000001"));
        QCOMPARE(RoleSettings::roleNameOf(QStringLiteral("acs:ram::1380000000000001:role/acr-buyer")),
                 QStringLiteral("acr-buyer"));
        QVERIFY(RoleSettings::accountOf(QStringLiteral("acs:ram::x:role/acr-buyer")).isEmpty());
    }

    // Every rule of a role, each with bad input; save() refuses what validate() reports.
    void roleValidation_data()
    {
        QTest::addColumn<QString>("arn");
        QTest::addColumn<QString>("session");
        QTest::addColumn<QString>("externalId");
        QTest::addColumn<int>("duration");
        QTest::addColumn<QStringList>("problems");
        const QString arn = QStringLiteral("acs:ram::1380000000000001:role/acr-buyer");
        const QString session = QStringLiteral("acr-purchase");
        const auto arnRule = [](const QString& bad) {
            return QStringLiteral("“%1” is not a RAM role ARN: it looks like acs:ram::<account ID, digits only>:"
                                  "role/<role name>.")
                .arg(bad);
        };
        const QString sessionRule
            = QStringLiteral("The session name must be 2 to 64 characters: letters, digits and . @ _ - only.");
        const QString externalRule
            = QStringLiteral("The external ID must be 2 to 1224 characters: letters, digits and = , . @ : / _ - only.");
        const QString durationRule = QStringLiteral("The session duration must be between 900 and 43200 seconds.");
        QTest::newRow("valid") << arn << session << QString() << 3600 << QStringList();
        QTest::newRow("valid limits") << arn << QStringLiteral("a.@_-Z9") << QStringLiteral("e=,.@:/_-1") << 900
                                      << QStringList();
        QTest::newRow("valid max") << arn << QString(64, u'x') << QString(1224, u'e') << 43200 << QStringList();
        QTest::newRow("no ARN") << QString() << session << QString() << 3600
                                << QStringList {QStringLiteral("Enter the ARN of the RAM role to assume.")};
        for (const QString& bad : {QStringLiteral("acs:ram::12ab:role/x"), QStringLiteral("acs:ram::1:user/x"),
                                   QStringLiteral("acs:ram:cn:1:role/x"), QStringLiteral("acs:ram::1:role/"),
                                   QStringLiteral("arn:aws:iam::123456789012:role/x"),
                                   QStringLiteral("acs:ram::1:role/a b"), QStringLiteral(" acs:ram::1:role/x")})
            QTest::newRow(qPrintable(QStringLiteral("ARN ") + bad))
                << bad << session << QString() << 3600 << QStringList {arnRule(bad)};
        for (const QString& bad : {QString(), QStringLiteral("a"), QString(65, u'x'), QStringLiteral("has space"),
                                   QStringLiteral("slash/no"), QStringLiteral("中文名")})
            QTest::newRow(qPrintable(QStringLiteral("session “%1”").arg(bad.left(8))))
                << arn << bad << QString() << 3600 << QStringList {sessionRule};
        for (const QString& bad :
             {QStringLiteral("a"), QString(1225, u'e'), QStringLiteral("has space"), QStringLiteral("semi;colon")})
            QTest::newRow(qPrintable(QStringLiteral("external “%1”").arg(bad.left(8))))
                << arn << session << bad << 3600 << QStringList {externalRule};
        for (const int bad : {0, 899, 43201, -1})
            QTest::newRow(qPrintable(QStringLiteral("duration %1").arg(bad)))
                << arn << session << QString() << bad << QStringList {durationRule};
        QTest::newRow("everything wrong") << QString() << QStringLiteral("x") << QStringLiteral("!") << 60
                                          << QStringList {QStringLiteral("Enter the ARN of the RAM role to assume."),
                                                          sessionRule, externalRule, durationRule};
    }

    void roleValidation()
    {
        QFETCH(QString, arn);
        QFETCH(QString, session);
        QFETCH(QString, externalId);
        QFETCH(int, duration);
        QFETCH(QStringList, problems);
        Profiles profiles(settingsFile());
        Profile profile = makeProfile(QStringLiteral("role"));
        profile.mode = CredentialMode::RamRoleArn;
        profile.role.roleArn = arn;
        profile.role.sessionName = session;
        profile.role.externalId = externalId;
        profile.role.durationSeconds = duration;
        QCOMPARE(profile.role.problems(), problems);
        QCOMPARE(profiles.validate(profile), problems);
        QString error;
        QCOMPARE(profiles.save(profile, QString(), &error), problems.isEmpty());
        if (!problems.isEmpty())
            QCOMPARE(error, problems.join(u'\n'));
        // The role is only checked for RAM role profiles.
        profile.mode = CredentialMode::AccessKey;
        QCOMPARE(profiles.validate(profile, profile.name), QStringList());
    }

    void saveUnknownOriginalFails()
    {
        Profiles profiles(settingsFile());
        QString error;
        QVERIFY(!profiles.save(makeProfile(QStringLiteral("a")), QStringLiteral("ghost"), &error));
        QCOMPARE(error, QStringLiteral("There is no profile named “ghost”."));
        QCOMPARE(profiles.profiles().size(), 1);
    }

    void uniqueName_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("free") << QStringLiteral("work") << QStringLiteral("work");
        QTest::newRow("taken") << QStringLiteral("default") << QStringLiteral("default-3");
        QTest::newRow("taken twice") << QStringLiteral("default-2") << QStringLiteral("default-2-2");
        QTest::newRow("other case") << QStringLiteral("DEFAULT") << QStringLiteral("DEFAULT-3");
        QTest::newRow("sandbox") << QStringLiteral("sandbox") << QStringLiteral("sandbox-2");
        QTest::newRow("cleaned") << QStringLiteral("my work/acct") << QStringLiteral("my-work-acct");
        QTest::newRow("leading junk") << QStringLiteral("--x") << QStringLiteral("x");
        QTest::newRow("nothing usable") << QStringLiteral("***") << QStringLiteral("profile");
    }

    void uniqueName()
    {
        QFETCH(QString, base);
        QFETCH(QString, expected);
        Profiles profiles(settingsFile());
        QString error;
        QVERIFY(profiles.save(makeProfile(QStringLiteral("default")), QString(), &error));
        QVERIFY(profiles.save(makeProfile(QStringLiteral("default-2")), QString(), &error));
        QCOMPARE(profiles.uniqueName(base), expected);
        QVERIFY(profiles.validate(makeProfile(profiles.uniqueName(base))).isEmpty());
    }

    void skipsHandEditedGroups()
    {
        {
            QSettings settings(settingsFile(), QSettings::IniFormat);
            settings.setValue(QStringLiteral("profiles/good/accessKeyId"), QStringLiteral("GoodKey"));
            settings.setValue(QStringLiteral("profiles/good/site"), QStringLiteral("mars"));
            settings.setValue(QStringLiteral("profiles/good/mode"), QStringLiteral("weird"));
            settings.setValue(QStringLiteral("profiles/sandbox/accessKeyId"), QStringLiteral("Shadow"));
        }
        const Profiles profiles(settingsFile());
        const QList<Profile> all = profiles.profiles();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0), Profiles::sandboxProfile()); // a stored "sandbox" never shadows the built-in
        QCOMPARE(all.at(1).name, QStringLiteral("good"));
        QCOMPARE(all.at(1).site, Site::China); // unknown values fall back to the defaults
        QCOMPARE(all.at(1).mode, CredentialMode::AccessKey);
    }

    void defaultLocationIsTheUserConfig()
    {
        Profiles profiles;
        QVERIFY2(
            profiles.fileName().startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)),
            qPrintable(profiles.fileName()));
        QVERIFY(profiles.fileName().endsWith(QStringLiteral("acr-purchase/acr-purchase.conf")));
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
