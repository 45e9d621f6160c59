// The Review page's layout and words in the real window, in English and Chinese (run a second time
// at QT_SCALE_FACTOR=2 by CTest): every summary row can be scrolled into view whole at the window's
// minimum and default sizes, the buttons stay in the window, the page never makes the window bigger
// than its default size; the commands one option a line and the same words for sh as on one line;
// copy buttons with a text and a name; the money in one format.
#include "../core/api/FakeHttpServer.h"
#include "MarkingTranslator.h"
#include "UiTestSupport.h"
#include "core/order/CreateInstanceParams.h"
#include "ui/Language.h"
#include "ui/OrderDraft.h"
#include "ui/PurchaseWizard.h"
#include "ui/pages/ReviewPage.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>

using namespace acrp;
using namespace acrp::ui;

namespace {

// The default size MainWindow opens with.
constexpr QSize kDefaultWindowSize(760, 640);

// An order whose summary has every row filled and long values: a custom bucket, quotas, renewal.
OrderSpec longOrder(Site site = Site::China)
{
    OrderSpec order;
    order.site = site;
    order.edition = QStringLiteral("Advanced");
    order.instanceName = QStringLiteral("team-registry-with-a-long-name");
    order.region = site == Site::China ? QStringLiteral("cn-shanghai") : QStringLiteral("ap-southeast-1");
    order.defaultBucket = false;
    order.customBucket = QStringLiteral("team-registry-images-bucket");
    order.extraNamespaces = 100;
    order.extraRepositories = 3000;
    order.vpcQuota = 5;
    order.periodMonths = 12;
    order.autoRenewal = true;
    order.renewPeriodMonths = 12;
    return order;
}

// Whether all of `widget` can be seen: shown, and not clipped by any parent (the scroll area's
// viewport, the page, the window).
bool wholeOnScreen(const QWidget* widget)
{
    return widget->isVisible() && !widget->rect().isEmpty() && widget->visibleRegion() == QRegion(widget->rect());
}

// The part of `label` its text takes: from the top left, wrapped at the label's width when it wraps.
QRect textRect(const QLabel* label)
{
    const int flags = Qt::AlignLeft | Qt::AlignTop | (label->wordWrap() ? Qt::TextWordWrap : 0);
    return label->fontMetrics().boundingRect(label->contentsRect(), flags, label->text());
}

// Scrolls `scroll` so that the text of `label` is in its viewport (all of it when it fits); a label
// outside the scroll area stays where it is.
void showText(QScrollArea* scroll, const QLabel* label)
{
    if (!scroll->widget()->isAncestorOf(label))
        return;
    const QRect text = textRect(label);
    const QPoint center = label->mapTo(scroll->widget(), text.center());
    scroll->ensureVisible(center.x(), center.y(), text.width() / 2 + 1, text.height() / 2 + 1);
}

// Whether every pixel of the text of `label` can be seen.
bool textWholeOnScreen(const QLabel* label)
{
    return label->isVisible() && (QRegion(textRect(label)) - label->visibleRegion()).isEmpty();
}

// The words a POSIX shell makes of `command`.
QStringList shellWords(const QString& command)
{
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"),
             {QStringLiteral("-c"), u"set -- " + command + QStringLiteral("\nprintf '%s\\n' \"$@\"")});
    if (!sh.waitForFinished(test::kWaitMs) || sh.exitCode() != 0) {
        qWarning("sh failed: %s", sh.readAllStandardError().constData());
        return {};
    }
    QStringList words = QString::fromUtf8(sh.readAllStandardOutput()).split(u'\n');
    words.removeLast(); // after the last newline
    return words;
}

} // namespace

class TestReviewLayout : public QObject
{
    Q_OBJECT

private:
    test::AppFixture m_app;

    PurchaseWizard* wizard() const { return m_app.wizard(); }
    template<typename T> T* find(const char* name) const { return m_app.find<T>(name); }
    QWizardPage* reviewPage() const { return wizard()->page(PurchaseWizard::ReviewPageId); }

