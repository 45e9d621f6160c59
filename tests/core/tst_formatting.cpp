#include "core/Formatting.h"

#include <QTest>

using namespace acrp;

class TestFormatting : public QObject
{
    Q_OBJECT

private slots:
    void centsReadsPlainDecimals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("whole") << "9700" << qint64(970000);
        QTest::newRow("one digit") << "11640.5" << qint64(1164050);
        QTest::newRow("two digits") << "0.10" << qint64(10);
        QTest::newRow("negative") << "-3.20" << qint64(-320);
        QTest::newRow("trailing point") << "12." << qint64(1200);
        QTest::newRow("spaces") << " 1 " << qint64(100);
    }
    void centsReadsPlainDecimals()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        QCOMPARE(format::cents(text), std::optional<qint64>(expected));
    }

    void centsRefusesWhatIsNotAPlainDecimal_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* bad : {"", "abc", "1.234", "1,000", "1e3", "--1", "1.2.3", "1234567890123456"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void centsRefusesWhatIsNotAPlainDecimal()
    {
        QFETCH(QString, text);
        QVERIFY(!format::cents(text).has_value());
    }

    void moneyHasTwoDecimalsAndGrouping()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QLocale zh(QLocale::Chinese, QLocale::China);
        const QLocale de(QLocale::German, QLocale::Germany);
        QCOMPARE(format::money(QStringLiteral("9700"), QStringLiteral("CNY"), en), QStringLiteral("9,700.00 CNY"));
        QCOMPARE(format::money(QStringLiteral("1000000"), QStringLiteral("CNY"), zh),
                 QStringLiteral("1,000,000.00 CNY"));
        QCOMPARE(format::money(QStringLiteral("11640.5"), QStringLiteral("CNY"), de), QStringLiteral("11.640,50 CNY"));
        QCOMPARE(format::money(qint64(-320), QStringLiteral("USD"), en), QStringLiteral("-3.20 USD"));
        QCOMPARE(format::money(qint64(5), QString(), en), QStringLiteral("0.05"));
    }

    void moneyKeepsTheServicesTextWhenItIsNotADecimal()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(format::money(QStringLiteral("n/a"), QStringLiteral("CNY"), en), QStringLiteral("n/a CNY"));
    }

    void numbersAreGrouped()
    {
        QCOMPARE(format::number(15000, QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("15,000"));
        QCOMPARE(format::number(15000, QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("15,000"));
        QCOMPARE(format::number(500, QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("500"));
    }

    void dateTimeFollowsTheLocaleWithAFullYear()
    {
        const QDateTime moment(QDate(2026, 12, 3), QTime(7, 24, 12));
        const QString en = format::dateTime(moment, QLocale(QLocale::English, QLocale::UnitedStates));
        const QString zh = format::dateTime(moment, QLocale(QLocale::Chinese, QLocale::China));
        QVERIFY2(en.contains(QStringLiteral("12/3/2026")) && en.contains(QStringLiteral("7:24")), qPrintable(en));
        QVERIFY2(zh.contains(QStringLiteral("2026/12/3")) && zh.contains(QStringLiteral("07:24")), qPrintable(zh));
        QVERIFY2(!en.contains(u'T') && !zh.contains(u'T'), "no ISO 8601 'T' for people");
        QCOMPARE(format::dateTime(QDateTime()), QString());
    }

    void displayWidthCountsWideCharactersTwice_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::newRow("ascii") << QStringLiteral("prod") << 4;
        QTest::newRow("han") << QStringLiteral("生产") << 4;
        QTest::newRow("mixed") << QStringLiteral("ACR 模板") << 8;
        QTest::newRow("fullwidth") << QStringLiteral("ＡＢ") << 4;
        QTest::newRow("hangul") << QStringLiteral("한국") << 4;
        QTest::newRow("combining") << QStringLiteral("e\u0301") << 1;
        QTest::newRow("astral han") << QString::fromUcs4(U"\U00020000") << 2;
        QTest::newRow("empty") << QString() << 0;
    }
    void displayWidthCountsWideCharactersTwice()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QCOMPARE(format::displayWidth(text), width);
    }

    void paddedFillsToColumnsNotCharacters()
    {
        QCOMPARE(format::padded(QStringLiteral("生产"), 6), QStringLiteral("生产  "));
        QCOMPARE(format::padded(QStringLiteral("prod"), 6), QStringLiteral("prod  "));
        QCOMPARE(format::padded(QStringLiteral("很长的名字"), 4), QStringLiteral("很长的名字"));
    }
};

QTEST_GUILESS_MAIN(TestFormatting)
#include "tst_formatting.moc"
