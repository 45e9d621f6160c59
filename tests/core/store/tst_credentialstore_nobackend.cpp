// CredentialStore with no keychain at all: the session bus points nowhere (set by CTest). The store
// must say so, offer session-only storage, and never write a secret to disk.
#include "StoreTestSupport.h"
#include "core/store/CredentialStore.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace acrp;

class TestCredentialStoreNoBackend : public QObject
{
    Q_OBJECT

private:
    const StoredSecret m_secret {QStringLiteral("nobackend-only-secret-5d1e"),
                                 QStringLiteral("nobackend+only+token/8e2f==")};

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("/nonexistent/"),
                 "this test expects CTest to point DBUS_SESSION_BUS_ADDRESS nowhere");
    }

    void everyOperationReportsNoBackend_data()
    {
        QTest::addColumn<int>("operation");
        QTest::newRow("store") << int(CredentialReply::Operation::Store);
        QTest::newRow("read") << int(CredentialReply::Operation::Read);
        QTest::newRow("rename") << int(CredentialReply::Operation::Rename);
        QTest::newRow("remove") << int(CredentialReply::Operation::Remove);
    }

    void everyOperationReportsNoBackend()
    {
        QFETCH(int, operation);
        CredentialStore store;
        QScopedPointer<CredentialReply> reply;
        switch (CredentialReply::Operation(operation)) {
        case CredentialReply::Operation::Store:
            reply.reset(store.store(QStringLiteral("prod"), m_secret));
            break;
        case CredentialReply::Operation::Read:
            reply.reset(store.read(QStringLiteral("prod")));
            break;
        case CredentialReply::Operation::Rename:
            reply.reset(store.rename(QStringLiteral("prod"), QStringLiteral("prod2")));
            break;
        case CredentialReply::Operation::Remove:
            reply.reset(store.remove(QStringLiteral("prod")));
            break;
        }
        QVERIFY(test::waitForAnswer(reply.get()));
        QVERIFY2(reply->status() == CredentialStatus::NoBackend, qPrintable(reply->backendError()));
        QCOMPARE(reply->message(),
                 QStringLiteral("No keychain is available (Secret Service or KWallet on Linux, Keychain on macOS, "
                                "Credential Manager on Windows). The secret can be kept in memory for this session "
                                "only; it is never written to disk."));
        QVERIFY(reply->offersSessionOnly());
        QVERIFY(!reply->canRetry());
        QVERIFY(!store.isSessionOnly());
    }

    void sessionOnlyKeepsSecretsInMemory()
    {
        CredentialStore store;
        QScopedPointer<CredentialReply> reply(store.store(QStringLiteral("prod"), m_secret));
        QVERIFY(test::waitForAnswer(reply.get()));
        QCOMPARE(reply->status(), CredentialStatus::NoBackend);

        // The user accepts the offer.
        QSignalSpy modeSpy(&store, &CredentialStore::sessionOnlyChanged);
        store.setSessionOnly(true);
        QCOMPARE(modeSpy.count(), 1);
        QVERIFY(store.isSessionOnly());

        reply.reset(store.store(QStringLiteral("prod"), m_secret));
        QVERIFY(!reply->isFinished()); // still answered from the event loop
        QVERIFY(test::waitForAnswer(reply.get()));
        QCOMPARE(reply->status(), CredentialStatus::Ok);
        QVERIFY(reply->isSessionOnly());

        reply.reset(store.read(QStringLiteral("prod")));
        QVERIFY(test::waitForAnswer(reply.get()));
        QCOMPARE(reply->status(), CredentialStatus::Ok);
        QCOMPARE(reply->secret(), m_secret);

        QCOMPARE(test::statusOf(store.rename(QStringLiteral("prod"), QStringLiteral("production"))),
                 CredentialStatus::Ok);
        QCOMPARE(test::statusOf(store.read(QStringLiteral("prod"))), CredentialStatus::NotFound);
        reply.reset(store.read(QStringLiteral("production")));
        QVERIFY(test::waitForAnswer(reply.get()));
        QCOMPARE(reply->secret(), m_secret);

        QCOMPARE(test::statusOf(store.remove(QStringLiteral("production"))), CredentialStatus::Ok);
        reply.reset(store.read(QStringLiteral("production")));
        QVERIFY(test::waitForAnswer(reply.get()));
        QCOMPARE(reply->status(), CredentialStatus::NotFound);
        QCOMPARE(reply->message(), QStringLiteral("No secret stored for this profile."));

        // Leaving session-only mode forgets what was kept.
        reply.reset(store.store(QStringLiteral("again"), m_secret));
        QVERIFY(test::waitForAnswer(reply.get()));
        store.setSessionOnly(false);
        store.setSessionOnly(true);
        QCOMPARE(test::statusOf(store.read(QStringLiteral("again"))), CredentialStatus::NotFound);
    }

    void cleanupTestCase()
    {
        // Nothing written to disk: no file under HOME (config, data, cache) holds the secret or token.
        const QStringList leaks = test::filesContaining(
            QDir::homePath(), {m_secret.accessKeySecret.toUtf8(), m_secret.securityToken.toUtf8()});
        QCOMPARE(leaks, QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCredentialStoreNoBackend)
#include "tst_credentialstore_nobackend.moc"