    // A window in `language` on the Review page of longOrder(), its quote shown; "order again" adds
    // the notice and the confirmation to the part of the page that does not scroll.
    void openReview(const QString& language, bool anotherInstance)
    {
        QVERIFY(m_app.start(test::AppFixture::richSandbox()));
        Language::apply(language, false);
        if (anotherInstance)
            wizard()->startAnotherInstance(longOrder());
        else
            wizard()->startWith(longOrder());
        m_app.nextUntil(PurchaseWizard::ReviewPageId);
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::ReviewPageId));
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("balanceLabel")->text().contains(u"1,000,000.00 CNY"), test::kWaitMs);
        if (language == u"zh_CN")
            QTRY_COMPARE(reviewPage()->title(), QStringLiteral("确认订单"));
    }

    // The summary's rows: (label, value) widgets, top to bottom.
    QList<std::pair<QLabel*, QLabel*>> summaryRows() const
    {
        auto* form = qobject_cast<QFormLayout*>(find<QWidget>("orderSummary")->layout());
        QList<std::pair<QLabel*, QLabel*>> rows;
        for (int row = 0; form && row < form->rowCount(); ++row)
            rows.append(std::make_pair(qobject_cast<QLabel*>(form->itemAt(row, QFormLayout::LabelRole)->widget()),
                                       qobject_cast<QLabel*>(form->itemAt(row, QFormLayout::FieldRole)->widget())));
        return rows;
    }

    // Every summary row, scrolled to, is seen whole with its text not cut; the wizard's buttons and
    // what does not scroll are in the window.
    void checkEverythingReachable()
    {
        QWidget* window = m_app.window();
        auto* scroll = find<QScrollArea>("reviewScrollArea");
        const QList<std::pair<QLabel*, QLabel*>> rows = summaryRows();
        QCOMPARE(rows.size(), 14); // 13 order lines and the signature
        for (const auto& [label, value] : rows) {
            QVERIFY(label && value);
            const QString name = label->objectName() + u" (" + label->text() + u')';
            for (QLabel* widget : {label, value}) {
                showText(scroll, widget);
                QVERIFY2(textWholeOnScreen(widget), qPrintable(name + u": " + widget->text()));
            }
            QVERIFY2(label->width() >= label->minimumSizeHint().width(), qPrintable(name));
            QVERIFY2(label->height() >= label->minimumSizeHint().height(), qPrintable(name));
            QVERIFY2(value->height() >= value->heightForWidth(value->width()),
                     qPrintable(name + u": " + value->text()));
        }
        for (QAbstractButton* button : {wizard()->button(QWizard::BackButton), wizard()->button(QWizard::NextButton),
                                        wizard()->button(QWizard::CancelButton)}) {
            QVERIFY2(wholeOnScreen(button), qPrintable(button->text()));
            QVERIFY(window->rect().contains(QRect(button->mapTo(window, QPoint()), button->size())));
        }
        QVERIFY(wholeOnScreen(find<QWidget>("reviewSaveTemplateRow")));
        if (find<QCheckBox>("confirmCheck")->isVisibleTo(reviewPage()))
            QVERIFY(wholeOnScreen(find<QCheckBox>("confirmCheck")));
        if (find<QLabel>("anotherInstanceNotice")->isVisibleTo(reviewPage()))
            QVERIFY(wholeOnScreen(find<QLabel>("anotherInstanceNotice")));
    }

