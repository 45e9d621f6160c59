// No widget holds a colour of its own (issue 15): every colour comes from the palette in force, through
// ui/OrderText (color(), setTone(), inTone()), so a dark palette gets readable text. This scans the
// sources of ui/ at test time (ACRP_SOURCE_DIR) for colour literals: "#rrggbb" and "#rgb",
// QColor(r, g, b) and QColor("name"), QColor::fromRgb() and its kin, qRgb(), Qt::red and the other
// global colours, and "color:" or color="…" in style sheets and HTML. Comments do not count.
#ifndef Q_MOC_RUN // moc loses its way in the raw strings of the samples
#include "ColourLiterals.h"
#endif

#include <QFile>
#include <QTest>

using namespace colourscan;

class TestColourLiterals : public QObject
{
    Q_OBJECT

private slots:
    void scannerFinds_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("found");
        for (const Sample& sample : samplesWithAColour())
            QTest::newRow(sample.name) << sample.code << sample.found;
    }
    void scannerFinds()
    {
        QFETCH(QString, code);
        QFETCH(QString, found);
        const QList<Finding> findings = colourLiterals(code);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().text, found);
        QCOMPARE(findings.first().line, 1);
    }

    void scannerIgnores_data()
    {
        QTest::addColumn<QString>("code");
        for (const Sample& sample : samplesWithoutColour())
            QTest::newRow(sample.name) << sample.code;
    }
    void scannerIgnores()
    {
        QFETCH(QString, code);
        const QList<Finding> findings = colourLiterals(code);
        QVERIFY2(findings.isEmpty(), qPrintable(findings.isEmpty() ? QString() : findings.first().text));
    }

    void lineNumbers()
    {
        const QList<Finding> findings
            = colourLiterals(QStringLiteral("int a;\n/* two\nlines */\nf(Qt::red);\n// Qt::blue\ng(\"#abc\");\n"));
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(0).line, 4);
        QCOMPARE(findings.at(1).line, 6);
    }

    void widgetSourcesHoldNoColour()
    {
        const QStringList files = widgetSources();
        // The scan reads the real tree: the widgets are there, OrderText is not scanned.
        QVERIFY2(files.size() > 20, qPrintable(QString::number(files.size())));
        QVERIFY(files.contains(QStringLiteral(ACRP_SOURCE_DIR "/ui/MainWindow.cpp")));
        QVERIFY(files.contains(QStringLiteral(ACRP_SOURCE_DIR "/ui/pages/ReviewPage.cpp")));
        QVERIFY(!files.contains(QStringLiteral(ACRP_SOURCE_DIR "/ui/OrderText.cpp")));
        QStringList problems;
        for (const QString& path : files) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            for (const Finding& finding : colourLiterals(QString::fromUtf8(file.readAll())))
                problems << QStringLiteral("%1:%2: %3")
                                .arg(QDir(QStringLiteral(ACRP_SOURCE_DIR)).relativeFilePath(path))
                                .arg(finding.line)
                                .arg(finding.text);
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("colours belong to the palette (ui/OrderText):\n") + problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestColourLiterals)
#include "tst_colourliterals.moc"
