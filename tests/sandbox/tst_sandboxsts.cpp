// STS of the sandbox (issue 18): AssumeRole and GetCallerIdentity with the real shapes and refusals,
// temporary credentials that act on the role's account with their SecurityToken and expire, and
// that never reach the state file or the log.
#include "SandboxTestClient.h"
#include "core/store/SandboxCredentials.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxSts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using acrp::Credentials;
using acrp::SignatureVersion;
using acrp::Site;
using acrp::sandbox::SandboxConfig;
namespace demo = acrp::sandboxdemo;

Q_DECLARE_METATYPE(acrp::SignatureVersion)

namespace {

const QString kSts = u"2015-04-01"_s;

Credentials rootPair(Site site = Site::China)
{
    return demo::credentials(site);
}

Credentials ramUser(Site site = Site::China)
{
    const bool intl = site == Site::International;
    return {QLatin1String(intl ? demo::kRamUserKeyIdIntl : demo::kRamUserKeyIdCN),
            QLatin1String(intl ? demo::kRamUserSecretIntl : demo::kRamUserSecretCN),
            {}};
}

// The temporary credentials of a successful AssumeRole answer.
Credentials issuedBy(const SandboxReply& reply)
{
    const QJsonObject credentials = reply.json.value(u"Credentials"_s).toObject();
    return {credentials.value(u"AccessKeyId"_s).toString(), credentials.value(u"AccessKeySecret"_s).toString(),
            credentials.value(u"SecurityToken"_s).toString()};
}

QDateTime expirationOf(const SandboxReply& reply)
{
    const QString text = reply.json.value(u"Credentials"_s).toObject().value(u"Expiration"_s).toString();
    if (!QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s).match(text).hasMatch())
        return {};
    return QDateTime::fromString(text, Qt::ISODate);
}

// A data column "version" with a row for each signature version.
void addSignatureVersions()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::newRow("V1") << SignatureVersion::V1;
    QTest::newRow("V3") << SignatureVersion::V3;
}

QStringList capturedMessages;

void captureMessage(QtMsgType, const QMessageLogContext&, const QString& message)
{
    capturedMessages.append(message);
}

} // namespace

class TestSandboxSts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void assumeRoleAnswersTheRealShape_data();
    void assumeRoleAnswersTheRealShape();
    void defaultDurationIsAnHour();
    void ttlOptionCapsTheLifetime();
    void externalIdOpensTheExternalRole();
    void refusals_data();
    void refusals();
    void callerIdentity_data();
    void callerIdentity();
    void roleChaining();
    void temporaryKeyBuysForTheRolesAccount();
    void ramUserKeyCallsBssLikeTheRootPair();
    void missingAndWrongToken_data();
    void missingAndWrongToken();
    void expiresAfterItsLifetime();
    void expireRouteAndCredentialList();
    void versionsAndActions();
    void badTtlIsRefused();
    void ramUsersOfAnUnconfiguredAccountAreUnknown();
    void temporaryCredentialsStayInMemory();

private:
    SandboxReply callAs(const Credentials& credentials, const QString& action,
                        const acrp::ParameterList& parameters = {}, const QString& version = kSts);
    SandboxReply assume(const Credentials& credentials, const QString& roleArn, const acrp::ParameterList& extra = {});

    SandboxFixture m_sandbox;
};

void TestSandboxSts::init()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.server->errorString()));
}

void TestSandboxSts::cleanup()
{
    m_sandbox.stop();
}

SandboxReply TestSandboxSts::callAs(const Credentials& credentials, const QString& action,
                                    const acrp::ParameterList& parameters, const QString& version)
{
    m_sandbox.client->credentials = credentials;
    return m_sandbox.client->call(action, parameters, version);
}

SandboxReply TestSandboxSts::assume(const Credentials& credentials, const QString& roleArn,
                                    const acrp::ParameterList& extra)
{
    acrp::ParameterList parameters {{u"RoleArn"_s, roleArn}, {u"RoleSessionName"_s, u"ci-session"_s}};
    for (const auto& [name, value] : extra)
        parameters = withParameter(parameters, name, value);
    return callAs(credentials, u"AssumeRole"_s, parameters);
}

