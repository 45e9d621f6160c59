// ErrorExplanation: every error code the sandbox answers and API-NOTES lists has a sentence of its
// own, sub-codes of a family share it, exact codes win over families, unknown or malformed codes
// and local errors have none, and the service's own words are kept beside the explanation.
#include "../../ui/MarkingTranslator.h"
#include "core/api/ErrorExplanation.h"
#include "sandbox/SandboxError.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>

using acrp::ApiError;
using acrp::ErrorExplanation;
using acrp::sandbox::SandboxError;

namespace {

ApiError serviceError(const QString& code, const QString& message = QStringLiteral("The service's words."))
{
    return ApiError::fromService(code, message, QStringLiteral("REQ-1"), 400, QString());
}

} // namespace

class TestErrorExplanation : public QObject
{
    Q_OBJECT

private slots:
    void everySandboxCodeIsExplained_data();
    void everySandboxCodeIsExplained();
    void apiNotesCodesAreExplained_data();
    void apiNotesCodesAreExplained();
    void familiesCoverTheirSubCodes_data();
    void familiesCoverTheirSubCodes();
    void exactCodeWinsOverItsFamily();
    void unknownAndBadCodesHaveNone_data();
    void unknownAndBadCodesHaveNone();
    void localErrorsHaveNone();
    void summaryAndServiceWords();
    void explanationsAreTranslated();
    void tableIsConsistent();
};

void TestErrorExplanation::everySandboxCodeIsExplained_data()
{
    QTest::addColumn<QString>("code");
    const SandboxError errors[] = {
        SandboxError::missingParameter(QStringLiteral("Period")),
        SandboxError::invalidParameter(QStringLiteral("Period")),
        SandboxError::invalidAction(),
        SandboxError::invalidVersion(),
        SandboxError::accessKeyNotFound(),
        SandboxError::securityTokenMismatch(),
        SandboxError::incompleteSignature(QString()),
        SandboxError::signatureMismatch("POST&%2F&x"),
        SandboxError::timestampMalformed(QStringLiteral("Timestamp")),
        SandboxError::timestampExpired(QStringLiteral("a"), QStringLiteral("b")),
        SandboxError::nonceUsed(),
        SandboxError::serviceUnavailable(),
        SandboxError::throttling(),
        SandboxError::notApplicable(),
        SandboxError::editionNotSold(QStringLiteral("Standard"), QStringLiteral("acr_ee_public_intl")),
        SandboxError::instanceNameTaken(QStringLiteral("taken"), QStringLiteral("cn-shanghai")),
        SandboxError::insufficientBalance(),
        SandboxError::idempotentParameterMismatch(),
        SandboxError::orderNotFound(QStringLiteral("1")),
        SandboxError::instanceNotFound(QStringLiteral("cri-1")),
    };
    for (const SandboxError& error : errors)
        QTest::newRow(qPrintable(error.code)) << error.code;
}

void TestErrorExplanation::everySandboxCodeIsExplained()
{
    QFETCH(QString, code);
    const QString explanation = ErrorExplanation::forCode(code);
    QVERIFY2(!explanation.isEmpty(), qPrintable(code));
    QVERIFY(!explanation.contains(code)); // it explains the code, it does not repeat it
    QCOMPARE(ErrorExplanation::forError(serviceError(code)), explanation);
}

