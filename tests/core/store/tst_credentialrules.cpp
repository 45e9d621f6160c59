#include "core/store/CredentialReply.h"
#include "core/store/CredentialRules.h"

#include <QTest>

using namespace acrp;

// The keychain's problems in words: what CredentialReply says for the typical backend errors
// (QtKeychain's own texts and libsecret's D-Bus errors). The backend's text chooses the sentence but
// is never part of it: it stays in backendError() for a details line.
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

class TestCredentialRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleaned_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("expected");
        QTest::newRow("as is") << QStringLiteral("LTAIexample") << QStringLiteral("LTAIexample");
        QTest::newRow("spaces") << QStringLiteral("  LTAIexample  ") << QStringLiteral("LTAIexample");
        QTest::newRow("tabs") << QStringLiteral("\tLTAIexample\t") << QStringLiteral("LTAIexample");
        QTest::newRow("newline") << QStringLiteral("LTAIexample\n") << QStringLiteral("LTAIexample");
        QTest::newRow("crlf") << QStringLiteral("\r\nLTAIexample\r\n") << QStringLiteral("LTAIexample");
        QTest::newRow("inner kept") << QStringLiteral(" a b ") << QStringLiteral("a b");
        QTest::newRow("only blanks") << QStringLiteral(" \t\n") << QString();
    }

    void cleaned()
    {
        QFETCH(QString, pasted);
        QFETCH(QString, expected);
        QCOMPARE(CredentialRules::cleaned(pasted), expected);
    }

    void accessKeyId_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem");
        const QString inner = QStringLiteral("The AccessKey ID has a space or line break inside it; copy it again.");
        const QString chars
            = QStringLiteral("The AccessKey ID may contain only the letters A-Z, a-z and the digits 0-9.");
        QTest::newRow("sandbox") << QStringLiteral("SandboxDemoKeyCN") << QString();
        QTest::newRow("digits") << QStringLiteral("LTAI5tExample0123456789") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("Enter the AccessKey ID.");
        QTest::newRow("inner space") << QStringLiteral("LTAI 5tExample") << inner;
        QTest::newRow("inner tab") << QStringLiteral("LTAI\t5tExample") << inner;
        QTest::newRow("inner newline") << QStringLiteral("LTAI\n5tExample") << inner;
        QTest::newRow("no-break space") << QStringLiteral("LTAI\u00a05t") << inner;
        QTest::newRow("dash") << QStringLiteral("LTAI-5t") << chars;
        QTest::newRow("quote") << QStringLiteral("\"LTAI5t\"") << chars;
        QTest::newRow("non-ascii") << QStringLiteral("LTAI5t\u00e9") << chars;
        QTest::newRow("zero width") << QStringLiteral("LTAI\u200b5t") << chars;
        QTest::newRow("128") << QString(128, QLatin1Char('A')) << QString();
        QTest::newRow("129") << QString(129, QLatin1Char('A'))
                             << QStringLiteral("The AccessKey ID is longer than 128 characters; copy it again.");
    }

    void accessKeyId()
    {
        QFETCH(QString, value);
        QFETCH(QString, problem);
        QCOMPARE(CredentialRules::accessKeyIdProblem(value), problem);
    }

    void secret_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem");
        const QString inner
            = QStringLiteral("The AccessKey secret has a space or line break inside it; copy it again.");
        const QString chars = QStringLiteral("The AccessKey secret may contain only printable ASCII characters.");
        QTest::newRow("sandbox") << QStringLiteral("sandbox-demo-secret-cn") << QString();
        QTest::newRow("punctuation") << QStringLiteral("a+b/c=d_e.f~g!h") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("Enter the AccessKey secret.");
        QTest::newRow("inner space") << QStringLiteral("abc def") << inner;
        QTest::newRow("inner newline") << QStringLiteral("abc\r\ndef") << inner;
        QTest::newRow("control") << QStringLiteral("abc\u0001def") << chars;
        QTest::newRow("delete") << QStringLiteral("abc\u007fdef") << chars;
        QTest::newRow("non-ascii") << QStringLiteral("abc\u00fc") << chars;
        QTest::newRow("257") << QString(257, QLatin1Char('s'))
                             << QStringLiteral("The AccessKey secret is longer than 256 characters; copy it again.");
    }

    void secret()
    {
        QFETCH(QString, value);
        QFETCH(QString, problem);
        QCOMPARE(CredentialRules::secretProblem(value), problem);
    }

    void securityToken_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("base64-ish") << QStringLiteral("CAIS8wF1q6Ft5B2yfSjIr5bQKo/+Gp1Rx7a==") << QString();
        QTest::newRow("long") << QString(4000, QLatin1Char('Q')) << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("Enter the STS security token.");
        QTest::newRow("wrapped line")
            << QStringLiteral("CAIS8wF1q6Ft\nB2yfSjIr5bQ")
            << QStringLiteral("The STS security token has a space or line break inside it; copy it again.");
        QTest::newRow("non-ascii") << QStringLiteral("CAIS\u2026")
                                   << QStringLiteral("The STS security token may contain only printable ASCII "
                                                     "characters.");
        QTest::newRow("8193") << QString(8193, QLatin1Char('Q'))
                              << QStringLiteral("The STS security token is longer than 8192 characters; copy it "
                                                "again.");
    }

    void securityToken()
    {
        QFETCH(QString, value);
        QFETCH(QString, problem);
        QCOMPARE(CredentialRules::securityTokenProblem(value), problem);
    }

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

QTEST_GUILESS_MAIN(TestCredentialRules)
#include "tst_credentialrules.moc"