void TestSandboxSts::assumeRoleAnswersTheRealShape_data()
{
    addSignatureVersions();
}

void TestSandboxSts::assumeRoleAnswersTheRealShape()
{
    QFETCH(SignatureVersion, version);
    m_sandbox.client->signatureVersion = version;
    const QString arn = demo::roleArn(Site::China, demo::kRoleBuyer);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const SandboxReply reply = assume(ramUser(), arn,
                                      {{u"RoleSessionName"_s, u"alice@example.com"_s},
                                       {u"DurationSeconds"_s, u"1800"_s},
                                       {u"Policy"_s, u"{\"Version\":\"1\",\"Statement\":[]}"_s}});
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.keys(), (QStringList {u"AssumedRoleUser"_s, u"Credentials"_s, u"RequestId"_s}));

    const QJsonObject user = reply.json.value(u"AssumedRoleUser"_s).toObject();
    QCOMPARE(user.keys(), (QStringList {u"Arn"_s, u"AssumedRoleId"_s}));
    QCOMPARE(user.value(u"Arn"_s).toString(), arn + u"/alice@example.com"_s);
    QVERIFY2(QRegularExpression(u"^3\\d{18}:alice@example\\.com$"_s)
                 .match(user.value(u"AssumedRoleId"_s).toString())
                 .hasMatch(),
             qPrintable(user.value(u"AssumedRoleId"_s).toString()));

    const QJsonObject credentials = reply.json.value(u"Credentials"_s).toObject();
    QCOMPARE(credentials.keys(),
             (QStringList {u"AccessKeyId"_s, u"AccessKeySecret"_s, u"Expiration"_s, u"SecurityToken"_s}));
    const Credentials issued = issuedBy(reply);
    QVERIFY2(QRegularExpression(u"^STS\\.[A-Za-z0-9]{20,}$"_s).match(issued.accessKeyId).hasMatch(),
             qPrintable(issued.accessKeyId));
    QVERIFY(issued.accessKeySecret.size() >= 30);
    QVERIFY(issued.securityToken.size() >= 500);
    const QDateTime expiration = expirationOf(reply);
    QVERIFY(expiration.isValid());
    QVERIFY(expiration >= before.addSecs(1800 - 1));
    QVERIFY(expiration <= after.addSecs(1800));

    // Two assumptions, two different key pairs and tokens.
    const Credentials second = issuedBy(assume(ramUser(), arn));
    QVERIFY(!second.accessKeyId.isEmpty());
    QVERIFY(second.accessKeyId != issued.accessKeyId);
    QVERIFY(second.accessKeySecret != issued.accessKeySecret);
    QVERIFY(second.securityToken != issued.securityToken);
}

void TestSandboxSts::defaultDurationIsAnHour()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const SandboxReply reply
        = assume(ramUser(Site::International), demo::roleArn(Site::International, demo::kRoleBuyer));
    QCOMPARE(reply.status, 200);
    const QDateTime expiration = expirationOf(reply);
    QVERIFY(expiration >= before.addSecs(3600 - 1));
    QVERIFY(expiration <= QDateTime::currentDateTimeUtc().addSecs(3600));
    // The longest session acr-buyer allows.
    QCOMPARE(
        assume(ramUser(), demo::roleArn(Site::China, demo::kRoleBuyer), {{u"DurationSeconds"_s, u"43200"_s}}).status,
        200);
}

void TestSandboxSts::ttlOptionCapsTheLifetime()
{
    SandboxConfig config;
    config.stsTtlSeconds = 120;
    QVERIFY(m_sandbox.start(config));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const SandboxReply reply
        = assume(ramUser(), demo::roleArn(Site::China, demo::kRoleBuyer), {{u"DurationSeconds"_s, u"7200"_s}});
    QCOMPARE(reply.status, 200);
    const QDateTime expiration = expirationOf(reply);
    QVERIFY(expiration >= before.addSecs(120 - 1));
    QVERIFY(expiration <= QDateTime::currentDateTimeUtc().addSecs(120));
}

