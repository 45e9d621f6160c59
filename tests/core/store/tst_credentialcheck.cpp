// The credential check (QueryAccountBalance, then DescribePricingModule for the site) against the
// sandbox on 127.0.0.1, and the mapping of service errors to what the user can do.
#include "core/store/CredentialCheck.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace acrp;

namespace {

// What the check answers for a key the service refuses.
struct Refusal
{
    CheckOutcome::Result result;
    QString code; // the service's error code
    std::optional<Site> otherSite; // the site the account belongs to, for WrongSite
    QString message;
};

} // namespace

Q_DECLARE_METATYPE(Refusal)

class TestCredentialCheck : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;

    static Profile profile(Site site, const QString& keyId)
    {
        Profile p;
        p.name = QStringLiteral("checked");
        p.site = site;
        p.accessKeyId = keyId;
        return p;
    }

    std::optional<CheckOutcome> run(const Profile& p, const QString& secret, const Endpoint& endpoint)
    {
        CredentialCheck check(&m_network);
        QSignalSpy spy(&check, &CredentialCheck::finished);
        check.start(p, {p.accessKeyId, secret, {}}, endpoint);
        if (!check.isRunning() || !spy.wait(20000))
            return std::nullopt;
        if (check.isRunning())
            return std::nullopt;
        return spy.first().first().value<CheckOutcome>();
    }

    Endpoint sandboxEndpoint() const { return Endpoint::sandbox(m_sandbox->baseUrl()); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CheckOutcome>();
        m_sandbox = std::make_unique<sandbox::SandboxServer>();
        QVERIFY2(m_sandbox->listen(), qPrintable(m_sandbox->errorString()));
    }

    void demoBalance()
    {
        const auto outcome = run(profile(Site::China, QStringLiteral("SandboxDemoKeyCN")),
                                 QStringLiteral("sandbox-demo-secret-cn"), sandboxEndpoint());
        QVERIFY(outcome);
        QCOMPARE(outcome->result, CheckOutcome::Result::Ok);
        QCOMPARE(outcome->balance.availableAmount, QStringLiteral("1000000.00"));
        QCOMPARE(outcome->balance.currency, QStringLiteral("CNY"));
        QCOMPARE(outcome->message, QStringLiteral("The credentials work. Available balance: 1000000.00 CNY."));
        QVERIFY(!outcome->error);
    }

    void internationalDemoBalance()
    {
        const auto outcome = run(profile(Site::International, QStringLiteral("SandboxDemoKeyIntl")),
                                 QStringLiteral("sandbox-demo-secret-intl"), sandboxEndpoint());
        QVERIFY(outcome);
        QCOMPARE(outcome->result, CheckOutcome::Result::Ok);
    }

    // Keys the service refuses, and what the check tells the user to do about them.
    void refused_data()
    {
        QTest::addColumn<Site>("profileSite");
        QTest::addColumn<QString>("keyId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<Refusal>("expected");
        QTest::newRow("wrong secret")
            << Site::China << QStringLiteral("SandboxDemoKeyCN") << QStringLiteral("not-the-demo-secret")
            << Refusal {CheckOutcome::Result::WrongSecret, QStringLiteral("SignatureDoesNotMatch"), std::nullopt,
                        QStringLiteral("Wrong secret: the AccessKey ID is known but the secret does not match. Enter "
                                       "the secret again.")};
        QTest::newRow("unknown key")
            << Site::China << QStringLiteral("NoSuchKey123") << QStringLiteral("whatever")
            << Refusal {CheckOutcome::Result::UnknownKey, QStringLiteral("InvalidAccessKeyId.NotFound"), std::nullopt,
                        QStringLiteral("Unknown AccessKey: the service does not know this AccessKey ID. Check the "
                                       "ID, and whether the key was deleted.")};
        QTest::newRow("China account as International")
            << Site::International << QStringLiteral("SandboxDemoKeyCN") << QStringLiteral("sandbox-demo-secret-cn")
            << Refusal {CheckOutcome::Result::WrongSite, QStringLiteral("NotApplicable"), Site::China,
                        QStringLiteral("This account belongs to the China site, not the International site. Switch "
                                       "the profile to the China site?")};
        QTest::newRow("International account as China")
            << Site::China << QStringLiteral("SandboxDemoKeyIntl") << QStringLiteral("sandbox-demo-secret-intl")
            << Refusal {CheckOutcome::Result::WrongSite, QStringLiteral("NotApplicable"), Site::International,
                        QStringLiteral("This account belongs to the International site, not the China site. Switch "
                                       "the profile to the International site?")};
    }

    void refused()
    {
        QFETCH(Site, profileSite);
        QFETCH(QString, keyId);
        QFETCH(QString, secret);
        QFETCH(Refusal, expected);
        const auto outcome = run(profile(profileSite, keyId), secret, sandboxEndpoint());
        QVERIFY(outcome);
        QCOMPARE(outcome->result, expected.result);
        QCOMPARE(outcome->error->code, expected.code);
        QCOMPARE(outcome->otherSite, expected.otherSite);
        QCOMPARE(outcome->message, expected.message);
    }

    void unreachable()
    {
        // A port nobody listens on (bound, then released).
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(port);
        const auto outcome = run(profile(Site::China, QStringLiteral("SandboxDemoKeyCN")),
                                 QStringLiteral("sandbox-demo-secret-cn"), Endpoint::custom(url));
        QVERIFY(outcome);
        QCOMPARE(outcome->result, CheckOutcome::Result::Failed);
        QCOMPARE(outcome->error->kind, ApiError::Kind::Network);
        QCOMPARE(outcome->message, outcome->error->userMessage());
    }

    void cancelEmitsNothing()
    {
        CredentialCheck check(&m_network);
        QSignalSpy spy(&check, &CredentialCheck::finished);
        const Profile p = profile(Site::China, QStringLiteral("SandboxDemoKeyCN"));
        check.start(p, {p.accessKeyId, QStringLiteral("sandbox-demo-secret-cn"), {}}, sandboxEndpoint());
        QVERIFY(check.isRunning());
        check.cancel();
        QVERIFY(!check.isRunning());
        QVERIFY(!spy.wait(500)); // a cancelled check has no answer to wait for
        QCOMPARE(spy.count(), 0);
    }

    void errorMapping_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("result");
        QTest::newRow("unknown key") << QStringLiteral("InvalidAccessKeyId.NotFound") << 404
                                     << int(CheckOutcome::Result::UnknownKey);
        QTest::newRow("unknown key, short")
            << QStringLiteral("InvalidAccessKeyId") << 400 << int(CheckOutcome::Result::UnknownKey);
        QTest::newRow("wrong secret") << QStringLiteral("SignatureDoesNotMatch") << 400
                                      << int(CheckOutcome::Result::WrongSecret);
        QTest::newRow("wrong site") << QStringLiteral("NotApplicable") << 400 << int(CheckOutcome::Result::WrongSite);
        QTest::newRow("not authorized") << QStringLiteral("NotAuthorized") << 400
                                        << int(CheckOutcome::Result::NoPermission);
        QTest::newRow("forbidden ram") << QStringLiteral("Forbidden.RAM") << 403
                                       << int(CheckOutcome::Result::NoPermission);
        QTest::newRow("expired token") << QStringLiteral("InvalidSecurityToken.Expired") << 400
                                       << int(CheckOutcome::Result::Failed);
        QTest::newRow("inactive key") << QStringLiteral("InvalidAccessKeyId.Inactive") << 400
                                      << int(CheckOutcome::Result::Failed);
        QTest::newRow("server") << QStringLiteral("InternalError") << 500 << int(CheckOutcome::Result::Failed);
    }

    void errorMapping()
    {
        QFETCH(QString, code);
        QFETCH(int, httpStatus);
        QFETCH(int, result);
        const ApiError error
            = ApiError::fromService(code, QStringLiteral("msg"), QStringLiteral("req"), httpStatus, {});
        const CheckOutcome outcome = CheckOutcome::forError(error, Site::China);
        QCOMPARE(int(outcome.result), result);
        QCOMPARE(outcome.error, std::optional<ApiError>(error));
        QVERIFY(!outcome.message.isEmpty());
        if (outcome.result == CheckOutcome::Result::NoPermission)
            QCOMPARE(outcome.message,
                     QStringLiteral("Missing RAM permission: this RAM user may not read the account "
                                    "balance. Grant it read access to billing (for example the "
                                    "AliyunBSSReadOnlyAccess policy)."));
        if (outcome.result == CheckOutcome::Result::Failed)
            QCOMPARE(outcome.message, error.userMessage());
    }
};

QTEST_GUILESS_MAIN(TestCredentialCheck)
#include "tst_credentialcheck.moc"