void TestErrorExplanation::apiNotesCodesAreExplained_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("InvalidParameter") << "InvalidParameter"
                                      << "The service did not accept a value of the order; its message names the "
                                         "parameter. Correct that value and buy again.";
    QTest::newRow("MissingParameter") << "MissingParameter"
                                      << "The request lacks a value the service requires; its message names the "
                                         "parameter. Check the order (an older order file may lack it); if it keeps "
                                         "happening, report it with the request ID.";
    QTest::newRow("NotApplicable") << "NotApplicable"
                                   << "The account of this AccessKey is on the other site (China site or "
                                      "International site). Use a profile of that site, or change the order’s site.";
    QTest::newRow("NotAuthorized") << "NotAuthorized"
                                   << "This RAM user may not buy: it lacks the bss:ModifyInstance permission. Ask the "
                                      "account’s administrator to grant it (for example with the AliyunBSSOrderAccess "
                                      "policy).";
    QTest::newRow("InvalidOwner") << "InvalidOwner"
                                  << "The account of this AccessKey is not the one that owns or pays for this. Use "
                                     "the AccessKey of the paying account.";
    QTest::newRow("InvalidAccessKeyId.NotFound")
        << "InvalidAccessKeyId.NotFound"
        << "The service does not know this AccessKey ID: it is mistyped, was deleted, or belongs to the other site. "
           "Check the profile’s AccessKey ID and site.";
    QTest::newRow("SignatureDoesNotMatch")
        << "SignatureDoesNotMatch"
        << "The service computed another signature than this request’s: the AccessKey secret is wrong (pasted "
           "secrets often carry extra spaces) or belongs to another AccessKey ID. Enter the secret again.";
    QTest::newRow("InvalidTimeStamp.Expired") << "InvalidTimeStamp.Expired"
                                              << "This computer’s clock differs from the service’s by more than 15 "
                                                 "minutes. Set the clock (or turn on automatic time) and try again.";
    QTest::newRow("SignatureNonceUsed") << "SignatureNonceUsed"
                                        << "The service has seen this request’s one-time number (nonce) before, as "
                                           "with a replayed request. Try again: every attempt gets a new one.";
    QTest::newRow("Throttling") << "Throttling"
                                << "Too many requests in a short time: the service limits their rate. Wait a minute "
                                   "and try again.";
    QTest::newRow("ServiceUnavailable") << "ServiceUnavailable"
                                        << "The service is unavailable for a moment. Try again in a few minutes.";
    QTest::newRow("InternalError") << "InternalError"
                                   << "The service had an internal error. Try again later; resume an order rather "
                                      "than buying it again, so it cannot be bought twice.";
    QTest::newRow("OperationDenied.OrderProcessing")
        << "OperationDenied.OrderProcessing"
        << "An earlier order of this account is still being processed. Wait a minute and try again.";
    QTest::newRow("PAY.INSUFFICIENT_BALANCE")
        << "PAY.INSUFFICIENT_BALANCE"
        << "The account’s available balance and credit do not cover the price. Top up the account, then buy again; "
           "nothing was charged.";
    QTest::newRow("NotEnoughBalance") << "NotEnoughBalance"
                                      << "The account’s available balance and credit do not cover the price. Top up "
                                         "the account, then buy again; nothing was charged.";
    QTest::newRow("Forbidden.RAM") << "Forbidden.RAM"
                                   << "RAM denied the request: no policy of this user or role allows it. Ask the "
                                      "account’s administrator for the permission.";
    QTest::newRow("InstanceNameDuplicated")
        << "InstanceNameDuplicated"
        << "The account already has an instance with this name in this region. Choose another name.";
}

void TestErrorExplanation::apiNotesCodesAreExplained()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(ErrorExplanation::forCode(code), expected);
    // Codes are matched as the service spells them, or not: BSS is not consistent about case.
    QCOMPARE(ErrorExplanation::forCode(code.toLower()), expected);
    QCOMPARE(ErrorExplanation::forCode(code.toUpper()), expected);
    QCOMPARE(ErrorExplanation::forCode(u"  " + code + u"\n"), expected);
}

void TestErrorExplanation::familiesCoverTheirSubCodes_data()
{
    QTest::addColumn<QString>("subCode");
    QTest::addColumn<QString>("family");
    QTest::newRow("Throttling.User") << "Throttling.User"
                                     << "Throttling";
    QTest::newRow("Throttling.Api") << "Throttling.Api"
                                    << "Throttling";
    QTest::newRow("InvalidSecurityToken.Expired") << "InvalidSecurityToken.Expired"
                                                  << "InvalidSecurityToken.MismatchWithAccessKey";
    QTest::newRow("Forbidden.RAM") << "Forbidden.RAM"
                                   << "Forbidden";
    QTest::newRow("InvalidParameter.InstanceName") << "InvalidParameter.InstanceName"
                                                   << "InvalidParameter";
    QTest::newRow("MissingParameter.Period") << "MissingParameter.Period"
                                             << "MissingParameter";
    QTest::newRow("ServiceUnavailable.Maintenance") << "ServiceUnavailable.Maintenance"
                                                    << "ServiceUnavailable";
    QTest::newRow("COMMODITY.INVALID_COMPONENT.Edition") << "COMMODITY.INVALID_COMPONENT.Edition"
                                                         << "COMMODITY.INVALID_COMPONENT";
}

void TestErrorExplanation::familiesCoverTheirSubCodes()
{
    QFETCH(QString, subCode);
    QFETCH(QString, family);
    QVERIFY(!ErrorExplanation::forCode(family).isEmpty());
    QCOMPARE(ErrorExplanation::forCode(subCode), ErrorExplanation::forCode(family));
}

void TestErrorExplanation::exactCodeWinsOverItsFamily()
{
    // InvalidAccessKeyId.Inactive is a code of its own, not the unknown-key explanation.
    const QString inactive = ErrorExplanation::forCode(QStringLiteral("InvalidAccessKeyId.Inactive"));
    QCOMPARE(inactive, QStringLiteral("This AccessKey is disabled. Enable it in the RAM console or use another one."));
    QVERIFY(inactive != ErrorExplanation::forCode(QStringLiteral("InvalidAccessKeyId")));
    // InvalidTimeStamp has no family: an expired stamp and a malformed one mean different things.
    QVERIFY(ErrorExplanation::forCode(QStringLiteral("InvalidTimeStamp.Expired"))
            != ErrorExplanation::forCode(QStringLiteral("InvalidTimeStamp.Format")));
    QVERIFY(ErrorExplanation::forCode(QStringLiteral("InvalidTimeStamp.Other")).isEmpty());
}