void TestSandboxSts::externalIdOpensTheExternalRole()
{
    const SandboxReply reply = assume(ramUser(), demo::roleArn(Site::China, demo::kRoleExternal),
                                      {{u"ExternalId"_s, QLatin1String(demo::kExternalId)}});
    QCOMPARE(reply.status, 200);
    QVERIFY(
        reply.json.value(u"AssumedRoleUser"_s).toObject().value(u"Arn"_s).toString().contains(u"acr-buyer-external"_s));
    // A role without an ExternalId condition ignores one that is sent.
    QCOMPARE(assume(ramUser(), demo::roleArn(Site::China, demo::kRoleBuyer), {{u"ExternalId"_s, u"anything"_s}}).status,
             200);
}

void TestSandboxSts::refusals_data()
{
    QTest::addColumn<bool>("asRoot");
    QTest::addColumn<QString>("roleArn");
    QTest::addColumn<acrp::ParameterList>("extra");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    const QString buyer = demo::roleArn(Site::China, demo::kRoleBuyer);
    const QString external = demo::roleArn(Site::China, demo::kRoleExternal);
    const QString noPermission = u"You are not authorized to do this action. You should be authorized by RAM."_s;
    const QString externalIdWrong
        = u"You are not authorized to do this action. The ExternalId does not match the trust policy of the role."_s;
    const QString durationWrong = u"The Min/Max value of DurationSeconds is 15min/43200s."_s;
    const acrp::ParameterList none;

    QTest::newRow("root pair") << true << buyer << none << 403 << u"NoPermission"_s
                               << u"Roles may not be assumed by root accounts."_s;
    QTest::newRow("no RoleArn") << false << QString() << none << 400 << u"MissingParameter"_s
                                << u"The input parameter \"RoleArn\" that is mandatory for processing this request is "
                                   "not supplied."_s;
    QTest::newRow("no RoleSessionName")
        << false << buyer << acrp::ParameterList {{u"RoleSessionName"_s, QString()}} << 400 << u"MissingParameter"_s
        << u"The input parameter \"RoleSessionName\" that is mandatory for processing this request is not supplied."_s;
    for (const QString& name : {u"a"_s, u"two words"_s, u"star*name"_s, QString(65, u'x'), u"忍者"_s})
        QTest::addRow("session name %s", qPrintable(name))
            << false << buyer << acrp::ParameterList {{u"RoleSessionName"_s, name}} << 400
            << u"InvalidParameter.RoleSessionName"_s << u"The parameter RoleSessionName is wrongly formed."_s;
    for (const QString& arn : {u"acs:ram::1380000000000001:user/acr-operator"_s, u"arn:aws:iam::123:role/acr-buyer"_s,
                               u"acs:ram::abc:role/acr-buyer"_s, u"acs:ram::1380000000000001:role/"_s, u"acr-buyer"_s})
        QTest::addRow("malformed ARN %s", qPrintable(arn))
            << false << arn << none << 400 << u"InvalidParameter.RoleArn"_s
            << u"The parameter RoleArn is wrongly formed."_s;
    const QString unknown = demo::roleArn(Site::China, "no-such-role");
    QTest::newRow("unknown role") << false << unknown << none << 404 << u"EntityNotExist.Role"_s
                                  << u"The role not exists: %1."_s.arg(unknown);
    const QString otherAccount = demo::roleArn(Site::International, demo::kRoleBuyer);
    QTest::newRow("another account's role") << false << otherAccount << none << 404 << u"EntityNotExist.Role"_s
                                            << u"The role not exists: %1."_s.arg(otherAccount);
    QTest::newRow("role that does not trust the user")
        << false << demo::roleArn(Site::China, demo::kRoleAuditor) << none << 403 << u"NoPermission"_s << noPermission;
    QTest::newRow("ExternalId missing") << false << external << none << 403 << u"NoPermission"_s << externalIdWrong;
    QTest::newRow("ExternalId wrong") << false << external << acrp::ParameterList {{u"ExternalId"_s, u"guess"_s}} << 403
                                      << u"NoPermission"_s << externalIdWrong;
    for (const QString& duration : {u"899"_s, u"43201"_s, u"0"_s, u"-900"_s, u"3600.5"_s, u"an hour"_s, u""_s})
        QTest::addRow("duration %s", qPrintable(duration))
            << false << buyer << acrp::ParameterList {{u"DurationSeconds"_s, duration}} << 400
            << u"InvalidParameter.DurationSeconds"_s << durationWrong;
    QTest::newRow("duration over the role's maximum")
        << false << external
        << acrp::ParameterList {{u"ExternalId"_s, QLatin1String(demo::kExternalId)}, {u"DurationSeconds"_s, u"3601"_s}}
        << 400 << u"InvalidParameter.DurationSeconds"_s << u"The Min/Max value of DurationSeconds is 15min/3600s."_s;
}

