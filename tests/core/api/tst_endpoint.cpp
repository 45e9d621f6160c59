// Endpoint: the --endpoint words and URLs, what is real, the ACR host per region.
#include "core/api/Endpoint.h"

#include <QTest>

using acrp::Endpoint;
Q_DECLARE_METATYPE(acrp::Endpoint::Kind)

class TestEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void crHost();
    void names_data();
    void names();
};

void TestEndpoint::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Endpoint::Kind>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("hostAndPort");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<bool>("real");
    QTest::newRow("sandbox") << "sandbox" << Endpoint::Kind::Sandbox << "sandbox"
                             << ""
                             << "" << false;
    QTest::newRow("cn") << "cn" << Endpoint::Kind::China << "cn"
                        << "business.aliyuncs.com"
                        << "https" << true;
    QTest::newRow("INTL") << "INTL" << Endpoint::Kind::International << "intl"
                          << "business.ap-southeast-1.aliyuncs.com"
                          << "https" << true;
    QTest::newRow("loopback http") << "http://127.0.0.1:8123" << Endpoint::Kind::Custom << "http://127.0.0.1:8123"
                                   << "127.0.0.1:8123"
                                   << "http" << true;
    QTest::newRow("trailing slash") << "http://localhost:9/" << Endpoint::Kind::Custom << "http://localhost:9"
                                    << "localhost:9"
                                    << "http" << true;
    QTest::newRow("https host") << "https://bss.example.invalid" << Endpoint::Kind::Custom
                                << "https://bss.example.invalid"
                                << "bss.example.invalid"
                                << "https" << true;
}

void TestEndpoint::parse()
{
    QFETCH(QString, text);
    QFETCH(Endpoint::Kind, kind);
    QFETCH(QString, id);
    QFETCH(QString, hostAndPort);
    QFETCH(QString, scheme);
    QFETCH(bool, real);
    QString error;
    const auto endpoint = Endpoint::parse(text, &error);
    QVERIFY2(endpoint, qPrintable(error));
    QCOMPARE(endpoint->kind(), kind);
    QCOMPARE(endpoint->id(), id);
    QCOMPARE(endpoint->hostAndPort(), hostAndPort);
    QCOMPARE(endpoint->scheme(), scheme);
    QCOMPARE(endpoint->isReal(), real);
    // The id reads back to the same endpoint (the journal stores it).
    const auto back = Endpoint::parse(endpoint->id(), &error);
    QVERIFY(back);
    QCOMPARE(back->id(), id);
}

void TestEndpoint::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("word") << "mars"
                          << "\"mars\" is not an endpoint: use sandbox, cn, intl or an http(s) URL.";
    QTest::newRow("ftp") << "ftp://127.0.0.1"
                         << "\"ftp://127.0.0.1\" is not an endpoint: use sandbox, cn, intl or an http(s) URL.";
    QTest::newRow("plain http remote")
        << "http://bss.example.invalid"
        << "The endpoint URL \"http://bss.example.invalid\" uses plain http to another computer; use https.";
    QTest::newRow("path") << "http://127.0.0.1:1/api"
                          << "The endpoint URL \"http://127.0.0.1:1/api\" must be just scheme, host and port (no path, "
                             "query or user name).";
    QTest::newRow("user") << "https://me@host.invalid"
                          << "The endpoint URL \"https://me@host.invalid\" must be just scheme, host and port (no "
                             "path, query or user name).";
}

void TestEndpoint::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!Endpoint::parse(text, &message));
    QCOMPARE(message, error);
}

void TestEndpoint::crHost()
{
    QString error;
    const auto cn = Endpoint::parse(QStringLiteral("cn"), &error);
    QCOMPARE(cn->crHostAndPort(QStringLiteral("cn-shanghai")), QStringLiteral("cr.cn-shanghai.aliyuncs.com"));
    QCOMPARE(cn->crScheme(), QStringLiteral("https"));
    const auto custom = Endpoint::parse(QStringLiteral("http://127.0.0.1:5000"), &error);
    QCOMPARE(custom->crHostAndPort(QStringLiteral("cn-shanghai")), QStringLiteral("127.0.0.1:5000"));
    QCOMPARE(custom->crScheme(), QStringLiteral("http"));
    QCOMPARE(cn->site(), std::optional<acrp::Site>(acrp::Site::China));
    QVERIFY(!custom->site());
}

// Two names per endpoint: one inside a sentence ("asking the sandbox…"), one that stands alone in a
// summary row, in sentence case.
void TestEndpoint::names_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("title");
    QTest::newRow("sandbox") << "sandbox"
                             << "the sandbox"
                             << "Sandbox (built-in, no charge)";
    QTest::newRow("cn") << "cn"
                        << "the China site (business.aliyuncs.com)"
                        << "China site (business.aliyuncs.com)";
    QTest::newRow("intl") << "intl"
                          << "the International site (business.ap-southeast-1.aliyuncs.com)"
                          << "International site (business.ap-southeast-1.aliyuncs.com)";
    QTest::newRow("custom") << "http://127.0.0.1:5000"
                            << "http://127.0.0.1:5000"
                            << "http://127.0.0.1:5000";
}

void TestEndpoint::names()
{
    QFETCH(QString, text);
    QFETCH(QString, displayName);
    QFETCH(QString, title);
    QString error;
    const auto endpoint = Endpoint::parse(text, &error);
    QVERIFY2(endpoint, qPrintable(error));
    QCOMPARE(endpoint->displayName(), displayName);
    QCOMPARE(endpoint->title(), title);
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
