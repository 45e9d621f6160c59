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