void TestSandboxSts::refusals()
{
    QFETCH(bool, asRoot);
    QFETCH(QString, roleArn);
    QFETCH(acrp::ParameterList, extra);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    acrp::ParameterList parameters {{u"RoleSessionName"_s, u"ci-session"_s}};
    if (!roleArn.isNull())
        parameters.append({u"RoleArn"_s, roleArn});
    for (const auto& [name, value] : extra)
        parameters = withParameter(parameters, name, value);
    for (const SignatureVersion version : {SignatureVersion::V1, SignatureVersion::V3}) {
        m_sandbox.client->signatureVersion = version;
        const SandboxReply reply = callAs(asRoot ? rootPair() : ramUser(), u"AssumeRole"_s, parameters);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.code(), code);
        QCOMPARE(reply.message(), message);
        QVERIFY(reply.json.value(u"Recommend"_s).toString().contains(u"product=Sts"_s));
    }
    QVERIFY(m_sandbox.server->stsCredentials().isEmpty()); // nothing was issued
}

void TestSandboxSts::callerIdentity_data()
{
    addSignatureVersions();
}

void TestSandboxSts::callerIdentity()
{
    QFETCH(SignatureVersion, version);
    m_sandbox.client->signatureVersion = version;
    const QString account = QLatin1String(demo::kAccountIdCN);

    SandboxReply root = callAs(rootPair(), u"GetCallerIdentity"_s);
    QCOMPARE(root.status, 200);
    QCOMPARE(
        root.json.keys(),
        (QStringList {u"AccountId"_s, u"Arn"_s, u"IdentityType"_s, u"PrincipalId"_s, u"RequestId"_s, u"UserId"_s}));
    QCOMPARE(root.json.value(u"IdentityType"_s).toString(), u"Account"_s);
    QCOMPARE(root.json.value(u"AccountId"_s).toString(), account);
    QCOMPARE(root.json.value(u"UserId"_s).toString(), account);
    QCOMPARE(root.json.value(u"PrincipalId"_s).toString(), account);
    QCOMPARE(root.json.value(u"Arn"_s).toString(), u"acs:ram::%1:root"_s.arg(account));

    SandboxReply user = callAs(ramUser(), u"GetCallerIdentity"_s);
    QCOMPARE(user.status, 200);
    QCOMPARE(user.json.value(u"IdentityType"_s).toString(), u"RAMUser"_s);
    QCOMPARE(user.json.value(u"AccountId"_s).toString(), account);
    QCOMPARE(user.json.value(u"Arn"_s).toString(), u"acs:ram::%1:user/acr-operator"_s.arg(account));
    const QString userId = user.json.value(u"UserId"_s).toString();
    QVERIFY2(QRegularExpression(u"^\\d{16}$"_s).match(userId).hasMatch(), qPrintable(userId));
    QCOMPARE(user.json.value(u"PrincipalId"_s).toString(), userId);
    QVERIFY(!user.json.contains(u"RoleId"_s));

    const SandboxReply assumed
        = assume(ramUser(), demo::roleArn(Site::China, demo::kRoleBuyer), {{u"RoleSessionName"_s, u"ci.identity"_s}});
    QCOMPARE(assumed.status, 200);
    SandboxReply role = callAs(issuedBy(assumed), u"GetCallerIdentity"_s);
    QCOMPARE(role.status, 200);
    QCOMPARE(role.json.value(u"IdentityType"_s).toString(), u"AssumedRoleUser"_s);
    QCOMPARE(role.json.value(u"AccountId"_s).toString(), account);
    QCOMPARE(role.json.value(u"Arn"_s).toString(), u"acs:ram::%1:assumed-role/acr-buyer/ci.identity"_s.arg(account));
    const QString assumedRoleId
        = assumed.json.value(u"AssumedRoleUser"_s).toObject().value(u"AssumedRoleId"_s).toString();
    QCOMPARE(role.json.value(u"PrincipalId"_s).toString(), assumedRoleId);
    QCOMPARE(role.json.value(u"RoleId"_s).toString() + u":ci.identity"_s, assumedRoleId);
    QVERIFY(!role.json.contains(u"UserId"_s)); // as the real service: only for an account or a RAM user

    // The International site's own account.
    SandboxReply intl = callAs(ramUser(Site::International), u"GetCallerIdentity"_s);
    QCOMPARE(intl.json.value(u"Arn"_s).toString(),
             u"acs:ram::%1:user/acr-operator"_s.arg(QLatin1String(demo::kAccountIdIntl)));
}

