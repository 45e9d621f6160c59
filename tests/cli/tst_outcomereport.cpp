// OutcomeReport's words for people and its JSON, for refusals with known, unknown and malformed
// service codes, local errors and an unknown outcome: the explanation of a known code leads, the
// service's own message is always there, and --json keeps the raw fields.
#include "../ui/MarkingTranslator.h"
#include "cli/OutcomeReport.h"
#include "core/api/ErrorExplanation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTest>

using namespace acrp;
using acrp::cli::OutcomeReport;

namespace {

OrderResult refusal(const QString& code, const QString& message)
{
    OrderResult result;
    result.kind = OrderResult::Kind::Refused;
    result.state = OrderState::Failed;
    result.journalId = 7;
    result.clientToken = QStringLiteral("token-7");
    result.attempts = 1;
    result.error = ApiError::fromService(code, message, QStringLiteral("REQ-7"), 400, QString());
    return result;
}

struct Printed
{
    QString out;
    QString err;
};

Printed print(const OrderResult& result)
{
    Printed printed;
    QTextStream out(&printed.out);
    QTextStream err(&printed.err);
    OutcomeReport::print(result, out, err);
    out.flush();
    err.flush();
    return printed;
}

} // namespace

class TestOutcomeReport : public QObject
{
    Q_OBJECT

private slots:
    void knownCodeLeadsWithItsExplanation_data();
    void knownCodeLeadsWithItsExplanation();
    void unknownOrBadCodeHasOnlyTheServiceText_data();
    void unknownOrBadCodeHasOnlyTheServiceText();
    void unknownOutcomeOfATimeout();
    void explanationFollowsTheLanguage();
};

void TestOutcomeReport::knownCodeLeadsWithItsExplanation_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("balance") << "PAY.INSUFFICIENT_BALANCE"
                             << "Your account does not have enough balance.";
    QTest::newRow("wrong site") << "NotApplicable"
                                << "This API is not applicable for caller.";
    QTest::newRow("throttled (family)") << "Throttling.User"
                                        << "Request was denied due to user flow control.";
    QTest::newRow("invalid parameter") << "InvalidParameter"
                                       << "The specified parameter \"Period\" is not valid.";
}

void TestOutcomeReport::knownCodeLeadsWithItsExplanation()
{
    QFETCH(QString, code);
    QFETCH(QString, message);
    const OrderResult result = refusal(code, message);
    const QString explanation = ErrorExplanation::forCode(code);
    QVERIFY(!explanation.isEmpty());

    const Printed printed = print(result);
    QVERIFY(printed.out.isEmpty());
    const QStringList lines = printed.err.split(u'\n');
    QCOMPARE(lines.value(0), u"Not bought (journal #7): " + explanation);
    QVERIFY2(lines.contains(u"  Code: " + code + u"  HTTP 400"), qPrintable(printed.err));
    QVERIFY2(lines.contains(u"  Service message: " + message), qPrintable(printed.err));
    QCOMPARE(printed.err.count(QStringLiteral("REQ-7")), 1); // one RequestId
    QVERIFY(lines.contains(QStringLiteral("  ClientToken: token-7")));

    // JSON: the raw fields as they were, and the explanation beside them.
    const QJsonObject error = OutcomeReport::toJson(result).value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("code")).toString(), code);
    QCOMPARE(error.value(QLatin1String("message")).toString(), message);
    QCOMPARE(error.value(QLatin1String("userMessage")).toString(), result.error->userMessage());
    QCOMPARE(error.value(QLatin1String("explanation")).toString(), explanation);
}

void TestOutcomeReport::unknownOrBadCodeHasOnlyTheServiceText_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown") << "Brand.NewCode";
    QTest::newRow("near miss") << "ThrottlingX";
    QTest::newRow("empty") << "";
}

void TestOutcomeReport::unknownOrBadCodeHasOnlyTheServiceText()
{
    QFETCH(QString, code);
    const QString message = QStringLiteral("Something only the service knows.");
    const OrderResult result = refusal(code, message);
    const Printed printed = print(result);
    // The error's own sentence, which quotes the service; no explanation made up.
    QCOMPARE(printed.err.section(u'\n', 0, 0), u"Not bought (journal #7): " + result.error->userMessage());
    QVERIFY(printed.err.contains(u"  Service message: " + message));
    const QJsonObject error = OutcomeReport::toJson(result).value(QLatin1String("error")).toObject();
    QVERIFY(!error.contains(QLatin1String("explanation")));
    QCOMPARE(error.value(QLatin1String("message")).toString(), message);
}

void TestOutcomeReport::unknownOutcomeOfATimeout()
{
    OrderResult result;
    result.kind = OrderResult::Kind::Unknown;
    result.state = OrderState::Unknown;
    result.journalId = 9;
    result.clientToken = QStringLiteral("token-9");
    result.error = ApiError::timeout();
    const Printed printed = print(result);
    QCOMPARE(printed.err.section(u'\n', 0, 0),
             QStringLiteral("Outcome unknown (journal #9): The service did not answer in time."));
    QVERIFY(printed.err.contains(QStringLiteral("acr-purchase resume")));
    const QJsonObject error = OutcomeReport::toJson(result).value(QLatin1String("error")).toObject();
    QVERIFY(!error.contains(QLatin1String("explanation"))); // a local error: nothing to explain of the service
}

void TestOutcomeReport::explanationFollowsTheLanguage()
{
    MarkingTranslator translator("acrp::ErrorExplanation");
    QCoreApplication::installTranslator(&translator);
    const OrderResult result = refusal(QStringLiteral("ServiceUnavailable"),
                                       QStringLiteral("The request has failed due to a temporary "
                                                      "failure of the server."));
    const Printed printed = print(result);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(printed.err.startsWith(QStringLiteral("Not bought (journal #7): ZH The service is unavailable")),
             qPrintable(printed.err));
    // The service's own words stay as the service wrote them.
    QVERIFY(printed.err.contains(
        QStringLiteral("  Service message: The request has failed due to a temporary failure of the server.")));
}

QTEST_GUILESS_MAIN(TestOutcomeReport)
#include "tst_outcomereport.moc"