void TestErrorExplanation::unknownAndBadCodesHaveNone_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("unknown") << "SomethingNew";
    QTest::newRow("unknown payment code") << "PAY.SOMETHING_NEW";
    QTest::newRow("family name without the dot") << "ThrottlingX";
    QTest::newRow("exact code with a suffix") << "NotApplicableToo";
    QTest::newRow("exact code as a family") << "NotApplicable.Other";
    QTest::newRow("prefix of a code") << "InvalidParam";
    QTest::newRow("local network code") << "Network.Timeout";
    QTest::newRow("HTTP status as code") << "HTTP503";
    QTest::newRow("code in a sentence") << "error: Throttling";
    QTest::newRow("control characters") << QString(QStringLiteral("Throttling") + QChar(0));
}

void TestErrorExplanation::unknownAndBadCodesHaveNone()
{
    QFETCH(QString, code);
    QCOMPARE(ErrorExplanation::forCode(code), QString());
    const ApiError error = serviceError(code, QStringLiteral("Something the service said."));
    QCOMPARE(ErrorExplanation::forError(error), QString());
    // Only the service's text, in the error's own sentence; nothing repeats it.
    QCOMPARE(ErrorExplanation::summary(error), error.userMessage());
}

void TestErrorExplanation::localErrorsHaveNone()
{
    QCOMPARE(ErrorExplanation::forError(ApiError::timeout()), QString());
    QCOMPARE(ErrorExplanation::forError(ApiError::cancelled(true)), QString());
    QCOMPARE(ErrorExplanation::forError(ApiError::protocol(QStringLiteral("not JSON"), 200, true)), QString());
    QCOMPARE(ErrorExplanation::forError(ApiError::fromNetwork(QNetworkReply::ConnectionRefusedError, QString())),
             QString());
    // A local error never borrows a service code's explanation, whatever its code says.
    ApiError odd = ApiError::timeout();
    odd.code = QStringLiteral("Throttling");
    QCOMPARE(ErrorExplanation::forError(odd), QString());
    QCOMPARE(ErrorExplanation::summary(odd), odd.userMessage());
    // Their messages are this program's own words, never presented as the service's.
    QCOMPARE(ErrorExplanation::serviceWords(ApiError::timeout()), QString());
    QCOMPARE(ErrorExplanation::serviceWords(ApiError::cancelled(false)), QString());
}

void TestErrorExplanation::summaryAndServiceWords()
{
    // Known: the explanation first, the service's own words beside it.
    const ApiError balance = serviceError(QStringLiteral("PAY.INSUFFICIENT_BALANCE"),
                                          QStringLiteral("Your account does not have enough balance."));
    QCOMPARE(ErrorExplanation::summary(balance), ErrorExplanation::forCode(balance.code));
    QCOMPARE(ErrorExplanation::serviceWords(balance), QStringLiteral("Your account does not have enough balance."));

    // Unknown: the error's sentence already quotes the service, so nothing is added.
    const ApiError unknown = serviceError(QStringLiteral("Brand.New"), QStringLiteral("Brand new problem."));
    QVERIFY(ErrorExplanation::summary(unknown).contains(QStringLiteral("Brand new problem.")));
    QCOMPARE(ErrorExplanation::serviceWords(unknown), QString());

    // No message, or only blanks: no service words.
    QCOMPARE(ErrorExplanation::serviceWords(serviceError(QStringLiteral("Throttling"), QString())), QString());
    QCOMPARE(ErrorExplanation::serviceWords(serviceError(QStringLiteral("Throttling"), QStringLiteral(" \n"))),
             QString());
    // Surrounding blanks of the message are dropped.
    QCOMPARE(
        ErrorExplanation::serviceWords(serviceError(QStringLiteral("Throttling"), QStringLiteral(" Slow down.\n"))),
        QStringLiteral("Slow down."));
}

void TestErrorExplanation::explanationsAreTranslated()
{
    MarkingTranslator translator("acrp::ErrorExplanation");
    QCoreApplication::installTranslator(&translator);
    const QString english = QStringLiteral("The service is unavailable for a moment. Try again in a few minutes.");
    QCOMPARE(ErrorExplanation::forCode(QStringLiteral("ServiceUnavailable")), u"ZH " + english);
    QCOMPARE(ErrorExplanation::summary(serviceError(QStringLiteral("ServiceUnavailable"))), u"ZH " + english);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(ErrorExplanation::forCode(QStringLiteral("ServiceUnavailable")), english);
}

void TestErrorExplanation::tableIsConsistent()
{
    const QStringList codes = ErrorExplanation::knownCodes();
    QVERIFY(codes.size() >= 20);
    QSet<QString> seen;
    for (const QString& code : codes) {
        QVERIFY2(!seen.contains(code.toLower()), qPrintable(u"listed twice: " + code));
        seen.insert(code.toLower());
        const QString explanation = ErrorExplanation::forCode(code);
        QVERIFY2(!explanation.isEmpty(), qPrintable(code));
        // A sentence a person can act on: it ends as a sentence and uses typographic apostrophes.
        QVERIFY2(explanation.endsWith(u'.'), qPrintable(explanation));
        QVERIFY2(!explanation.contains(u'\'') && !explanation.contains(u'"'), qPrintable(explanation));
    }
}

QTEST_GUILESS_MAIN(TestErrorExplanation)
#include "tst_errorexplanation.moc"