void TestSandboxSts::roleChaining()
{
    const Credentials first = issuedBy(assume(ramUser(), demo::roleArn(Site::China, demo::kRoleBuyer)));
    QVERIFY(!first.securityToken.isEmpty());
    const SandboxReply chained
        = assume(first, demo::roleArn(Site::China, demo::kRoleExternal),
                 {{u"ExternalId"_s, QLatin1String(demo::kExternalId)}, {u"RoleSessionName"_s, u"chained"_s}});
    QCOMPARE(chained.status, 200);
    const SandboxReply identity = callAs(issuedBy(chained), u"GetCallerIdentity"_s);
    QCOMPARE(identity.json.value(u"Arn"_s).toString(),
             u"acs:ram::%1:assumed-role/acr-buyer-external/chained"_s.arg(QLatin1String(demo::kAccountIdCN)));
    // The chained session is refused like any caller the role does not trust.
    QCOMPARE(assume(first, demo::roleArn(Site::China, demo::kRoleAuditor)).code(), u"NoPermission"_s);
}

void TestSandboxSts::temporaryKeyBuysForTheRolesAccount()
{
    const QString rootKey = QLatin1String(demo::kAccessKeyIdCN);
    const QString before = m_sandbox.server->balance(rootKey);
    const Credentials temporary = issuedBy(assume(ramUser(), demo::roleArn(Site::China, demo::kRoleBuyer)));
    for (const SignatureVersion version : {SignatureVersion::V1, SignatureVersion::V3}) {
        m_sandbox.client->signatureVersion = version;
        const QString name = version == SignatureVersion::V1 ? u"sts-v1"_s : u"sts-v3"_s;
        const SandboxReply bought
            = callAs(temporary, u"CreateInstance"_s, createParameters(name, name + u"-token"_s), u"2017-12-14"_s);
        QCOMPARE(bought.status, 200);
        QCOMPARE(bought.code(), u"Success"_s);
        const QString orderId = bought.data().value(u"OrderId"_s).toString();
        // The root pair sees the order and pays for it: one account.
        const SandboxReply detail = callAs(rootPair(), u"GetOrderDetail"_s, {{u"OrderId"_s, orderId}}, u"2017-12-14"_s);
        QCOMPARE(detail.code(), u"Success"_s);
        const SandboxReply instance
            = callAs(rootPair(), u"GetInstance"_s, {{u"InstanceId"_s, bought.data().value(u"InstanceId"_s).toString()}},
                     u"2018-12-01"_s);
        QCOMPARE(instance.status, 200);
    }
    const QList<acrp::sandbox::SandboxOrder> orders = m_sandbox.server->orders();
    QCOMPARE(orders.size(), 2);
    for (const auto& order : orders)
        QCOMPARE(order.accessKeyId, rootKey);
    QVERIFY(m_sandbox.server->balance(rootKey) != before);
    const SandboxReply balance = callAs(temporary, u"QueryAccountBalance"_s, {}, u"2017-12-14"_s);
    QCOMPARE(balance.data().value(u"AvailableAmount"_s).toString(), m_sandbox.server->balance(rootKey));
    // The other site's account was not touched.
    QCOMPARE(m_sandbox.server->balance(QLatin1String(demo::kAccessKeyIdIntl)), u"1000000.00"_s);
}

