// Request signing (acrp::signer): the published vectors of API-NOTES.md, the encoding and sorting
// rules, and whole signed requests for a fixed time and nonce. Expected signatures of the whole
// requests were computed with the official @alicloud/pop-core, openapi-util and openapi-client
// (tests/interop/package-lock.json); tests/interop/signer_property.mjs compares random cases.

#include "core/api/Signer.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace acrp;

Q_DECLARE_METATYPE(acrp::ParameterList)

namespace {

const QString kNonce = QStringLiteral("0123456789abcdef0123456789abcdef");
const QByteArray kEmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

// 2024-05-06T07:08:09Z given in UTC+08:00 with milliseconds: the signer must send UTC, no ms.
QDateTime fixedTime()
{
    return QDateTime(QDate(2024, 5, 6), QTime(15, 8, 9, 456), QTimeZone(8 * 3600));
}

Credentials demoCredentials(const QString& securityToken = {})
{
    return {QStringLiteral("SandboxDemoKeyCN"), QStringLiteral("sandbox-demo-secret-cn"), securityToken};
}

RpcCall createInstanceCall(const QByteArray& method)
{
    RpcCall call;
    call.method = method;
    call.host = QStringLiteral("business.aliyuncs.com");
    call.action = QStringLiteral("CreateInstance");
    call.version = QStringLiteral("2017-12-14");
    call.parameters = {
        {QStringLiteral("ProductCode"), QStringLiteral("acr")},
        {QStringLiteral("ProductType"), QStringLiteral("acr_ee_public_cn")},
        {QStringLiteral("SubscriptionType"), QStringLiteral("Subscription")},
        {QStringLiteral("Period"), QStringLiteral("12")},
        {QStringLiteral("Parameter.1.Code"), QStringLiteral("InstanceType")},
        {QStringLiteral("Parameter.1.Value"), QStringLiteral("Basic")},
        {QStringLiteral("Parameter.2.Code"), QStringLiteral("InstanceName")},
        {QStringLiteral("Parameter.2.Value"), QStringLiteral("a b*~+/=&%") + QStringLiteral(u"中😀")},
        {QStringLiteral("ClientToken"), QStringLiteral("token-1")},
    };
    return call;
}

// The sorted, encoded parameters of createInstanceCall() plus the V1 common ones (no
// SecurityToken, no Signature), as pop-core sends them.
const QByteArray kV1Query = "AccessKeyId=SandboxDemoKeyCN&Action=CreateInstance&ClientToken=token-1&Format=JSON"
                            "&Parameter.1.Code=InstanceType&Parameter.1.Value=Basic&Parameter.2.Code=InstanceName"
                            "&Parameter.2.Value=a%20b%2A~%2B%2F%3D%26%25%E4%B8%AD%F0%9F%98%80&Period=12&ProductCode=acr"
                            "&ProductType=acr_ee_public_cn&SignatureMethod=HMAC-SHA1"
                            "&SignatureNonce=0123456789abcdef0123456789abcdef&SignatureVersion=1.0"
                            "&SubscriptionType=Subscription&Timestamp=2024-05-06T07%3A08%3A09Z&Version=2017-12-14";

const QByteArray kV3Query
    = "ClientToken=token-1&Parameter.1.Code=InstanceType&Parameter.1.Value=Basic"
      "&Parameter.2.Code=InstanceName&Parameter.2.Value=a%20b%2A~%2B%2F%3D%26%25%E4%B8%AD%F0%9F%98%80"
      "&Period=12&ProductCode=acr&ProductType=acr_ee_public_cn&SubscriptionType=Subscription";

// The published V1 parameter set (API-NOTES.md), without Signature.
ParameterList describeRegionsParameters()
{
    return {
        {QStringLiteral("Action"), QStringLiteral("DescribeRegions")},
        {QStringLiteral("Format"), QStringLiteral("XML")},
        {QStringLiteral("SignatureNonce"), QStringLiteral("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf")},
        {QStringLiteral("Timestamp"), QStringLiteral("2016-02-23T12:46:24Z")},
        {QStringLiteral("Version"), QStringLiteral("2014-05-26")},
        {QStringLiteral("AccessKeyId"), QStringLiteral("testid")},
        {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
        {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")},
    };
}

QByteArray headerValue(const SignedRequest& request, const QByteArray& name)
{
    for (const auto& [headerName, value] : request.headers) {
        if (headerName == name)
            return value;
    }
    return {};
}

} // namespace

class TestSigner : public QObject
{
    Q_OBJECT

private slots:
    void percentEncode_data();
    void percentEncode();
    void percentEncodeKeepsExactlyTheUnreservedAscii();
    void timestamp_data();
    void timestamp();
    void nonceIs32HexAndFresh();
    void canonicalQuerySorts_data();
    void canonicalQuerySorts();
    void v1PublishedVectors_data();
    void v1PublishedVectors();
    void v1StringToSignIgnoresSignature();
    void signV1ReproducesPublishedVector();
    void signV1Get();
    void signV1PostForm();
    void signV1PostQuery();
    void signV1GetIgnoresFormPlacement();
    void signV1UpperCasesMethod();
    void signV1StsAddsSecurityToken();
    void signV1CallParametersOverrideCommonOnes();
    void v3PublishedVector();
    void signV3ReproducesPublishedVector();
    void v3CanonicalHeaders();
    void signV3Post();
    void signV3StsAddsTokenHeaders();
    void signV3WithoutParametersHasNoQuery();
};

void TestSigner::percentEncode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("unreserved") << QStringLiteral("AZaz09-_.~") << QByteArray("AZaz09-_.~");
    QTest::newRow("space") << QStringLiteral(" ") << QByteArray("%20");
    QTest::newRow("star") << QStringLiteral("*") << QByteArray("%2A");
    QTest::newRow("tilde") << QStringLiteral("~") << QByteArray("~");
    QTest::newRow("plus") << QStringLiteral("+") << QByteArray("%2B");
    QTest::newRow("slash") << QStringLiteral("/") << QByteArray("%2F");
    QTest::newRow("equals") << QStringLiteral("=") << QByteArray("%3D");
    QTest::newRow("ampersand") << QStringLiteral("&") << QByteArray("%26");
    QTest::newRow("percent") << QStringLiteral("%") << QByteArray("%25");
    QTest::newRow("sub-delims") << QStringLiteral("!'()") << QByteArray("%21%27%28%29");
    QTest::newRow("colon") << QStringLiteral("12:46:24") << QByteArray("12%3A46%3A24");
    QTest::newRow("newline") << QStringLiteral("\n") << QByteArray("%0A");
    QTest::newRow("chinese") << QStringLiteral(u"中文") << QByteArray("%E4%B8%AD%E6%96%87");
    QTest::newRow("emoji") << QStringLiteral(u"😀") << QByteArray("%F0%9F%98%80");
    QTest::newRow("latin-1") << QStringLiteral(u"é") << QByteArray("%C3%A9");
    QTest::newRow("mixed") << QStringLiteral(u"a b*c~d+e 中") << QByteArray("a%20b%2Ac~d%2Be%20%E4%B8%AD");
}

void TestSigner::percentEncode()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, encoded);
    QCOMPARE(signer::percentEncode(text), encoded);
}

