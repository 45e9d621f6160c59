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

    // AssumeRole's refusals, each in words (issue 18). STS answers NoPermission for several; its
    // message tells them apart, and without a telling message the words say both possibilities.
    void roleRefusals_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("serviceMessage");
        QTest::addColumn<QString>("externalId");
        QTest::addColumn<int>("duration");
        QTest::addColumn<int>("result");
        QTest::addColumn<QString>("words");
        const int notFound = int(CheckOutcome::Result::RoleNotFound);
        const int mayNot = int(CheckOutcome::Result::MayNotAssume);
        const int external = int(CheckOutcome::Result::ExternalIdRefused);
        const int tooLong = int(CheckOutcome::Result::DurationTooLong);
        QTest::newRow("role does not exist")
            << QStringLiteral("EntityNotExist.Role") << 404 << QStringLiteral("The role not exists.") << QString()
            << 3600 << notFound
            << QStringLiteral("The role acs:ram::1380000000000001:role/acr-buyer does not exist. Check the account ID "
                              "and the role name in the ARN.");
        QTest::newRow("root account") << QStringLiteral("NoPermission") << 403
                                      << QStringLiteral("Roles may not be assumed by root accounts.") << QString()
                                      << 3600 << int(CheckOutcome::Result::RootMayNotAssume)
                                      << QStringLiteral("This AccessKey belongs to the account's root user, and roles "
                                                        "may not be assumed by root accounts. Use the AccessKey of a "
                                                        "RAM user that may assume the role.");
        const QString ram
            = QStringLiteral("You are not authorized to do this action. You should be authorized by RAM.");
        QTest::newRow("user may not assume")
            << QStringLiteral("NoPermission") << 403 << ram << QString() << 3600 << mayNot
            << QStringLiteral("This RAM user may not assume the role: the role's trust policy does not name it, or "
                              "the user lacks the sts:AssumeRole permission.");
        QTest::newRow("may not assume, or external id wrong")
            << QStringLiteral("NoPermission") << 403 << ram << QStringLiteral("ext-1") << 3600 << mayNot
            << QStringLiteral("The role refused this RAM user. Either the user may not assume the role (its trust "
                              "policy or the sts:AssumeRole permission), or the profile's external ID is wrong: STS "
                              "does not say which.");
        QTest::newRow("external id wrong")
            << QStringLiteral("NoPermission") << 403 << QStringLiteral("The ExternalId is not matched.")
            << QStringLiteral("ext-1") << 3600 << external
            << QStringLiteral("The role demands an external ID, and the one in this profile does not match. Enter the "
                              "external ID the role's owner gave you.");
        QTest::newRow("external id missing")
            << QStringLiteral("NoPermission") << 403 << QStringLiteral("ExternalId is required by the role.")
            << QString() << 3600 << external
            << QStringLiteral("The role demands an external ID, and this profile has none. Enter the external ID the "
                              "role's owner gave you.");
        QTest::newRow("duration, seconds named")
            << QStringLiteral("InvalidParameter.DurationSeconds") << 400
            << QStringLiteral("DurationSeconds 43200 exceeds the role's maximum session duration of 3600 seconds.")
            << QString() << 43200 << tooLong
            << QStringLiteral("The role allows sessions of at most 3600 seconds; this profile asks for 43200. Lower "
                              "the session duration to 3600 or less.");
        QTest::newRow("duration, STS's own words")
            << QStringLiteral("InvalidParameter.DurationSeconds") << 400
            << QStringLiteral("The Min/Max value of DurationSeconds is 15min/1hr.") << QString() << 7200 << tooLong
            << QStringLiteral("The role allows sessions of at most 3600 seconds; this profile asks for 7200. Lower the "
                              "session duration to 3600 or less.");
        QTest::newRow("duration, no maximum named")
            << QStringLiteral("InvalidParameter.DurationSeconds") << 400 << QStringLiteral("Too long.") << QString()
            << 7200 << tooLong
            << QStringLiteral("The session duration of 7200 seconds is longer than the role allows. Lower it (the "
                              "role's maximum session duration is set in the RAM console).");
        QTest::newRow("session name") << QStringLiteral("InvalidParameter.RoleSessionName") << 400
                                      << QStringLiteral("bad") << QString() << 3600
                                      << int(CheckOutcome::Result::SessionNameInvalid)
                                      << QStringLiteral("STS refused the session name “acr-purchase”. Use 2 to 64 "
                                                        "characters: letters, digits and . @ _ - only.");
        QTest::newRow("role ARN") << QStringLiteral("InvalidParameter.RoleArn") << 400 << QStringLiteral("bad")
                                  << QString() << 3600 << int(CheckOutcome::Result::RoleArnInvalid)
                                  << QStringLiteral("STS refused the role ARN “acs:ram::1380000000000001:role/"
                                                    "acr-buyer”. Copy it again from the role's page in the RAM "
                                                    "console.");
        QTest::newRow("the user's own key is wrong")
            << QStringLiteral("SignatureDoesNotMatch") << 400 << QStringLiteral("sig") << QString() << 3600
            << int(CheckOutcome::Result::WrongSecret)
            << QStringLiteral("Wrong secret: the AccessKey ID is known but the secret does not match. Enter the "
                              "secret again.");
    }

    void roleRefusals()
    {
        QFETCH(QString, code);
        QFETCH(int, httpStatus);
        QFETCH(QString, serviceMessage);
        QFETCH(QString, externalId);
        QFETCH(int, duration);
        QFETCH(int, result);
        QFETCH(QString, words);
        Profile role = profile(Site::China, QStringLiteral("SandboxRamUserKeyCN"));
        role.mode = CredentialMode::RamRoleArn;
        role.role.roleArn = QStringLiteral("acs:ram::1380000000000001:role/acr-buyer");
        role.role.externalId = externalId;
        role.role.durationSeconds = duration;
        const ApiError error = ApiError::fromService(code, serviceMessage, QStringLiteral("req"), httpStatus, {});
        const CheckOutcome outcome = CheckOutcome::forRoleError(error, role);
        QCOMPARE(int(outcome.result), result);
        QCOMPARE(outcome.message, words);
        QCOMPARE(outcome.error, std::optional<ApiError>(error));
        QVERIFY(!outcome.identity);
    }

    void maximumDuration_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("seconds");
        QTest::newRow("seconds") << QStringLiteral("at most 3600 seconds") << 3600;
        QTest::newRow("s") << QStringLiteral("max 43200s.") << 43200;
        QTest::newRow("min and hr") << QStringLiteral("The Min/Max value of DurationSeconds is 15min/1hr.") << 3600;
        QTest::newRow("hours") << QStringLiteral("between 900 seconds and 12 hours") << 43200;
        QTest::newRow("bare") << QStringLiteral("must be in [900, 3600]") << 3600;
        QTest::newRow("asked and maximum")
            << QStringLiteral("DurationSeconds 43200 exceeds the maximum of 3600 seconds") << 3600;
        QTest::newRow("none") << QStringLiteral("DurationSeconds is too long") << 0;
        QTest::newRow("empty") << QString() << 0;
    }

    void maximumDuration()
    {
        QFETCH(QString, message);
        QFETCH(int, seconds);
        QCOMPARE(CheckOutcome::maximumDurationIn(message), seconds);
    }
};

QTEST_GUILESS_MAIN(TestCredentialCheck)
#include "tst_credentialcheck.moc"