void TestSandboxSts::ramUserKeyCallsBssLikeTheRootPair()
{
    for (const Site site : {Site::China, Site::International}) {
        const SandboxReply balance = callAs(ramUser(site), u"QueryAccountBalance"_s, {}, u"2017-12-14"_s);
        QCOMPARE(balance.code(), u"200"_s);
        QCOMPARE(balance.data().value(u"AvailableAmount"_s).toString(),
                 m_sandbox.server->balance(rootPair(site).accessKeyId));
    }
    const SandboxReply bought
        = callAs(ramUser(), u"CreateInstance"_s, createParameters(u"ram-user"_s, u"ram-token"_s), u"2017-12-14"_s);
    QCOMPARE(bought.code(), u"Success"_s);
    QCOMPARE(m_sandbox.server->orders().constFirst().accessKeyId, QLatin1String(demo::kAccessKeyIdCN));
    // A wrong secret of the RAM user is a wrong signature, as for any key.
    Credentials wrong = ramUser();
    wrong.accessKeySecret = u"not-the-secret"_s;
    QCOMPARE(callAs(wrong, u"GetCallerIdentity"_s).code(), u"SignatureDoesNotMatch"_s);
}

void TestSandboxSts::missingAndWrongToken_data()
{
    addSignatureVersions();
}

void TestSandboxSts::missingAndWrongToken()
{
    QFETCH(SignatureVersion, version);
    m_sandbox.client->signatureVersion = version;
    const Credentials temporary = issuedBy(assume(ramUser(), demo::roleArn(Site::China, demo::kRoleBuyer)));
    QCOMPARE(callAs(temporary, u"QueryAccountBalance"_s, {}, u"2017-12-14"_s).code(), u"200"_s);

    Credentials noToken = temporary;
    noToken.securityToken.clear();
    for (const auto& [action, apiVersion] :
         {std::pair {u"QueryAccountBalance"_s, u"2017-12-14"_s}, std::pair {u"ListInstance"_s, u"2018-12-01"_s},
          std::pair {u"GetCallerIdentity"_s, kSts}}) {
        const SandboxReply reply = callAs(noToken, action, {}, apiVersion);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), u"MissingSecurityToken"_s);
        QCOMPARE(reply.message(), u"SecurityToken is mandatory for this action."_s);
    }
    // AssumeRole with a temporary key and no token: the documented MissingSecurityToken.
    QCOMPARE(assume(noToken, demo::roleArn(Site::China, demo::kRoleBuyer)).code(), u"MissingSecurityToken"_s);

    Credentials wrongToken = temporary;
    wrongToken.securityToken = issuedBy(assume(ramUser(), demo::roleArn(Site::China, demo::kRoleBuyer))).securityToken;
    QVERIFY(!wrongToken.securityToken.isEmpty());
    SandboxReply reply = callAs(wrongToken, u"QueryAccountBalance"_s, {}, u"2017-12-14"_s);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), u"InvalidSecurityToken.MismatchWithAccessKey"_s);

    // A long-lived key with a token is refused the same way.
    Credentials userWithToken = ramUser();
    userWithToken.securityToken = temporary.securityToken;
    QCOMPARE(callAs(userWithToken, u"GetCallerIdentity"_s).code(), u"InvalidSecurityToken.MismatchWithAccessKey"_s);
    // A temporary key the sandbox never issued is unknown.
    Credentials forged = temporary;
    forged.accessKeyId = u"STS.NotIssuedByThisSandbox"_s;
    reply = callAs(forged, u"GetCallerIdentity"_s);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.code(), u"InvalidAccessKeyId.NotFound"_s);
}