void TestSigner::percentEncodeKeepsExactlyTheUnreservedAscii()
{
    const QByteArray unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";
    for (int c = 0; c < 128; ++c) {
        const QByteArray expected = unreserved.contains(char(c))
            ? QByteArray(1, char(c))
            : '%' + QByteArray::number(c, 16).rightJustified(2, '0').toUpper();
        QCOMPARE(signer::percentEncode(QString(QChar(c))), expected);
    }
}

void TestSigner::timestamp_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("utc") << QDateTime(QDate(2016, 2, 23), QTime(12, 46, 24), QTimeZone::utc())
                         << QByteArray("2016-02-23T12:46:24Z");
    QTest::newRow("utc+8, ms dropped") << fixedTime() << QByteArray("2024-05-06T07:08:09Z");
    QTest::newRow("utc-5 crosses midnight")
        << QDateTime(QDate(2023, 12, 31), QTime(22, 30, 0), QTimeZone(-5 * 3600)) << QByteArray("2024-01-01T03:30:00Z");
    QTest::newRow("utc+9:30 goes back a day")
        << QDateTime(QDate(2023, 3, 1), QTime(5, 0, 59, 999), QTimeZone(9 * 3600 + 1800))
        << QByteArray("2023-02-28T19:30:59Z");
    QTest::newRow("year 999, four digits")
        << QDateTime(QDate(999, 1, 2), QTime(3, 4, 5), QTimeZone::utc()) << QByteArray("0999-01-02T03:04:05Z");
    QTest::newRow("last second of 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 500), QTimeZone::utc())
                                         << QByteArray("9999-12-31T23:59:59Z");
    QTest::newRow("invalid") << QDateTime() << QByteArray();
}