private slots:
    void initTestCase() { test::initGuiTestCase(); }

    void cleanup()
    {
        m_app.reset();
        Language::apply(QStringLiteral("en"), false);
    }

    void everyRowReachable_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("minimumSize");
        QTest::addColumn<bool>("anotherInstance");
        for (const char* language : {"en", "zh_CN"}) {
            for (const bool minimum : {true, false}) {
                QTest::addRow("%s, %s", language, minimum ? "minimum size" : "default size")
                    << QString::fromLatin1(language) << minimum << false;
            }
            QTest::addRow("%s, minimum size, order again", language) << QString::fromLatin1(language) << true << true;
        }
    }

    void everyRowReachable()
    {
        QFETCH(QString, language);
        QFETCH(bool, minimumSize);
        QFETCH(bool, anotherInstance);
        openReview(language, anotherInstance);
        QWidget* window = m_app.window();
        if (minimumSize) {
            window->resize(window->minimumSizeHint());
            QTRY_COMPARE(window->size(), window->minimumSizeHint());
        } else {
            QCOMPARE(window->size(), kDefaultWindowSize);
        }
        QTRY_VERIFY(!window->testAttribute(Qt::WA_PendingResizeEvent));
        checkEverythingReachable();
    }

    // The page asks for little room: the window's minimum stays within its default size on the
    // Review page, in both languages, and the default window is not made bigger.
    void pageDoesNotGrowTheWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("zh_CN") << "zh_CN";
    }

    void pageDoesNotGrowTheWindow()
    {
        QFETCH(QString, language);
        openReview(language, true);
        QWidget* window = m_app.window();
        const QSize minimum = window->minimumSizeHint();
        QVERIFY2(minimum.width() <= kDefaultWindowSize.width() && minimum.height() <= kDefaultWindowSize.height(),
                 qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
        QCOMPARE(window->size(), kDefaultWindowSize);
        // The page's own minimum is a small part of it: what grows scrolls.
        QVERIFY2(reviewPage()->minimumSizeHint().height() < kDefaultWindowSize.height() / 2,
                 qPrintable(QString::number(reviewPage()->minimumSizeHint().height())));
    }

    // One option and its value a line, a shell continuation at the end of every line but the last,
    // never wrapped, and boxes as high as their lines (up to a dozen).
    void commandsOneOptionALine()
    {
        openReview(QStringLiteral("en"), false);
        for (const char* name : {"aliyunCommand", "submitCommand"}) {
            auto* box = find<QPlainTextEdit>(name);
            QCOMPARE(box->lineWrapMode(), QPlainTextEdit::NoWrap);
            const QStringList lines = box->toPlainText().split(u'\n');
            QVERIFY(lines.size() >= 2);
            QVERIFY(lines.first().startsWith(name == QByteArrayView("aliyunCommand")
                                                 ? u"aliyun bssopenapi CreateInstance"
                                                 : u"acr-purchase submit order.json"));
            for (int i = 0; i < lines.size(); ++i) {
                const QString& line = lines.at(i);
                QCOMPARE(line.endsWith(u" \\"), i + 1 < lines.size());
                if (i == 0)
                    continue;
                QVERIFY2(line.startsWith(u"  --"), qPrintable(line));
                // The option and its value, nothing else.
                QString words = line.mid(2);
                words.chop(i + 1 < lines.size() ? 2 : 0);
                QCOMPARE(words.split(u' ').size(), 2);
            }
            // Each line is one line on screen: no wrapping inside a word.
            for (QTextBlock block = box->document()->begin(); block.isValid(); block = block.next())
                QCOMPARE(block.layout()->lineCount(), 1);
            // As high as its lines, up to twelve; beyond that it scrolls.
            const int lineSpacing = box->fontMetrics().lineSpacing();
            const int shown = std::min<int>(int(lines.size()), 12);
            QVERIFY2(box->height() >= shown * lineSpacing, qPrintable(QString::number(box->height())));
            QVERIFY2(box->height() <= (shown + 1) * lineSpacing + box->horizontalScrollBar()->sizeHint().height()
                             + 2 * box->frameWidth() + 8,
                     qPrintable(QString::number(box->height())));
            QCOMPARE(box->verticalScrollBar()->maximum() > 0, lines.size() > 12);
        }
        QCOMPARE(find<QPlainTextEdit>("submitCommand")->toPlainText(),
                 QStringLiteral("acr-purchase submit order.json \\\n  --endpoint sandbox"));
    }

    // What the copy buttons put on the clipboard is the command shown, and sh reads the same words
    // from it as from the command on one line: the option names, the values (quoted where needed).
    void copiedCommandsAreValidShell()
    {
        openReview(QStringLiteral("en"), false);
        // A profile whose name needs quoting, on the International site (an --endpoint line).
        wizard()->back();
        OrderSpec order = longOrder(Site::International);
        order.edition = QStringLiteral("Basic");
        wizard()->draft()->setOrder(order);
        const QString profile = QStringLiteral("team one's");
        wizard()->draft()->setAccount(profile, Endpoint::forSite(Site::International));
        m_app.next(PurchaseWizard::ReviewPageId);

        const struct
        {
            const char* button;
            const char* box;
            QStringList expected;
        } commands[] = {
            {"copyAliyunButton", "aliyunCommand",
             [&] {
                 QStringList words = {QStringLiteral("aliyun"),
                                      QStringLiteral("bssopenapi"),
                                      QStringLiteral("CreateInstance"),
                                      QStringLiteral("--endpoint"),
                                      QStringLiteral("business.ap-southeast-1.aliyuncs.com"),
                                      QStringLiteral("--profile"),
                                      profile};
                 for (const auto& [name, value] :
                      createInstanceParameters(wizard()->draft()->order(), QString(), wizard()->draft()->catalog())) {
                     if (name != u"ClientToken")
                         words << u"--" + name << value;
                 }
                 return words;
             }()},
            {"copySubmitButton",
             "submitCommand",
             {QStringLiteral("acr-purchase"), QStringLiteral("submit"), QStringLiteral("order.json"),
              QStringLiteral("--endpoint"), QStringLiteral("intl"), QStringLiteral("--profile"), profile}},
        };
        for (const auto& command : commands) {
            QApplication::clipboard()->clear();
            QTest::mouseClick(find<QPushButton>(command.button), Qt::LeftButton);
            const QString copied = QApplication::clipboard()->text();
            QCOMPARE(copied, find<QPlainTextEdit>(command.box)->toPlainText());
            QVERIFY(copied.contains(u'\n'));
            QVERIFY2(copied.contains(QStringLiteral("--profile 'team one'\\''s'")), qPrintable(copied));
            const QStringList words = shellWords(copied);
            QCOMPARE(words, command.expected);
            QString oneLine = copied;
            oneLine.replace(QStringLiteral(" \\\n  "), QStringLiteral(" "));
            QVERIFY(!oneLine.contains(u'\n'));
            QCOMPARE(shellWords(oneLine), words);
        }
    }

    // Every copy button says "Copy…" and names what it copies for assistive technology, in the
    // language in force; its own text is never replaced by the generic one on a language change.
    void copyButtonsHaveTextAndName()
    {
        openReview(QStringLiteral("en"), false);
        const struct
        {
            const char* name;
            const char* text;
            const char* description;
        } review[] = {
            {"copyAliyunButton", "Copy command", "Copy the aliyun command"},
            {"copySubmitButton", "Copy command", "Copy the acr-purchase command"},
            {"copyOrderFileButton", "Copy order fil&e", "Copy the order file (JSON)"},
        };
        for (const auto& button : review) {
            auto* widget = find<QPushButton>(button.name);
            QCOMPARE(widget->text(), QString::fromUtf8(button.text));
            QCOMPARE(widget->accessibleName(), QString::fromUtf8(button.description));
            QCOMPARE(widget->toolTip(), QString::fromUtf8(button.description));
            QVERIFY(!widget->icon().isNull());
        }
        m_app.next(PurchaseWizard::ResultPageId);
        QTRY_VERIFY_WITH_TIMEOUT(m_app.headline().startsWith(QStringLiteral("Paid")), test::kWaitMs);
        const struct
        {
            const char* name;
            const char* description;
        } result[] = {
            {"instanceIdEditCopy", "Copy the instance ID"},
            {"orderIdEditCopy", "Copy the order ID"},
            {"requestIdEditCopy", "Copy the request ID"},
            {"clientTokenEditCopy", "Copy the client token"},
        };
        for (const auto& button : result) {
            auto* widget = find<QPushButton>(button.name);
            QVERIFY(widget->isVisible());
            QCOMPARE(widget->text(), QStringLiteral("Copy"));
            QCOMPARE(widget->accessibleName(), QString::fromUtf8(button.description));
        }

        MarkingTranslator translator("acrp::ui::");
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QTRY_COMPARE(find<QPushButton>("instanceIdEditCopy")->text(), QStringLiteral("ZH Copy"));
        QTRY_COMPARE(find<QPushButton>("instanceIdEditCopy")->accessibleName(),
                     QStringLiteral("ZH Copy the instance ID"));
        QTRY_COMPARE(find<QPushButton>("copyAliyunButton")->accessibleName(),
                     QStringLiteral("ZH Copy the aliyun command"));
        QCOMPARE(find<QPushButton>("copyAliyunButton")->text(), QStringLiteral("ZH Copy command"));
        QCOMPARE(find<QPushButton>("copyOrderFileButton")->text(), QStringLiteral("ZH Copy order fil&e"));
        // The rows' labels follow the language too.
        const QLabel* idLabel = nullptr;
        for (const QLabel* label : m_app.window()->findChildren<QLabel*>()) {
            if (label->buddy() == find<QLineEdit>("instanceIdEdit"))
                idLabel = label;
        }
        QVERIFY(idLabel);
        QTRY_COMPARE(idLabel->text(), QStringLiteral("ZH &Instance ID:"));
        QCoreApplication::removeTranslator(&translator);
        QTRY_COMPARE(idLabel->text(), QStringLiteral("&Instance ID:"));
        QTRY_COMPARE(find<QPushButton>("instanceIdEditCopy")->text(), QStringLiteral("Copy"));
        QTRY_COMPARE(find<QPushButton>("copyAliyunButton")->text(), QStringLiteral("Copy command"));
    }

    // Tab goes top to bottom through the page, and what it reaches in the scroll area is scrolled
    // into view, even in the smallest window.
    void tabOrderFollowsTheLayout()
    {
        openReview(QStringLiteral("en"), true);
        QWidget* window = m_app.window();
        window->resize(window->minimumSizeHint());
        QTRY_COMPARE(window->size(), window->minimumSizeHint());
        auto* scroll = find<QScrollArea>("reviewScrollArea");
        scroll->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(scroll->hasFocus());
        QStringList reached;
        for (int i = 0; i < 10; ++i) {
            QWidget* focus = QApplication::focusWidget();
            QVERIFY(focus);
            reached.append(focus->objectName());
            if (qobject_cast<QAbstractButton*>(focus))
                QVERIFY2(wholeOnScreen(focus), qPrintable(focus->objectName()));
            else
                QVERIFY2(!focus->visibleRegion().isEmpty(), qPrintable(focus->objectName()));
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        QCOMPARE(reached,
                 QStringList({QStringLiteral("reviewScrollArea"), QStringLiteral("aliyunCommand"),
                              QStringLiteral("copyAliyunButton"), QStringLiteral("submitCommand"),
                              QStringLiteral("copySubmitButton"), QStringLiteral("copyOrderFileButton"),
                              QStringLiteral("reviewExportCodeButton"), QStringLiteral("templateNameEdit"),
                              QStringLiteral("saveTemplateButton"), QStringLiteral("confirmCheck")}));
        QVERIFY(!scroll->accessibleName().isEmpty());
    }

    // Price, list price, saving and balance in one format (two decimals, the locale's grouping, the
    // currency code); the saving only when the list price is above the price.
    void money_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("listPrice"); // empty: not in the answer
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("priceText");
        const QString balance = QStringLiteral("Available balance: 10,000.00 CNY");
        for (const char* language : {"en", "zh_CN"}) {
            const QString lang = QString::fromLatin1(language);
            QTest::addRow("%s, saving", language)
                << lang << "11640"
                << "9700"
                << "Price: 9,700.00 CNY (list price 11,640.00 CNY, you save 1,940.00 CNY)";
            QTest::addRow("%s, cents", language)
                << lang << "11640.5"
                << "9700.25"
                << "Price: 9,700.25 CNY (list price 11,640.50 CNY, you save 1,940.25 CNY)";
            QTest::addRow("%s, no saving", language) << lang << "9700"
                                                     << "9700"
                                                     << "Price: 9,700.00 CNY";
            QTest::addRow("%s, same amount written differently", language) << lang << "9700.00"
                                                                           << "9700"
                                                                           << "Price: 9,700.00 CNY";
            QTest::addRow("%s, no list price", language) << lang << QString() << "9700"
                                                         << "Price: 9,700.00 CNY";
            QTest::addRow("%s, list price below the price", language)
                << lang << "9000"
                << "9700"
                << "Price: 9,700.00 CNY (list price 9,000.00 CNY)";
            QTest::addRow("%s, list price not a number", language) << lang << "n/a"
                                                                   << "9700"
                                                                   << "Price: 9,700.00 CNY (list price n/a CNY)";
        }
    }

    void money()
    {
        QFETCH(QString, language);
        QFETCH(QString, listPrice);
        QFETCH(QString, price);
        QFETCH(QString, priceText);
        // A service that answers every read with the same body: the pricing modules, the price
        // and the balance all find their fields in it.
        QJsonObject data {{QStringLiteral("TradePrice"), price},
                          {QStringLiteral("Currency"), QStringLiteral("CNY")},
                          {QStringLiteral("AvailableAmount"), QStringLiteral("10000")}};
        if (!listPrice.isEmpty())
            data.insert(QStringLiteral("OriginalPrice"), listPrice);
        const QJsonObject body {{QStringLiteral("Code"), QStringLiteral("Success")},
                                {QStringLiteral("Success"), true},
                                {QStringLiteral("RequestId"), QStringLiteral("FAKE-QUOTE")},
                                {QStringLiteral("Data"), data}};
        FakeHttpServer service;
        QVERIFY(service.start());
        service.script({FakeReply::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact))});

        QVERIFY(m_app.start());
        Language::apply(language, false);
        wizard()->startWith(longOrder());
        m_app.nextUntil(PurchaseWizard::BillingPageId);
        wizard()->draft()->setAccount(
            QStringLiteral("sandbox"),
            Endpoint::custom(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(service.serverPort()))));
        m_app.next(PurchaseWizard::ReviewPageId);
        auto* priceLabel = find<QLabel>("priceLabel");
        auto* balanceLabel = find<QLabel>("balanceLabel");
        QTRY_VERIFY_WITH_TIMEOUT(balanceLabel->text().contains(u"10,000.00 CNY"), test::kWaitMs);
        if (language == u"en") {
            QCOMPARE(priceLabel->text(), priceText);
            QCOMPARE(balanceLabel->text(), QStringLiteral("Available balance: 10,000.00 CNY"));
        } else {
            // The same amounts in the same format, whatever words the translation puts around them.
            static const QRegularExpression amount(QStringLiteral("[\\d,n/a.]+ CNY"));
            QStringList expected, shown;
            for (const auto& match : amount.globalMatch(priceText))
                expected.append(match.captured());
            for (const auto& match : amount.globalMatch(priceLabel->text()))
                shown.append(match.captured());
            QCOMPARE(shown, expected);
        }
        // A real endpoint: no sandbox note.
        QVERIFY(!priceLabel->text().contains(u"sandbox"));
    }
};

QTEST_MAIN(TestReviewLayout)
#include "tst_reviewlayout.moc"