void TestSandboxSts::expiresAfterItsLifetime()
{
    SandboxConfig config;
    config.stsTtlSeconds = 2;
    QVERIFY(m_sandbox.start(config));
    const SandboxReply assumed = assume(ramUser(), demo::roleArn(Site::China, demo::kRoleBuyer));
    QCOMPARE(assumed.status, 200);
    const Credentials temporary = issuedBy(assumed);
    const QDateTime expiration = expirationOf(assumed);
    // Still valid for at least a second after it was issued.
    QCOMPARE(callAs(temporary, u"QueryAccountBalance"_s, {}, u"2017-12-14"_s).code(), u"200"_s);
    SandboxReply reply;
    QTRY_VERIFY_WITH_TIMEOUT(
        (reply = callAs(temporary, u"QueryAccountBalance"_s, {}, u"2017-12-14"_s)).code() != u"200"_s, 10000);
    QVERIFY(QDateTime::currentDateTimeUtc() >= expiration);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), u"InvalidSecurityToken.Expired"_s);
    QCOMPARE(reply.message(), u"Specified SecurityToken is expired."_s);
    m_sandbox.client->signatureVersion = SignatureVersion::V3;
    QCOMPARE(callAs(temporary, u"CreateInstance"_s, createParameters(u"late"_s, u"late"_s), u"2017-12-14"_s).code(),
             u"InvalidSecurityToken.Expired"_s);
    QVERIFY(m_sandbox.server->orders().isEmpty());
    // Fresh credentials work again.
    QCOMPARE(callAs(issuedBy(assume(ramUser(), demo::roleArn(Site::China, demo::kRoleBuyer))), u"QueryAccountBalance"_s,
                    {}, u"2017-12-14"_s)
                 .code(),
             u"200"_s);
}

void TestSandboxSts::expireRouteAndCredentialList()
{
    const SandboxReply assumed
        = assume(ramUser(), demo::roleArn(Site::China, demo::kRoleBuyer), {{u"RoleSessionName"_s, u"listed"_s}});
    const Credentials temporary = issuedBy(assumed);
    SandboxReply list = m_sandbox.client->raw("GET", "/__admin/sts");
    QCOMPARE(list.status, 200);
    const QJsonArray credentials = list.json.value(u"credentials"_s).toArray();
    QCOMPARE(credentials.size(), 1);
    const QJsonObject listed = credentials.first().toObject();
    QCOMPARE(listed.value(u"accessKeyId"_s).toString(), temporary.accessKeyId);
    QCOMPARE(listed.value(u"accessKeySecret"_s).toString(), temporary.accessKeySecret);
    QCOMPARE(listed.value(u"securityToken"_s).toString(), temporary.securityToken);
    QCOMPARE(listed.value(u"expiration"_s).toString(),
             assumed.json.value(u"Credentials"_s).toObject().value(u"Expiration"_s).toString());
    QCOMPARE(listed.value(u"expired"_s).toBool(), false);
    QCOMPARE(listed.value(u"role"_s).toString(), u"acr-buyer"_s);
    QCOMPARE(listed.value(u"roleSessionName"_s).toString(), u"listed"_s);
    QCOMPARE(listed.value(u"accountId"_s).toString(), QLatin1String(demo::kAccountIdCN));

    const SandboxReply expired = m_sandbox.client->raw("POST", "/__admin/sts/expire");
    QCOMPARE(expired.status, 200);
    QCOMPARE(expired.json.value(u"credentials"_s).toArray().first().toObject().value(u"expired"_s).toBool(), true);
    for (const auto& [action, version] :
         {std::pair {u"QueryAccountBalance"_s, u"2017-12-14"_s}, std::pair {u"GetCallerIdentity"_s, kSts}}) {
        const SandboxReply reply = callAs(temporary, action, {}, version);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), u"InvalidSecurityToken.Expired"_s);
    }
    QCOMPARE(assume(temporary, demo::roleArn(Site::China, demo::kRoleBuyer)).code(), u"InvalidSecurityToken.Expired"_s);
    // Only the admin POST routes exist.
    QCOMPARE(m_sandbox.client->raw("POST", "/__admin/sts").status, 405);
    QCOMPARE(m_sandbox.client->raw("GET", "/__admin/sts/expire").status, 404);
}