void TestSigner::timestamp()
{
    QFETCH(QDateTime, time);
    QFETCH(QByteArray, expected);
    QCOMPARE(signer::timestamp(time), expected);
}

void TestSigner::nonceIs32HexAndFresh()
{
    const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString nonce = signer::newNonce();
        QVERIFY2(hex32.match(nonce).hasMatch(), qPrintable(nonce));
        QVERIFY2(!seen.contains(nonce), qPrintable(nonce));
        seen.insert(nonce);
    }
}

void TestSigner::canonicalQuerySorts_data()
{
    QTest::addColumn<ParameterList>("parameters");
    QTest::addColumn<QByteArray>("expected");
    const auto p = [](const char16_t* name, const char16_t* value) {
        return std::pair {QString::fromUtf16(name), QString::fromUtf16(value)};
    };
    QTest::newRow("empty") << ParameterList() << QByteArray();
    QTest::newRow("ordinal, upper case first")
        << ParameterList {p(u"b", u"2"), p(u"a", u"1"), p(u"B", u"3"), p(u"A", u"4")} << QByteArray("A=4&B=3&a=1&b=2");
    QTest::newRow("numbered parameters are not sorted numerically")
        << ParameterList {p(u"Parameter.2.Code", u"x"), p(u"Parameter.10.Code", u"y"), p(u"Parameter.1.Code", u"z")}
        << QByteArray("Parameter.1.Code=z&Parameter.10.Code=y&Parameter.2.Code=x");
    QTest::newRow("prefix first") << ParameterList {p(u"ab", u""), p(u"a", u"")} << QByteArray("a=&ab=");
    // Sorted by the raw name, as the official SDKs do: "a." before "a/" although encoded "a%2F"
    // would sort before "a.".
    QTest::newRow("raw name, not encoded name")
        << ParameterList {p(u"a/", u"1"), p(u"a.", u"2"), p(u"a ", u"3"), p(u"a%", u"4")}
        << QByteArray("a%20=3&a%25=4&a.=2&a%2F=1");
    // UTF-16 code-unit order, as JavaScript's sort in @alicloud/openapi-util: an emoji (a
    // surrogate pair, 0xD83D...) sorts before U+FF01 although its UTF-8 bytes are greater.
    QTest::newRow("utf-16 order beyond the BMP")
        << ParameterList {p(u"！", u"1"), p(u"😀", u"2"), p(u"中", u"3"), p(u"z", u"4")}
        << QByteArray("z=4&%E4%B8%AD=3&%F0%9F%98%80=2&%EF%BC%81=1");
    QTest::newRow("equal names keep their order")
        << ParameterList {p(u"k", u"2"), p(u"k", u"1")} << QByteArray("k=2&k=1");
    QTest::newRow("values encoded, empty kept")
        << ParameterList {p(u"x", u"a b*"), p(u"e", u"")} << QByteArray("e=&x=a%20b%2A");
}

void TestSigner::canonicalQuerySorts()
{
    QFETCH(ParameterList, parameters);
    QFETCH(QByteArray, expected);
    QCOMPARE(signer::canonicalQuery(parameters), expected);
}

