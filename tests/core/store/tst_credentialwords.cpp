// The keychain's problems in words: what CredentialReply says for the typical backend errors
// (QtKeychain's own texts and libsecret's D-Bus errors). The backend's text chooses the sentence but
// is never part of it: it stays in backendError() for a details line.
#include "core/store/CredentialReply.h"

#include <QTest>

using namespace acrp;

namespace {

const QString kLocked = QStringLiteral(
    "The keyring is locked or was not created; unlock it in your desktop's password manager, then Retry.");
const QString kRefused = QStringLiteral("The keychain refused access (the request was denied or its prompt was "
                                        "closed). Allow acr-purchase in your desktop's password manager, then Retry.");
const QString kNoBackend = QStringLiteral(
    "No keychain is available (Secret Service or KWallet on Linux, Keychain on macOS, Credential Manager on "
    "Windows). The secret can be kept in memory for this session only; it is never written to disk.");
const QString kOther
    = QStringLiteral("The keychain reported an error. Retry, or keep the secret for this session only.");

} // namespace

class TestCredentialWords : public QObject
{
    Q_OBJECT

private slots:
    void typicalBackendErrors_data()
    {
        QTest::addColumn<CredentialStatus>("status");
        QTest::addColumn<QString>("backendError");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("locked collection")
            << CredentialStatus::Locked << QStringLiteral("Cannot create an item in a locked collection") << kLocked;
        QTest::newRow("locked, no text") << CredentialStatus::Locked << QString() << kLocked;
        QTest::newRow("no login collection")
            << CredentialStatus::Failed
            << QStringLiteral("Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d")
            << kLocked;
        QTest::newRow("no such object")
            << CredentialStatus::Failed
            << QStringLiteral("GDBus.Error:org.freedesktop.DBus.Error.UnknownObject: No such object path "
                              "'/org/freedesktop/secrets/aliases/default'")
            << kLocked;
        QTest::newRow("access denied") << CredentialStatus::Locked << QStringLiteral("Access to keychain denied")
                                       << kRefused;
        QTest::newRow("prompt dismissed")
            << CredentialStatus::Locked << QStringLiteral("Cannot prompt: the prompt was dismissed") << kRefused;
        QTest::newRow("no backend") << CredentialStatus::NoBackend
                                    << QStringLiteral("The name org.freedesktop.secrets was not provided by any "
                                                      ".service files")
                                    << kNoBackend;
        QTest::newRow("other") << CredentialStatus::Failed << QStringLiteral("Unknown error") << kOther;
        QTest::newRow("ok") << CredentialStatus::Ok << QString() << QString();
    }

    void typicalBackendErrors()
    {
        QFETCH(CredentialStatus, status);
        QFETCH(QString, backendError);
        QFETCH(QString, sentence);
        QCOMPARE(CredentialReply::describe(status, backendError), sentence);

        // A reply says the same, and keeps the backend's text apart.
        CredentialReply reply(CredentialReply::Operation::Read, QStringLiteral("team"), nullptr);
        reply.finish(status, backendError);
        QCOMPARE(reply.message(), sentence);
        QCOMPARE(reply.backendError(), backendError);
        if (!backendError.isEmpty())
            QVERIFY(!reply.message().contains(backendError));
    }
};

QTEST_GUILESS_MAIN(TestCredentialWords)
#include "tst_credentialwords.moc"
