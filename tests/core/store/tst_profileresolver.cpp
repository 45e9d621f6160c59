// Resolving a profile name into credentials (what `submit --profile NAME` uses), against a real
// Secret Service: run inside installer/with-test-session.sh.
#include "StoreTestSupport.h"
#include "core/store/CredentialStore.h"
#include "core/store/ProfileResolver.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace acrp;

class TestProfileResolver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<ResolvedProfile> resolve(const QString& name, Profiles& profiles, CredentialStore& store)
    {
        std::optional<ResolvedProfile> result;
        int calls = 0;
        ProfileResolver::resolve(name, profiles, store, this, [&](const ResolvedProfile& r) {
            result = r;
            ++calls;
        });
        if (calls != 0)
            qWarning("resolve() answered synchronously");
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
            qWarning("resolve() did not answer in time");
        return result;
    }

    bool storeSecret(CredentialStore& store, const QString& name, const StoredSecret& secret)
    {
        CredentialReply* reply = store.store(name, secret);
        QSignalSpy spy(reply, &CredentialReply::finished);
        const bool ok = spy.wait(20000) && reply->status() == CredentialStatus::Ok;
        delete reply;
        return ok;
    }

    // Resolves `name` against the profiles file of the test, after saving a profile of that name in
    // `mode` (when given) and storing `secret` for it in the keychain (when given); nothing when that
    // set-up or the resolve failed.
    std::optional<ResolvedProfile> resolveSaved(const QString& name, std::optional<CredentialMode> mode = {},
                                                const std::optional<StoredSecret>& secret = {})
    {
        Profiles profiles(m_dir.filePath(QStringLiteral("p.ini")));
        CredentialStore store;
        QString error;
        if (mode && !profiles.save(profile(name, *mode), QString(), &error)) {
            qWarning("saving the profile failed: %s", qPrintable(error));
            return std::nullopt;
        }
        if (secret && !storeSecret(store, name, *secret)) {
            qWarning("storing the secret failed");
            return std::nullopt;
        }
        return resolve(name, profiles, store);
    }

    Profile profile(const QString& name, CredentialMode mode)
    {
        Profile p;
        p.name = name;
        p.site = Site::International;
        p.accessKeyId = QStringLiteral("ResolverKey1");
        p.mode = mode;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::inTestSession())
            QFAIL("No session bus or secret-tool: run the tests inside installer/with-test-session.sh.");
    }

    void sandboxNeedsNoKeychain()
    {
        const auto result = resolveSaved(QStringLiteral("sandbox"));
        QVERIFY(result);
        QVERIFY(result->ok);
        QCOMPARE(result->status, CredentialStatus::Ok);
        QCOMPARE(result->profile, Profiles::sandboxProfile());
        QCOMPARE(result->credentials.accessKeyId, QStringLiteral("SandboxDemoKeyCN"));
        QCOMPARE(result->credentials.accessKeySecret, QStringLiteral("sandbox-demo-secret-cn"));
        QCOMPARE(result->credentials.securityToken, QString());
        QCOMPARE(test::keychainUsers(), QStringList());
    }

    void unknownProfile()
    {
        const auto result = resolveSaved(QStringLiteral("nope"));
        QVERIFY(result);
        QVERIFY(!result->ok);
        QVERIFY(result->unknownProfile);
        QCOMPARE(result->message,
                 QStringLiteral("There is no profile named “nope”; “acr-purchase profiles” lists them."));
    }

    // A profile with its secret in the keychain resolves to its credentials; the token is sent only
    // for an StsToken profile.
    void storedProfile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("sts");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("token"); // stored with the secret
        QTest::addColumn<QString>("sentToken");
        QTest::newRow("AccessKey, a stale token in the entry")
            << QStringLiteral("ak") << false << QStringLiteral("resolver-secret-1") << QStringLiteral("stale-token")
            << QString();
        QTest::newRow("StsToken") << QStringLiteral("sts") << true << QStringLiteral("resolver-secret-2")
                                  << QStringLiteral("CAIS+resolver==") << QStringLiteral("CAIS+resolver==");
    }

    void storedProfile()
    {
        QFETCH(QString, name);
        QFETCH(bool, sts);
        QFETCH(QString, secret);
        QFETCH(QString, token);
        QFETCH(QString, sentToken);
        const auto result = resolveSaved(name, sts ? CredentialMode::StsToken : CredentialMode::AccessKey,
                                         StoredSecret {secret, token});
        QVERIFY(result);
        QVERIFY(result->ok);
        QCOMPARE(result->message, QString());
        QCOMPARE(result->profile.site, Site::International);
        QCOMPARE(result->credentials.accessKeyId, QStringLiteral("ResolverKey1"));
        QCOMPARE(result->credentials.accessKeySecret, secret);
        QCOMPARE(result->credentials.securityToken, sentToken);
    }

    void stsProfileWithoutToken()
    {
        const auto result = resolveSaved(QStringLiteral("sts-half"), CredentialMode::StsToken,
                                         StoredSecret {QStringLiteral("resolver-secret-3"), QString()});
        QVERIFY(result);
        QVERIFY(!result->ok);
        QCOMPARE(result->status, CredentialStatus::NotFound);
        QCOMPARE(result->credentials.accessKeySecret, QString());
    }

    void noSecretStored()
    {
        const auto result = resolveSaved(QStringLiteral("empty"), CredentialMode::AccessKey);
        QVERIFY(result);
        QVERIFY(!result->ok);
        QVERIFY(!result->unknownProfile);
        QCOMPARE(result->status, CredentialStatus::NotFound);
        QCOMPARE(result->message,
                 QStringLiteral("No secret stored for profile “empty”. Enter it in the Profiles dialog."));
    }

    void contextGoneMeansNoCallback()
    {
        Profiles profiles(m_dir.filePath(QStringLiteral("p.ini")));
        CredentialStore store;
        int calls = 0;
        {
            QObject context;
            ProfileResolver::resolve(QStringLiteral("sandbox"), profiles, store, &context,
                                     [&](const ResolvedProfile&) { ++calls; });
        }
        QTest::qWait(200); // a dropped call has no signal to wait for
        QCOMPARE(calls, 0);
    }

    void cleanupTestCase()
    {
        const QStringList leaks = test::filesContaining(
            QDir::homePath(), {"resolver-secret-1", "resolver-secret-2", "resolver-secret-3", "CAIS+resolver=="});
        QCOMPARE(leaks, QStringList());
        const QStringList leaksInSettings = test::filesContaining(
            m_dir.path(), {"resolver-secret-1", "resolver-secret-2", "resolver-secret-3", "CAIS+resolver=="});
        QCOMPARE(leaksInSettings, QStringList());
    }
};

QTEST_GUILESS_MAIN(TestProfileResolver)
#include "tst_profileresolver.moc"