void TestSigner::v1PublishedVectors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<ParameterList>("parameters");
    QTest::addColumn<QByteArray>("stringToSign");
    QTest::addColumn<QByteArray>("signature");

    const QByteArray describeRegions
        = "&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1"
          "%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0"
          "%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26";
    QTest::newRow("GET DescribeRegions") << QByteArray("GET") << describeRegionsParameters() << "GET" + describeRegions
                                         << QByteArray("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
    QTest::newRow("POST DescribeRegions") << QByteArray("POST") << describeRegionsParameters()
                                          << "POST" + describeRegions << QByteArray("MxbnVAM4w6sft9xjVpe/GCKueuk=");
    const ParameterList dedicatedHosts = {
        {QStringLiteral("Action"), QStringLiteral("DescribeDedicatedHosts")},
        {QStringLiteral("Format"), QStringLiteral("JSON")},
        {QStringLiteral("RegionId"), QStringLiteral("cn-beijing")},
        {QStringLiteral("SignatureNonce"), QStringLiteral("edb2b34af0af9a6d14deaf7c1a5315eb")},
        {QStringLiteral("Timestamp"), QStringLiteral("2023-03-13T08:34:30Z")},
        {QStringLiteral("Version"), QStringLiteral("2014-05-26")},
        {QStringLiteral("AccessKeyId"), QStringLiteral("testid")},
        {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
        {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")},
    };
    QTest::newRow("GET DescribeDedicatedHosts")
        << QByteArray("GET") << dedicatedHosts
        << QByteArray("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeDedicatedHosts%26Format%3DJSON"
                      "%26RegionId%3Dcn-beijing%26SignatureMethod%3DHMAC-SHA1"
                      "%26SignatureNonce%3Dedb2b34af0af9a6d14deaf7c1a5315eb%26SignatureVersion%3D1.0"
                      "%26Timestamp%3D2023-03-13T08%253A34%253A30Z%26Version%3D2014-05-26")
        << QByteArray("9NaGiOspFP5UPcwX8Iwt2YJXXuk=");
}

void TestSigner::v1PublishedVectors()
{
    QFETCH(QByteArray, method);
    QFETCH(ParameterList, parameters);
    QFETCH(QByteArray, stringToSign);
    QFETCH(QByteArray, signature);
    QCOMPARE(signer::v1StringToSign(method, parameters), stringToSign);
    QCOMPARE(signer::v1Signature(QStringLiteral("testsecret"), stringToSign), signature);
    // A wrong secret gives another signature.
    QVERIFY(signer::v1Signature(QStringLiteral("testsecreT"), stringToSign) != signature);
}

void TestSigner::v1StringToSignIgnoresSignature()
{
    ParameterList received = describeRegionsParameters();
    received.append({QStringLiteral("Signature"), QStringLiteral("OLeaidS1JvxuMvnyHOwuJ+uX5qY=")});
    QCOMPARE(signer::v1StringToSign("GET", received), signer::v1StringToSign("GET", describeRegionsParameters()));
}

void TestSigner::signV1ReproducesPublishedVector()
{
    RpcCall call;
    call.method = "GET";
    call.scheme = QStringLiteral("http");
    call.host = QStringLiteral("ecs.aliyuncs.com");
    call.action = QStringLiteral("DescribeRegions");
    call.version = QStringLiteral("2014-05-26");
    call.parameters = {{QStringLiteral("Format"), QStringLiteral("XML")}};
    const SignedRequest request
        = signer::signV1(call, {QStringLiteral("testid"), QStringLiteral("testsecret"), {}},
                         QDateTime(QDate(2016, 2, 23), QTime(20, 46, 24), QTimeZone(8 * 3600)),
                         QStringLiteral("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"), V1Placement::Query);
    QCOMPARE(request.url,
             QByteArray("http://ecs.aliyuncs.com/?AccessKeyId=testid&Action=DescribeRegions&Format=XML"
                        "&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"
                        "&SignatureVersion=1.0&Timestamp=2016-02-23T12%3A46%3A24Z&Version=2014-05-26"
                        "&Signature=OLeaidS1JvxuMvnyHOwuJ%2BuX5qY%3D"));
}

void TestSigner::signV1Get()
{
    const SignedRequest request
        = signer::signV1(createInstanceCall("GET"), demoCredentials(), fixedTime(), kNonce, V1Placement::Query);
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.url,
             "https://business.aliyuncs.com/?" + kV1Query + "&Signature=rBbxaQobwg%2BReNJBz1%2F0Xsa2uTw%3D");
    QCOMPARE(request.headers, HeaderList());
    QCOMPARE(request.body, QByteArray());
    QCOMPARE(request.stringToSign, "GET&%2F&" + QUrl::toPercentEncoding(QString::fromLatin1(kV1Query)));
}

void TestSigner::signV1PostForm()
{
    const SignedRequest request
        = signer::signV1(createInstanceCall("POST"), demoCredentials(), fixedTime(), kNonce, V1Placement::FormBody);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.url, QByteArray("https://business.aliyuncs.com/"));
    const HeaderList expectedHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
    QCOMPARE(request.headers, expectedHeaders);
    QCOMPARE(request.body, kV1Query + "&Signature=0kUyp6tFeFgI2OUQ4nIZEyWvKLE%3D");
    QCOMPARE(request.stringToSign, "POST&%2F&" + QUrl::toPercentEncoding(QString::fromLatin1(kV1Query)));
    // Form is the default placement.
    QCOMPARE(signer::signV1(createInstanceCall("POST"), demoCredentials(), fixedTime(), kNonce).body, request.body);
}