void TestSandboxSts::versionsAndActions()
{
    const acrp::ParameterList parameters {{u"RoleArn"_s, demo::roleArn(Site::China, demo::kRoleBuyer)},
                                          {u"RoleSessionName"_s, u"ci-session"_s}};
    SandboxReply reply = callAs(ramUser(), u"AssumeRole"_s, parameters, u"2017-12-14"_s);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.code(), u"InvalidAction.NotFound"_s);
    reply = callAs(ramUser(), u"AssumeRole"_s, parameters, u"2015-04-02"_s);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), u"InvalidVersion"_s);
    reply = callAs(ramUser(), u"QueryAccountBalance"_s, {}, kSts);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.code(), u"InvalidAction.NotFound"_s);
    reply = callAs(ramUser(), u"AssumeRoleWithSAML"_s, {}, kSts);
    QCOMPARE(reply.code(), u"InvalidAction.NotFound"_s);
    QVERIFY(m_sandbox.server->stsCredentials().isEmpty());
}

void TestSandboxSts::badTtlIsRefused()
{
    SandboxConfig config;
    config.stsTtlSeconds = -1;
    acrp::sandbox::SandboxServer server(config);
    QVERIFY(!server.listen());
    QCOMPARE(server.errorString(), u"The lifetime of temporary credentials must be 1 second or more (0: no limit)."_s);
}

void TestSandboxSts::ramUsersOfAnUnconfiguredAccountAreUnknown()
{
    SandboxConfig config;
    config.accounts = {acrp::sandbox::demoAccounts().constFirst()}; // China only
    QVERIFY(m_sandbox.start(config));
    QCOMPARE(callAs(ramUser(Site::China), u"GetCallerIdentity"_s).json.value(u"IdentityType"_s).toString(),
             u"RAMUser"_s);
    const SandboxReply reply = callAs(ramUser(Site::International), u"GetCallerIdentity"_s);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.code(), u"InvalidAccessKeyId.NotFound"_s);
}

void TestSandboxSts::temporaryCredentialsStayInMemory()
{
    TempStateFile state;
    QVERIFY(state.reset());
    SandboxConfig config;
    config.statePath = state.path();
    QVERIFY(m_sandbox.start(config));
    capturedMessages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

    const Credentials temporary = issuedBy(assume(ramUser(), demo::roleArn(Site::China, demo::kRoleBuyer)));
    const SandboxReply bought
        = callAs(temporary, u"CreateInstance"_s, createParameters(u"kept"_s, u"kept-token"_s), u"2017-12-14"_s);
    Credentials noToken = temporary;
    noToken.securityToken.clear();
    callAs(noToken, u"QueryAccountBalance"_s, {}, u"2017-12-14"_s);
    m_sandbox.client->raw("POST", "/__admin/sts/expire");
    callAs(temporary, u"QueryAccountBalance"_s, {}, u"2017-12-14"_s);
    qInstallMessageHandler(previous);
    QCOMPARE(bought.code(), u"Success"_s);

    QFile file(state.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains(bought.data().value(u"OrderId"_s).toString().toUtf8()));
    QVERIFY(saved.contains(QByteArray(demo::kAccessKeyIdCN))); // the order is the account's
    for (const QString& secret : {temporary.accessKeyId, temporary.accessKeySecret, temporary.securityToken}) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!saved.contains(secret.toUtf8()), "a temporary credential reached the state file");
        for (const QString& message : std::as_const(capturedMessages))
            QVERIFY2(!message.contains(secret), "a temporary credential reached the log");
    }

    // A restarted sandbox on the same state file does not know the temporary key.
    QVERIFY(m_sandbox.start(config));
    QVERIFY(m_sandbox.server->stsCredentials().isEmpty());
    QCOMPARE(m_sandbox.server->orders().size(), 1);
    const SandboxReply after = callAs(temporary, u"QueryAccountBalance"_s, {}, u"2017-12-14"_s);
    QCOMPARE(after.code(), u"InvalidAccessKeyId.NotFound"_s);
}

QTEST_GUILESS_MAIN(TestSandboxSts)
#include "tst_sandboxsts.moc"
