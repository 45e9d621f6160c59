// CredentialStore against a real Secret Service (gnome-keyring in a private D-Bus session): run
// inside installer/with-test-session.sh.
#include "StoreTestSupport.h"
#include "core/store/CredentialStore.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace acrp;

class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    static constexpr int kTimeout = 20000;

    const StoredSecret m_akSecret {QStringLiteral("test-only-secret-AK-7f3a"), {}};
    const StoredSecret m_stsSecret {QStringLiteral("test-only-secret-STS-91c2"),
                                    QStringLiteral("CAIS+test/only+token==QmFzZTY0TGlrZVRva2Vu")};

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!test::inTestSession())
            QFAIL("No session bus or secret-tool: run the tests inside installer/with-test-session.sh.");
        QCOMPARE(CredentialStore::serviceName(), QStringLiteral("acr-purchase"));
    }

    void storeReadRenameRemove()
    {
        CredentialStore store;
        QScopedPointer<CredentialReply> reply(store.store(QStringLiteral("prod"), m_akSecret));
        QVERIFY(!reply->isFinished()); // asynchronous: never answered inside the call
        QVERIFY(test::waitForAnswer(reply.get()));
        QCOMPARE(reply->status(), CredentialStatus::Ok);
        QCOMPARE(reply->message(), QString());
        QVERIFY(!reply->isSessionOnly());
        QCOMPARE(test::keychainUsers(QStringLiteral("prod")), QStringList {QStringLiteral("prod")});

        reply.reset(store.read(QStringLiteral("prod")));
        QVERIFY(test::waitForAnswer(reply.get()));
        QCOMPARE(reply->status(), CredentialStatus::Ok);
        QCOMPARE(reply->secret(), m_akSecret);

        QCOMPARE(test::statusOf(store.rename(QStringLiteral("prod"), QStringLiteral("production"))),
                 CredentialStatus::Ok);
        QCOMPARE(test::keychainUsers(QStringLiteral("prod")), QStringList());
        QCOMPARE(test::keychainUsers(QStringLiteral("production")), QStringList {QStringLiteral("production")});

        reply.reset(store.read(QStringLiteral("prod")));
        QVERIFY(test::waitForAnswer(reply.get()));
        QCOMPARE(reply->status(), CredentialStatus::NotFound);
        QCOMPARE(reply->message(), QStringLiteral("No secret stored for this profile."));
        QCOMPARE(reply->secret(), StoredSecret());
        QVERIFY(!reply->canRetry());
        QVERIFY(!reply->offersSessionOnly());

        reply.reset(store.read(QStringLiteral("production")));
        QVERIFY(test::waitForAnswer(reply.get()));
        QCOMPARE(reply->status(), CredentialStatus::Ok);
        QCOMPARE(reply->secret(), m_akSecret);

        QCOMPARE(test::statusOf(store.remove(QStringLiteral("production"))), CredentialStatus::Ok);
        QCOMPARE(test::keychainUsers(), QStringList());

        QCOMPARE(test::statusOf(store.read(QStringLiteral("production"))), CredentialStatus::NotFound);
    }

    void stsTokenIsOneEntry()
    {
        CredentialStore store;
        QScopedPointer<CredentialReply> reply(store.store(QStringLiteral("sts"), m_stsSecret));
        QVERIFY(test::waitForAnswer(reply.get()));
        QCOMPARE(reply->status(), CredentialStatus::Ok);
        QCOMPARE(test::keychainUsers(), QStringList {QStringLiteral("sts")});

        reply.reset(store.read(QStringLiteral("sts")));
        QVERIFY(test::waitForAnswer(reply.get()));
        QCOMPARE(reply->status(), CredentialStatus::Ok);
        QCOMPARE(reply->secret(), m_stsSecret);

        // Storing again replaces the entry rather than adding a second one.
        const StoredSecret renewed {m_stsSecret.accessKeySecret, QStringLiteral("CAIS+renewed+token==")};
        QCOMPARE(test::statusOf(store.store(QStringLiteral("sts"), renewed)), CredentialStatus::Ok);
        QCOMPARE(test::keychainUsers(), QStringList {QStringLiteral("sts")});
        reply.reset(store.read(QStringLiteral("sts")));
        QVERIFY(test::waitForAnswer(reply.get()));
        QCOMPARE(reply->secret(), renewed);

        QCOMPARE(test::statusOf(store.remove(QStringLiteral("sts"))), CredentialStatus::Ok);
        QCOMPARE(test::keychainUsers(), QStringList());
    }

    void renameWithoutEntryWritesNothing()
    {
        CredentialStore store;
        QScopedPointer<CredentialReply> reply(store.rename(QStringLiteral("ghost"), QStringLiteral("ghost2")));
        QVERIFY(test::waitForAnswer(reply.get()));
        QCOMPARE(reply->status(), CredentialStatus::NotFound);
        QCOMPARE(reply->message(), QStringLiteral("No secret stored for this profile."));
        QCOMPARE(test::keychainUsers(), QStringList());
    }

    void removeWithoutEntryIsOk()
    {
        CredentialStore store;
        QScopedPointer<CredentialReply> reply(store.remove(QStringLiteral("never-stored")));
        QVERIFY(test::waitForAnswer(reply.get()));
        QCOMPARE(reply->status(), CredentialStatus::Ok);
    }

    void readsEntryWrittenByHand()
    {
        // A secret put in with secret-tool (just the secret, not our JSON) is still read.
        QVERIFY(test::storeWithSecretTool(QStringLiteral("by-hand"), "hand-written-secret-42"));
        CredentialStore store;
        QScopedPointer<CredentialReply> reply(store.read(QStringLiteral("by-hand")));
        QVERIFY(test::waitForAnswer(reply.get()));
        QCOMPARE(reply->status(), CredentialStatus::Ok);
        QCOMPARE(reply->secret().accessKeySecret, QStringLiteral("hand-written-secret-42"));
        QCOMPARE(reply->secret().securityToken, QString());
        reply.reset(store.remove(QStringLiteral("by-hand")));
        QVERIFY(test::waitForAnswer(reply.get()));
        QCOMPARE(test::keychainUsers(), QStringList());
    }

    void onFinishedDeliversOnceAndFreesReply()
    {
        CredentialStore store;
        int calls = 0;
        CredentialStatus status = CredentialStatus::Failed;
        QPointer<CredentialReply> reply = store.read(QStringLiteral("nobody"));
        CredentialReply::onFinished(reply, this, [&](const CredentialReply& r) {
            ++calls;
            status = r.status();
        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, kTimeout);
        QCOMPARE(status, CredentialStatus::NotFound);
        QTRY_VERIFY_WITH_TIMEOUT(reply.isNull(), kTimeout);
        QCOMPARE(calls, 1);
    }

    void lockedKeyringOffersRetry()
    {
        CredentialStore store;
        QScopedPointer<CredentialReply> reply(store.store(QStringLiteral("locked"), m_akSecret));
        QVERIFY(test::waitForAnswer(reply.get()));
        QCOMPARE(reply->status(), CredentialStatus::Ok);

        // Lock the default collection; without a display no unlock prompt can appear, so every
        // operation meets a locked keychain. (Runs last: this session's keyring stays locked.)
        QVERIFY(test::lockDefaultCollection());
        const QString locked = QStringLiteral(
            "The keyring is locked or was not created; unlock it in your desktop's password manager, then Retry.");

        // A locked collection hides its items: the read must not claim "no secret stored".
        reply.reset(store.read(QStringLiteral("locked")));
        QVERIFY(test::waitForAnswer(reply.get()));
        QCOMPARE(reply->status(), CredentialStatus::Locked);
        QCOMPARE(reply->message(), locked);
        QVERIFY(reply->canRetry());
        QVERIFY(!reply->offersSessionOnly());
        QCOMPARE(reply->secret(), StoredSecret());

        QCOMPARE(test::statusOf(store.store(QStringLiteral("locked-new"), m_akSecret)), CredentialStatus::Locked);

        QCOMPARE(test::statusOf(store.rename(QStringLiteral("locked"), QStringLiteral("locked-renamed"))),
                 CredentialStatus::Locked);

        // A delete on a locked keychain would "succeed" without deleting; it must say locked instead,
        // and the entry is still there (so the caller keeps the profile: nothing orphaned).
        QCOMPARE(test::statusOf(store.remove(QStringLiteral("locked"))), CredentialStatus::Locked);
        QCOMPARE(test::keychainUsers(), QStringList {QStringLiteral("locked")});
    }

    void classifiesKeychainErrors_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("text");
        QTest::addColumn<CredentialStatus>("expected");
        QTest::newRow("no error") << int(QKeychain::NoError) << QString() << CredentialStatus::Ok;
        QTest::newRow("entry not found") << int(QKeychain::EntryNotFound) << QStringLiteral("Entry not found")
                                         << CredentialStatus::NotFound;
        QTest::newRow("access denied") << int(QKeychain::AccessDenied)
                                       << QStringLiteral("Cannot create an item in a locked collection")
                                       << CredentialStatus::Locked;
        QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << QString() << CredentialStatus::Locked;
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable)
                                    << QStringLiteral("No keychain service available") << CredentialStatus::NoBackend;
        QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << QString() << CredentialStatus::NoBackend;
        QTest::newRow("no bus") << int(QKeychain::OtherError)
                                << QStringLiteral("Could not connect: No such file or directory")
                                << CredentialStatus::NoBackend;
        QTest::newRow("no autolaunch") << int(QKeychain::OtherError)
                                       << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
                                       << CredentialStatus::NoBackend;
        QTest::newRow("no secret service")
            << int(QKeychain::OtherError)
            << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
            << CredentialStatus::NoBackend;
        QTest::newRow("prompt dismissed")
            << int(QKeychain::OtherError) << QStringLiteral("Cannot prompt: the prompt was dismissed")
            << CredentialStatus::Locked;
        QTest::newRow("other") << int(QKeychain::OtherError) << QStringLiteral("Unknown error")
                               << CredentialStatus::Failed;
        QTest::newRow("could not delete")
            << int(QKeychain::CouldNotDeleteEntry) << QStringLiteral("busy") << CredentialStatus::Failed;
    }

    void classifiesKeychainErrors()
    {
        QFETCH(int, error);
        QFETCH(QString, text);
        QFETCH(CredentialStatus, expected);
        QCOMPARE(CredentialStore::classifyKeychainError(error, text), expected);
    }

    void failedMessageOffersRetryAndSessionOnly()
    {
        CredentialReply reply(CredentialReply::Operation::Read, QStringLiteral("x"), nullptr);
        reply.finish(CredentialStatus::Failed, QStringLiteral("Unknown error"));
        // The backend's text is for the details only (backendError()), not the sentence.
        QCOMPARE(reply.message(),
                 QStringLiteral("The keychain reported an error. Retry, or keep the secret for this session only."));
        QCOMPARE(reply.backendError(), QStringLiteral("Unknown error"));
        QVERIFY(reply.canRetry());
        QVERIFY(reply.offersSessionOnly());
    }

    void cleanupTestCase()
    {
        // No secret of this suite in any file under HOME (config, data, cache).
        const QStringList leaks
            = test::filesContaining(QDir::homePath(),
                                    {m_akSecret.accessKeySecret.toUtf8(), m_stsSecret.accessKeySecret.toUtf8(),
                                     m_stsSecret.securityToken.toUtf8()});
        QCOMPARE(leaks, QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