void TestSigner::signV1PostQuery()
{
    const SignedRequest request
        = signer::signV1(createInstanceCall("POST"), demoCredentials(), fixedTime(), kNonce, V1Placement::Query);
    QCOMPARE(request.method, QByteArray("POST"));
    // Same signature as the form POST: the method is signed, the placement is not.
    QCOMPARE(request.url, "https://business.aliyuncs.com/?" + kV1Query + "&Signature=0kUyp6tFeFgI2OUQ4nIZEyWvKLE%3D");
    QCOMPARE(request.headers, HeaderList());
    QCOMPARE(request.body, QByteArray());
}

void TestSigner::signV1GetIgnoresFormPlacement()
{
    const SignedRequest request
        = signer::signV1(createInstanceCall("GET"), demoCredentials(), fixedTime(), kNonce, V1Placement::FormBody);
    QCOMPARE(request.url,
             "https://business.aliyuncs.com/?" + kV1Query + "&Signature=rBbxaQobwg%2BReNJBz1%2F0Xsa2uTw%3D");
    QCOMPARE(request.body, QByteArray());
    QCOMPARE(request.headers, HeaderList());
}

void TestSigner::signV1UpperCasesMethod()
{
    const SignedRequest request
        = signer::signV1(createInstanceCall("post"), demoCredentials(), fixedTime(), kNonce, V1Placement::FormBody);
    QCOMPARE(request.method, QByteArray("POST"));
    QVERIFY(request.stringToSign.startsWith("POST&%2F&"));
    QCOMPARE(request.body, kV1Query + "&Signature=0kUyp6tFeFgI2OUQ4nIZEyWvKLE%3D");
}

void TestSigner::signV1StsAddsSecurityToken()
{
    const SignedRequest request
        = signer::signV1(createInstanceCall("GET"), demoCredentials(QStringLiteral("sts-token/+=")), fixedTime(),
                         kNonce, V1Placement::Query);
    QByteArray query = kV1Query;
    query.replace("&SignatureMethod=", "&SecurityToken=sts-token%2F%2B%3D&SignatureMethod=");
    QCOMPARE(request.url, "https://business.aliyuncs.com/?" + query + "&Signature=esJ6Wx5ard3T5d6DiCVCjNpAKl0%3D");
    // Without a token there is no SecurityToken parameter at all.
    QVERIFY(!signer::signV1(createInstanceCall("GET"), demoCredentials(), fixedTime(), kNonce)
                 .url.contains("SecurityToken"));
}

void TestSigner::signV1CallParametersOverrideCommonOnes()
{
    RpcCall call = createInstanceCall("GET");
    call.parameters.append({QStringLiteral("Format"), QStringLiteral("XML")});
    call.parameters.append({QStringLiteral("Signature"), QStringLiteral("forged")});
    const SignedRequest request = signer::signV1(call, demoCredentials(), fixedTime(), kNonce, V1Placement::Query);
    QVERIFY(request.url.contains("&Format=XML&"));
    QCOMPARE(request.url.count("Format="), 1);
    QCOMPARE(request.url.count("Signature="), 1);
    QVERIFY(!request.url.contains("forged"));
}

void TestSigner::v3PublishedVector()
{
    const ParameterList query = {
        {QStringLiteral("RegionId"), QStringLiteral("cn-shanghai")},
        {QStringLiteral("ImageId"), QStringLiteral("win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd")},
    };
    const HeaderList headers = {
        {"host", "ecs.cn-shanghai.aliyuncs.com"},
        {"x-acs-action", "RunInstances"},
        {"x-acs-version", "2014-05-26"},
        {"x-acs-date", "2023-10-26T10:22:32Z"},
        {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
        {"x-acs-content-sha256", kEmptySha256},
    };
    QCOMPARE(signer::sha256Hex({}), kEmptySha256);
    const QByteArray canonical = signer::v3CanonicalRequest("POST", "/", query, headers, signer::sha256Hex({}));
    QCOMPARE(canonical,
             "POST\n/\nImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n"
             "host:ecs.cn-shanghai.aliyuncs.com\nx-acs-action:RunInstances\nx-acs-content-sha256:"
                 + kEmptySha256
                 + "\nx-acs-date:2023-10-26T10:22:32Z\nx-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n"
                   "x-acs-version:2014-05-26\n\n"
                   "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n"
                 + kEmptySha256);
    const QByteArray stringToSign = signer::v3StringToSign(canonical);
    QCOMPARE(stringToSign,
             QByteArray("ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"));
    const QByteArray signature = signer::v3Signature(QStringLiteral("YourAccessKeySecret"), stringToSign);
    QCOMPARE(signature, QByteArray("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
    QCOMPARE(signer::v3Authorization(QStringLiteral("YourAccessKeyId"), headers, signature),
             "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;"
             "x-acs-date;x-acs-signature-nonce;x-acs-version,Signature="
                 + signature);
    QVERIFY(signer::v3Signature(QStringLiteral("YourAccessKeySecreT"), stringToSign) != signature);
}

void TestSigner::signV3ReproducesPublishedVector()
{
    RpcCall call;
    call.method = "POST";
    call.host = QStringLiteral("ecs.cn-shanghai.aliyuncs.com");
    call.action = QStringLiteral("RunInstances");
    call.version = QStringLiteral("2014-05-26");
    call.parameters = {
        {QStringLiteral("ImageId"), QStringLiteral("win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd")},
        {QStringLiteral("RegionId"), QStringLiteral("cn-shanghai")},
    };
    const SignedRequest request
        = signer::signV3(call, {QStringLiteral("YourAccessKeyId"), QStringLiteral("YourAccessKeySecret"), {}},
                         QDateTime(QDate(2023, 10, 26), QTime(18, 22, 32), QTimeZone(8 * 3600)),
                         QStringLiteral("3156853299f313e23d1673dc12e1703d"));
    QCOMPARE(
        headerValue(request, "Authorization"),
        QByteArray("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;"
                   "x-acs-date;x-acs-signature-nonce;x-acs-version,"
                   "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
}

void TestSigner::v3CanonicalHeaders()
{
    const HeaderList headers = {
        {"User-Agent", "not signed"},
        {"Accept", "application/json"},
        {"X-Acs-Version", "  2017-12-14\t"},
        {"Host", "127.0.0.1:8080"},
        {"x-acs-extra", "b"},
        {"X-ACS-EXTRA", " a "},
        {"Content-Type", "application/x-www-form-urlencoded"},
        {"x-acs-action", "CreateInstance"},
    };
    QCOMPARE(signer::v3SignedHeaderNames(headers),
             QByteArray("content-type;host;x-acs-action;x-acs-extra;x-acs-version"));
    QCOMPARE(
        signer::v3CanonicalRequest("GET", "/", {}, headers, "HASH"),
        QByteArray("GET\n/\n\n"
                   "content-type:application/x-www-form-urlencoded\nhost:127.0.0.1:8080\nx-acs-action:CreateInstance\n"
                   "x-acs-extra:a,b\nx-acs-version:2017-12-14\n\n"
                   "content-type;host;x-acs-action;x-acs-extra;x-acs-version\nHASH"));
    QCOMPARE(signer::v3SignedHeaderNames({}), QByteArray());
}

void TestSigner::signV3Post()
{
    const SignedRequest request = signer::signV3(createInstanceCall("POST"), demoCredentials(), fixedTime(), kNonce);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.url, "https://business.aliyuncs.com/?" + kV3Query);
    QCOMPARE(request.body, QByteArray());
    const HeaderList expectedHeaders = {
        {"host", "business.aliyuncs.com"},
        {"x-acs-action", "CreateInstance"},
        {"x-acs-version", "2017-12-14"},
        {"x-acs-date", "2024-05-06T07:08:09Z"},
        {"x-acs-signature-nonce", "0123456789abcdef0123456789abcdef"},
        {"x-acs-content-sha256", kEmptySha256},
        {"Authorization",
         "ACS3-HMAC-SHA256 Credential=SandboxDemoKeyCN,SignedHeaders=host;x-acs-action;"
         "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
         "Signature=b0d43692b8bdf16deeb3faccfccd498e9b8a7cbc2360b8f9c359c9750d53e834"},
    };
    QCOMPARE(request.headers, expectedHeaders);
    QVERIFY(request.stringToSign.startsWith("ACS3-HMAC-SHA256\n"));
    QCOMPARE(request.stringToSign.size(), qsizetype(17 + 64));
}

void TestSigner::signV3StsAddsTokenHeaders()
{
    const SignedRequest request = signer::signV3(createInstanceCall("POST"),
                                                 demoCredentials(QStringLiteral("sts-token/+=")), fixedTime(), kNonce);
    QCOMPARE(request.url, "https://business.aliyuncs.com/?" + kV3Query);
    QCOMPARE(headerValue(request, "x-acs-accesskey-id"), QByteArray("SandboxDemoKeyCN"));
    QCOMPARE(headerValue(request, "x-acs-security-token"), QByteArray("sts-token/+="));
    QCOMPARE(
        headerValue(request, "Authorization"),
        QByteArray("ACS3-HMAC-SHA256 Credential=SandboxDemoKeyCN,SignedHeaders=host;x-acs-accesskey-id;x-acs-action;"
                   "x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version,"
                   "Signature=1d3a05db74c71974c8fb48c391fae989600809fc44b8536463bcbc9621b56c13"));
    QCOMPARE(request.headers.size(), qsizetype(9));
    QCOMPARE(request.headers.last().first, QByteArray("Authorization"));
    // No token, no token headers.
    const SignedRequest plain = signer::signV3(createInstanceCall("POST"), demoCredentials(), fixedTime(), kNonce);
    QVERIFY(headerValue(plain, "x-acs-security-token").isNull());
    QVERIFY(headerValue(plain, "x-acs-accesskey-id").isNull());
}

void TestSigner::signV3WithoutParametersHasNoQuery()
{
    RpcCall call = createInstanceCall("get");
    call.parameters.clear();
    call.scheme = QStringLiteral("http");
    call.host = QStringLiteral("127.0.0.1:8080");
    const SignedRequest request = signer::signV3(call, demoCredentials(), fixedTime(), kNonce);
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.url, QByteArray("http://127.0.0.1:8080/"));
    QCOMPARE(headerValue(request, "host"), QByteArray("127.0.0.1:8080"));
}

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
