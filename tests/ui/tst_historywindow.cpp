// The order history window, driven offscreen through its widgets, over journal rows made by real
// purchases against the embedded sandbox (Succeeded, Failed by the service, Unknown after a stall)
// and a row left Sending, as a crashed process leaves it.
#include "UiTestSupport.h"
#include "core/Formatting.h"
#include "core/api/BssClient.h"
#include "core/app/OrderService.h"
#include "core/store/Journal.h"
#include "core/store/SandboxCredentials.h"
#include "core/store/TemplateStore.h"
#include "sandbox/SandboxServer.h"
#include "ui/AppServices.h"
#include "ui/HistoryModel.h"
#include "ui/HistoryWindow.h"
#include "ui/Language.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <memory>

using namespace acrp;
using namespace acrp::ui;
using namespace std::chrono_literals;

namespace {

const QString kOddProfile = QStringLiteral("team \"blue\", east"); // a comma and quotes: CSV must quote it

OrderSpec makeOrder(Site site, const QString& edition, const QString& name, const QString& region, int months)
{
    OrderSpec order;
    order.site = site;
    order.edition = edition;
    order.instanceName = name;
    order.region = region;
    order.periodMonths = months;
    return order;
}

// The sort key of a column as the database orders it (binary text, numbers padded).
QString sortKey(const JournalEntry& entry, int column)
{
    switch (column) {
    case HistoryModel::TimeColumn:
        return QString::number(entry.createdAt.toMSecsSinceEpoch()).rightJustified(16, u'0');
    case HistoryModel::ProfileColumn:
        return entry.profile;
    case HistoryModel::SiteColumn:
        return siteId(entry.site);
    case HistoryModel::EditionColumn:
        return entry.order.edition;
    case HistoryModel::NameColumn:
        return entry.order.instanceName;
    case HistoryModel::RegionColumn:
        return entry.order.region;
    case HistoryModel::PeriodColumn:
        return QString::number(entry.order.periodMonths).rightJustified(4, u'0');
    case HistoryModel::StateColumn:
        return orderStateId(entry.state);
    case HistoryModel::InstanceIdColumn:
        return entry.instanceId;
    case HistoryModel::OrderIdColumn:
        return entry.orderId;
    }
    return {};
}

// The count and the export message are plurals: whatever the language's numerus forms make of them,
// with the number in it.
QString ordersText(int n)
{
    return HistoryWindow::tr("%n order(s)", nullptr, n);
}

QString exportedText(int n, const QString& path)
{
    return HistoryWindow::tr("Exported %n order(s) to %1.", nullptr, n).arg(path);
}

} // namespace

// Notes, at the first paint of a view's viewport after its model was reset, how many rows the model
// had and how far the view's vertical scroll bar could scroll.
class FirstFrameAfterReset : public QObject
{
public:
    explicit FirstFrameAfterReset(QTableView* view)
        : m_view(view)
    {
        view->viewport()->installEventFilter(this);
        connect(view->model(), &QAbstractItemModel::modelReset, this, [this] { m_waiting = true; });
    }
    void clear()
    {
        m_waiting = false;
        m_rows = -1;
    }
    int rows() const { return m_rows; }
    int scrollMaximum() const { return m_scrollMaximum; }

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_waiting) {
            m_waiting = false;
            m_rows = m_view->model()->rowCount();
            m_scrollMaximum = m_view->verticalScrollBar()->maximum();
        }
        return false;
    }

private:
    QTableView* m_view;
    bool m_waiting = false;
    int m_rows = -1;
    int m_scrollMaximum = -1;
};

class TestHistoryWindow : public QObject
{
    Q_OBJECT

private:
    test::AppFixture m_app; // the services and their files; this test's window is the history window
    AppServices::Options m_options;
    std::unique_ptr<HistoryWindow> m_window;
    // The journal ids of the rows made in initTestCase.
    qint64 m_alpha = 0; // Succeeded, China, Advanced
    qint64 m_beta = 0; // Succeeded, International, odd profile
    qint64 m_taken = 0; // Failed: the name is taken
    qint64 m_stalled = 0; // Unknown: committed, then no answer in time
    qint64 m_sending = 0; // Sending: the process died after the journal row

    const AppContext& context() const { return m_app.context(); }
    Journal* journal() const { return context().journal; }
    HistoryModel* model() const { return m_window->model(); }

    template<typename T> T* find(const char* name) const { return test::find<T>(m_window.get(), name); }
    QTableView* table() const { return find<QTableView>("historyTable"); }
    QString details() const { return find<QLabel>("historyDetails")->text(); }
    QString countText() const { return find<QLabel>("historyCountLabel")->text(); }

    void openWindow()
    {
        m_window = std::make_unique<HistoryWindow>(context());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
    }

    // The window over `journal` alone, a bigger one than the suite's.
    void openWindowOn(Journal& journal)
    {
        AppContext only;
        only.journal = &journal;
        m_window = std::make_unique<HistoryWindow>(only);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
    }

    // Enter in the search field, then wait for the rows it finds (read on a worker thread).
    void searchNow(QLineEdit* search)
    {
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(!model()->isLoading());
    }

    // Starts an export from the public call and waits for it to end; true when the file was written.
    bool exportAndWait(const QString& path, bool filteredOnly)
    {
        QSignalSpy finished(m_window.get(), &HistoryWindow::exportFinished);
        m_window->exportCsv(path, filteredOnly);
        if (finished.isEmpty() && !finished.wait(test::kWaitMs)) {
            qWarning("the export did not end");
            return false;
        }
        return finished.first().at(0).toBool();
    }
    // An export hook that holds the worker after the count and after each page: it says so on
    // `reached` and waits for a permit of `goOn`, or until the export is cancelled.
    static std::function<void(int, int)> holdEachPage(QSemaphore& reached, QSemaphore& goOn)
    {
        return [&reached, &goOn](int, int) {
            reached.release();
            while (!goOn.tryAcquire(1, 5)) {
                if (QThread::currentThread()->isInterruptionRequested())
                    return;
            }
        };
    }
    // A journal of `count` Sending rows named row-0000…, one second apart, for the larger tests.
    static bool fillBulk(Journal& journal, int count)
    {
        QSqlDatabase db = journal.database();
        if (!db.transaction())
            return false;
        for (int i = 0; i < count; ++i) {
            JournalEntry entry = test::sendingRow(QStringLiteral("bulk"), QStringLiteral("sandbox"),
                                                  makeOrder(Site::China, QStringLiteral("Basic"),
                                                            QStringLiteral("row-%1").arg(i, 4, 10, QChar(u'0')),
                                                            QStringLiteral("cn-beijing"), 1));
            entry.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + i * 1000LL, Qt::UTC);
            if (!journal.insert(entry))
                return false;
        }
        return db.commit();
    }

    QList<qint64> listedIds() const
    {
        QList<qint64> ids;
        for (int row = 0; row < model()->rowCount(); ++row)
            ids << model()->entryAt(row)->id;
        return ids;
    }

    void clickRowOf(qint64 id)
    {
        const int row = model()->rowOf(id);
        QVERIFY2(row >= 0, qPrintable(QString::number(id)));
        const QRect cell = table()->visualRect(model()->index(row, HistoryModel::NameColumn));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(table()->currentIndex().row(), row);
    }

    void clickHeader(int column)
    {
        QHeaderView* header = table()->horizontalHeader();
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    }

    // Keyboard only: the combo focused, Down/Up until the text shows.
    static void chooseInCombo(QComboBox* combo, const QString& text)
    {
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < combo->count() && combo->currentText() != text; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentText(), text);
    }

    void checkSorted(int column, Qt::SortOrder order)
    {
        QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(), column);
        QCOMPARE(table()->horizontalHeader()->sortIndicatorOrder(), order);
        QCOMPARE(model()->rowCount(), 5);
        for (int row = 1; row < model()->rowCount(); ++row) {
            const QString before = sortKey(*model()->entryAt(row - 1), column);
            const QString after = sortKey(*model()->entryAt(row), column);
            QVERIFY2(
                order == Qt::AscendingOrder ? before <= after : before >= after,
                qPrintable(QStringLiteral("column %1 row %2: %3 then %4").arg(column).arg(row).arg(before, after)));
        }
    }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsEveryOrder();
    void everyColumnSortsBothWays();
    void stateAndSiteFilters();
    void searchAsTyped();
    void newerSearchCancelsOlder();
    void searchFieldStaysPutAsTheCountChanges();
    void firstFrameOfASearchIsLaidOut();
    void keyboardReachesEverything();
    void detailsPane();
    void refreshStatusReachesRunning();
    void refreshStatusErrorsShownInline();
    void resumeOnlyForUnfinishedOrders();
    void orderAgainEmitsTheOrder();
    void saveAsTemplate();
    void copyIds();
    void exportCsvAllAndFiltered();
    void exportCsvErrors();
    void exportShowsProgressAndStaysUsable();
    void exportCancelledByButtonOrEsc();
    void followsTheLanguage();
    void journalUnavailable();
    void lazyFetching();
    void survivesRestart();
    void followsOrdersResumedElsewhere();
    void failedRefreshSaysWhenTheStatusWasRead();
    void columnsFitTheDefaultSize_data();
    void columnsFitTheDefaultSize();
    void columnsFitWithALargeFont();
    void columnWidthsAreRemembered();
    void unusableSavedWidthsAreIgnored_data();
    void unusableSavedWidthsAreIgnored();
};

void TestHistoryWindow::initTestCase()
{
    test::initGuiTestCase();
    m_options = m_app.options(test::AppFixture::richSandbox());
    m_options.retryPolicy.transferTimeout = 3s; // this suite's purchases have always had 3 s, not 1.5 s
    QVERIFY(m_app.startServices(m_options));

    const RetryPolicy policy = m_options.retryPolicy;
    OrderResult outcome = m_app.submit(makeOrder(Site::China, QStringLiteral("Advanced"),
                                                 QStringLiteral("alpha-registry"), QStringLiteral("cn-shanghai"), 12),
                                       QStringLiteral("sandbox"), policy);
    QCOMPARE(outcome.state, OrderState::Succeeded);
    m_alpha = outcome.journalId;
    outcome = m_app.submit(makeOrder(Site::International, QStringLiteral("Basic"), QStringLiteral("beta-registry"),
                                     QStringLiteral("ap-southeast-1"), 1),
                           kOddProfile, policy);
    QCOMPARE(outcome.state, OrderState::Succeeded);
    m_beta = outcome.journalId;
    // The same name in the same region: the service refuses it.
    outcome = m_app.submit(makeOrder(Site::China, QStringLiteral("Standard"), QStringLiteral("alpha-registry"),
                                     QStringLiteral("cn-shanghai"), 3),
                           QStringLiteral("ops"), policy);
    QCOMPARE(outcome.state, OrderState::Failed);
    QVERIFY(outcome.error);
    m_taken = outcome.journalId;
    // Committed at the service, then no answer before the client's timeout.
    sandbox::SandboxFaults faults;
    faults.commitThenStallMs = 3000;
    m_app.sandbox().setFaults(faults);
    RetryPolicy impatient = policy;
    impatient.maxAttempts = 1;
    impatient.transferTimeout = 400ms;
    outcome = m_app.submit(makeOrder(Site::China, QStringLiteral("Basic"), QStringLiteral("gamma-registry"),
                                     QStringLiteral("cn-hangzhou"), 6),
                           QStringLiteral("ops"), impatient);
    QCOMPARE(outcome.state, OrderState::Unknown);
    m_stalled = outcome.journalId;
    m_app.sandbox().setFaults({});
    // A row left Sending: written ahead, then the process died before an answer.
    m_sending
        = m_app.insert(test::sendingRow(QStringLiteral("sandbox"), QStringLiteral("sandbox"),
                                        makeOrder(Site::International, QStringLiteral("Advanced"),
                                                  QStringLiteral("delta-registry"), QStringLiteral("us-east-1"), 24)));
    QVERIFY(m_sending);
}

void TestHistoryWindow::init()
{
    // Every test starts with the default column widths, whatever an earlier one (or run) chose.
    QSettings().remove(QStringLiteral("historyWindow"));
    openWindow();
}

void TestHistoryWindow::cleanup()
{
    m_window.reset();
    Language::apply(QStringLiteral("en"), false);
}

void TestHistoryWindow::listsEveryOrder()
{
    QCOMPARE(m_window->objectName(), QStringLiteral("historyWindow"));
    QVERIFY(m_window->isWindow());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Order history"));
    // Newest first.
    QCOMPARE(listedIds(), (QList<qint64> {m_sending, m_stalled, m_taken, m_beta, m_alpha}));
    QCOMPARE(countText(), ordersText(5));
    QVERIFY2(countText().startsWith(QStringLiteral("5 order")), qPrintable(countText()));
    QStringList headers;
    for (int column = 0; column < model()->columnCount(); ++column)
        headers << model()->headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers,
             (QStringList {"Time", "Profile", "Site", "Edition", "Name", "Region", "Period", "State", "Instance ID",
                           "Order ID"}));
    // What the cells say for the first purchase.
    const int row = model()->rowOf(m_alpha);
    const auto cell = [&](int column) { return model()->index(row, column).data().toString(); };
    const JournalEntry entry = *journal()->entry(m_alpha);
    QCOMPARE(cell(HistoryModel::TimeColumn), format::dateTime(entry.createdAt));
    QCOMPARE(cell(HistoryModel::ProfileColumn), QStringLiteral("sandbox"));
    QCOMPARE(cell(HistoryModel::SiteColumn), QStringLiteral("China site"));
    QCOMPARE(cell(HistoryModel::EditionColumn), QStringLiteral("Advanced"));
    QCOMPARE(cell(HistoryModel::NameColumn), QStringLiteral("alpha-registry"));
    QCOMPARE(cell(HistoryModel::RegionColumn), QStringLiteral("cn-shanghai"));
    QCOMPARE(cell(HistoryModel::PeriodColumn), QStringLiteral("1 year"));
    QCOMPARE(cell(HistoryModel::StateColumn), QStringLiteral("Succeeded"));
    QCOMPARE(cell(HistoryModel::InstanceIdColumn), m_app.sandbox().orders().first().instanceId);
    QCOMPARE(cell(HistoryModel::OrderIdColumn), m_app.sandbox().orders().first().orderId);
    QCOMPARE(model()->index(row, HistoryModel::RegionColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("China (Shanghai)"));
    // Nothing selected yet: the row actions wait for a row.
    QVERIFY(details().contains(QStringLiteral("Select an order")));
    QVERIFY(!find<QPushButton>("refreshStatusButton")->isEnabled());
    QVERIFY(!find<QPushButton>("historyResumeButton")->isEnabled());
    QVERIFY(!find<QPushButton>("orderAgainButton")->isEnabled());
    QVERIFY(!find<QPushButton>("copyIdsButton")->isEnabled());
    QVERIFY(find<QPushButton>("exportCsvButton")->isEnabled());
}

void TestHistoryWindow::everyColumnSortsBothWays()
{
    for (int column = 0; column < HistoryModel::ColumnCount; ++column) {
        clickHeader(column);
        const Qt::SortOrder first = table()->horizontalHeader()->sortIndicatorOrder();
        checkSorted(column, first);
        const QString firstKey = sortKey(*model()->entryAt(0), column);
        clickHeader(column);
        const Qt::SortOrder second = first == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        checkSorted(column, second);
        // Every column holds at least two different values, so the first row changes.
        QVERIFY2(sortKey(*model()->entryAt(0), column) != firstKey, qPrintable(QString::number(column)));
    }
    // The sort survives a reload, and the selection with it.
    clickRowOf(m_beta);
    m_window->reload();
    checkSorted(HistoryModel::ColumnCount - 1, table()->horizontalHeader()->sortIndicatorOrder());
    QCOMPARE(table()->currentIndex().row(), model()->rowOf(m_beta));
    QVERIFY(details().contains(QStringLiteral("beta-registry")));
}

void TestHistoryWindow::stateAndSiteFilters()
{
    auto* states = find<QComboBox>("stateFilterCombo");
    auto* sites = find<QComboBox>("siteFilterCombo");
    chooseInCombo(states, QStringLiteral("Failed"));
    QCOMPARE(listedIds(), QList<qint64> {m_taken});
    QCOMPARE(countText(), ordersText(1));
    chooseInCombo(states, QStringLiteral("Unfinished (Sending or Unknown)"));
    QCOMPARE(listedIds(), (QList<qint64> {m_sending, m_stalled}));
    QCOMPARE(countText(), ordersText(2));
    chooseInCombo(states, QStringLiteral("Unknown"));
    QCOMPARE(listedIds(), QList<qint64> {m_stalled});
    chooseInCombo(states, QStringLiteral("Draft"));
    QCOMPARE(model()->rowCount(), 0);
    QCOMPARE(countText(), ordersText(0));

    chooseInCombo(states, QStringLiteral("All states"));
    chooseInCombo(sites, QStringLiteral("International site"));
    QCOMPARE(listedIds(), (QList<qint64> {m_sending, m_beta}));
    chooseInCombo(states, QStringLiteral("Succeeded"));
    QCOMPARE(listedIds(), QList<qint64> {m_beta});
    chooseInCombo(sites, QStringLiteral("China site"));
    QCOMPARE(listedIds(), QList<qint64> {m_alpha});
    QVERIFY(model()->isFiltered());
    chooseInCombo(sites, QStringLiteral("All sites"));
    chooseInCombo(states, QStringLiteral("All states"));
    QCOMPARE(model()->rowCount(), 5);
    QVERIFY(!model()->isFiltered());

    // A filter in another order than the time's sorts every matching row: read on a worker, the
    // window keeps the rows on show until the new ones arrive, in the chosen order.
    table()->sortByColumn(HistoryModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(!model()->isLoading()); // unfiltered: in index order, at once
    const QList<qint64> byName = listedIds();
    chooseInCombo(states, QStringLiteral("Unfinished (Sending or Unknown)"));
    QVERIFY(model()->isLoading());
    QCOMPARE(listedIds(), byName);
    QTRY_VERIFY(!model()->isLoading());
    QList<qint64> unfinished;
    for (qint64 id : byName) {
        if (id == m_sending || id == m_stalled)
            unfinished.append(id);
    }
    QCOMPARE(listedIds(), unfinished);
    QTRY_COMPARE(countText(), ordersText(2));
    chooseInCombo(states, QStringLiteral("All states"));
    QVERIFY(!model()->isLoading());
    QCOMPARE(listedIds(), byName);
}

void TestHistoryWindow::searchAsTyped()
{
    auto* search = find<QLineEdit>("historySearchEdit");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("BETA"));
    // Applied shortly after the typing stops, case-insensitively.
    QCOMPARE(model()->rowCount(), 5);
    QTRY_COMPARE(listedIds(), QList<qint64> {m_beta});
    QCOMPARE(countText(), ordersText(1));

    // Enter applies at once. An OrderId, a ClientToken, a profile, a region.
    search->clear();
    QTest::keyClicks(search, journal()->entry(m_alpha)->orderId);
    searchNow(search);
    QCOMPARE(listedIds(), QList<qint64> {m_alpha});
    search->clear();
    QTest::keyClicks(search, journal()->entry(m_stalled)->clientToken.left(13));
    searchNow(search);
    QCOMPARE(listedIds(), QList<qint64> {m_stalled});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("blue"));
    searchNow(search);
    QCOMPARE(listedIds(), QList<qint64> {m_beta});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("cn-shanghai"));
    searchNow(search);
    QCOMPARE(listedIds(), (QList<qint64> {m_taken, m_alpha}));

    // Wildcards are plain text; nothing matches.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("%_"));
    searchNow(search);
    QCOMPARE(model()->rowCount(), 0);
    QCOMPARE(countText(), ordersText(0));
    QVERIFY(details().contains(QStringLiteral("Select an order")));

    // Search and filters combine.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("registry"));
    searchNow(search);
    QCOMPARE(model()->rowCount(), 5);
    chooseInCombo(find<QComboBox>("stateFilterCombo"), QStringLiteral("Succeeded"));
    QTRY_COMPARE(listedIds(), (QList<qint64> {m_beta, m_alpha})); // read on a worker: there is search text

    // The clear button (or emptying the field) lists everything again.
    chooseInCombo(find<QComboBox>("stateFilterCombo"), QStringLiteral("All states"));
    search->setFocus();
    search->selectAll();
    QTest::keyClick(search, Qt::Key_Backspace);
    QTRY_COMPARE(model()->rowCount(), 5);
    QCOMPARE(countText(), ordersText(5));
}

void TestHistoryWindow::newerSearchCancelsOlder()
{
    // Every state of the rows the window shows, from now on.
    QList<QList<qint64>> shown;
    const auto record = [&] { shown.append(listedIds()); };
    connect(model(), &QAbstractItemModel::modelReset, this, record);
    connect(model(), &QAbstractItemModel::rowsInserted, this, record);
    // Lets every read still under way end and hand over its result, if it may.
    const auto settle = [this] {
        model()->waitForReads();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    };
    const QList<qint64> all = listedIds();
    const QString alpha = journal()->entry(m_alpha)->order.instanceName;
    const QString beta = journal()->entry(m_beta)->order.instanceName;

    // A second search before the first one's rows arrived: only the second one's rows show.
    model()->setSearch(alpha);
    QVERIFY(model()->isLoading());
    QCOMPARE(listedIds(), all); // the rows stay until the new ones arrive
    model()->setSearch(beta);
    QTRY_COMPARE(listedIds(), QList<qint64> {m_beta});
    settle();
    QCOMPARE(listedIds(), QList<qint64> {m_beta});
    QCOMPARE(shown, QList<QList<qint64>> {{m_beta}});
    QCOMPARE(countText(), ordersText(1));

    // A sort supersedes the search it follows: the rows show in the new order only.
    shown.clear();
    model()->setSearch(QStringLiteral("cn-shanghai"));
    model()->sort(HistoryModel::TimeColumn, Qt::AscendingOrder);
    QTRY_VERIFY(!model()->isLoading());
    settle();
    QCOMPARE(shown, (QList<QList<qint64>> {{m_alpha, m_taken}}));

    // So does a filter, and clearing the search (which lists at once).
    shown.clear();
    model()->setSearch(beta);
    model()->setStates({OrderState::Failed});
    QTRY_VERIFY(!model()->isLoading());
    settle();
    QCOMPARE(shown, QList<QList<qint64>> {{}});
    QCOMPARE(countText(), ordersText(0));
    model()->setStates({});
    model()->setSearch(alpha);
    model()->setSearch(QString());
    QVERIFY(!model()->isLoading());
    settle();
    QCOMPARE(listedIds(), (QList<qint64> {m_alpha, m_beta, m_taken, m_stalled, m_sending}));

    // Through the window: Enter twice, the second with other text.
    shown.clear();
    auto* search = find<QLineEdit>("historySearchEdit");
    search->setText(alpha);
    QTest::keyClick(search, Qt::Key_Return);
    search->setText(QStringLiteral("blue"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(!model()->isLoading());
    settle();
    QCOMPARE(shown, QList<QList<qint64>> {{m_beta}});
}

void TestHistoryWindow::keyboardReachesEverything()
{
    // Mnemonics move the focus to the fields.
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), find<QComboBox>("stateFilterCombo"));
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), find<QComboBox>("siteFilterCombo"));
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>("historySearchEdit"));
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), table());

    // Arrows move through the rows and the details follow.
    QTest::keyClick(table(), Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(table()->currentIndex().row(), 0);
    QVERIFY(details().contains(QStringLiteral("delta-registry")));
    QTest::keyClick(table(), Qt::Key_Down);
    QCOMPARE(table()->currentIndex().row(), 1);
    QVERIFY(details().contains(QStringLiteral("gamma-registry")));
    QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
    QVERIFY(details().contains(QStringLiteral("alpha-registry")));
    QTest::keyClick(table(), Qt::Key_Home, Qt::ControlModifier);
    QVERIFY(details().contains(QStringLiteral("delta-registry")));

    // Tab leaves the table (no cell-by-cell tabbing) and every action button has a mnemonic.
    QTest::keyClick(table(), Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != table());
    for (const char* name :
         {"refreshStatusButton", "historyResumeButton", "orderAgainButton", "copyIdsButton", "exportCsvButton"})
        QVERIFY2(find<QPushButton>(name)->text().contains(u'&'), name);
    QVERIFY(find<QCheckBox>("exportFilteredCheck")->text().contains(u'&'));
    // Accessible names on the inputs.
    QCOMPARE(find<QComboBox>("stateFilterCombo")->accessibleName(), QStringLiteral("Filter by state"));
    QCOMPARE(find<QComboBox>("siteFilterCombo")->accessibleName(), QStringLiteral("Filter by site"));
    QCOMPARE(find<QLineEdit>("historySearchEdit")->accessibleName(), QStringLiteral("Search the orders"));
    QCOMPARE(table()->accessibleName(), QStringLiteral("Orders"));
}

void TestHistoryWindow::detailsPane()
{
    clickRowOf(m_taken);
    const JournalEntry taken = *journal()->entry(m_taken);
    QString text = details();
    QVERIFY2(text.contains(QStringLiteral("alpha-registry")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("China (Shanghai) (cn-shanghai)")));
    QVERIFY(text.contains(QStringLiteral("Standard")));
    QVERIFY(text.contains(QStringLiteral("3 months")));
    QVERIFY(text.contains(QStringLiteral("default bucket")));
    QVERIFY(text.contains(Endpoint::sandbox().title().toHtmlEscaped()));
    QVERIFY(text.contains(QStringLiteral("Failed — not bought: the service refused it")));
    QVERIFY(text.contains(taken.clientToken));
    QVERIFY(!taken.lastError->requestId.isEmpty());
    QVERIFY(text.contains(taken.requestId.isEmpty() ? taken.lastError->requestId : taken.requestId));
    QVERIFY(text.contains(taken.lastError->userMessage().toHtmlEscaped()));
    QVERIFY(text.contains(QStringLiteral("(code %1)").arg(taken.lastError->code)));
    QVERIFY(!text.contains(QStringLiteral("Provisioning")));

    clickRowOf(m_alpha);
    const JournalEntry alpha = *journal()->entry(m_alpha);
    text = details();
    QVERIFY(text.contains(QStringLiteral("Succeeded — bought")));
    QVERIFY(text.contains(alpha.instanceId));
    QVERIFY(text.contains(alpha.orderId));
    QVERIFY(text.contains(alpha.requestId));
    QVERIFY(text.contains(alpha.clientToken));
    QVERIFY(text.contains(QStringLiteral("1 year")));
    QVERIFY(!text.contains(QStringLiteral("Last error")));

    clickRowOf(m_stalled);
    text = details();
    QVERIFY(text.contains(QStringLiteral("Unknown — outcome unknown")));
    QVERIFY(text.contains(QStringLiteral("Last error")));
    QVERIFY(text.contains(QStringLiteral("none"))); // no InstanceId yet

    clickRowOf(m_beta);
    QVERIFY(details().contains(kOddProfile.toHtmlEscaped()));
    QVERIFY(details().contains(QStringLiteral("Singapore")));
    QVERIFY(!details().contains(QStringLiteral("sandbox-demo-secret")));
}

void TestHistoryWindow::refreshStatusReachesRunning()
{
    auto* refresh = find<QPushButton>("refreshStatusButton");
    clickRowOf(m_taken);
    QVERIFY(!refresh->isEnabled()); // nothing was bought
    clickRowOf(m_stalled);
    QVERIFY(!refresh->isEnabled()); // not known to be bought: resume first
    clickRowOf(m_beta);
    QVERIFY(refresh->isEnabled());
    QVERIFY(details().contains(QStringLiteral("not known yet")));

    const QString instanceId = journal()->entry(m_beta)->instanceId;
    auto* message = find<QLabel>("refreshStatusMessage");
    auto* progress = find<QProgressBar>("refreshStatusProgress");
    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(progress->isVisible());
    QVERIFY(!refresh->isEnabled()); // one refresh at a time
    QVERIFY2(message->text().startsWith(QStringLiteral("Asking the sandbox")), qPrintable(message->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!progress->isVisible(), test::kWaitMs);
    QVERIFY2(message->text().startsWith(QStringLiteral("Paid")), qPrintable(message->text()));
    QVERIFY(details().contains(QStringLiteral("Payment")));
    QVERIFY(details().contains(QStringLiteral("Paid")));
    QVERIFY(!journal()->entry(m_beta)->provisioningStatus.isEmpty());

    // Once the sandbox has provisioned it, the next refresh says RUNNING and the journal keeps it.
    QTRY_COMPARE_WITH_TIMEOUT(m_app.sandbox().instanceStatus(instanceId), QStringLiteral("RUNNING"), test::kWaitMs);
    QVERIFY(refresh->isEnabled());
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!progress->isVisible(), test::kWaitMs);
    QCOMPARE(message->text(), QStringLiteral("Paid and running: the instance is ready to use."));
    QVERIFY(details().contains(QStringLiteral("RUNNING")));
    QCOMPARE(journal()->entry(m_beta)->provisioningStatus, QStringLiteral("RUNNING"));
    // The message belongs to its row.
    clickRowOf(m_alpha);
    QVERIFY(message->text().isEmpty());
}

void TestHistoryWindow::refreshStatusErrorsShownInline()
{
    sandbox::SandboxFaults faults;
    faults.failNextUnavailable = 100; // every attempt of both calls
    m_app.sandbox().setFaults(faults);
    clickRowOf(m_alpha);
    const QString before = journal()->entry(m_alpha)->provisioningStatus;
    QTest::mouseClick(find<QPushButton>("refreshStatusButton"), Qt::LeftButton);
    auto* progress = find<QProgressBar>("refreshStatusProgress");
    QTRY_VERIFY_WITH_TIMEOUT(!progress->isVisible(), test::kWaitMs);
    m_app.sandbox().setFaults({});
    const QString text = find<QLabel>("refreshStatusMessage")->text();
    QVERIFY2(text.startsWith(QStringLiteral("The status could not be read: ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("(code ServiceUnavailable)")), qPrintable(text));
    // A failed status query changes nothing in the journal and never makes the order "failed".
    QCOMPARE(journal()->entry(m_alpha)->provisioningStatus, before);
    QCOMPARE(journal()->entry(m_alpha)->state, OrderState::Succeeded);
    QVERIFY(find<QPushButton>("refreshStatusButton")->isEnabled());
}

void TestHistoryWindow::resumeOnlyForUnfinishedOrders()
{
    auto* resume = find<QPushButton>("historyResumeButton");
    QSignalSpy spy(m_window.get(), &HistoryWindow::resumeRequested);
    for (const qint64 id : {m_alpha, m_beta, m_taken}) {
        clickRowOf(id);
        QVERIFY(!resume->isEnabled());
    }
    clickRowOf(m_stalled);
    QVERIFY(resume->isEnabled());
    QTest::mouseClick(resume, Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), m_stalled);
    clickRowOf(m_sending);
    QVERIFY(resume->isEnabled());
    resume->setFocus();
    QTest::keyClick(resume, Qt::Key_Space);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).toLongLong(), m_sending);
}

void TestHistoryWindow::orderAgainEmitsTheOrder()
{
    QSignalSpy spy(m_window.get(), &HistoryWindow::orderAgainRequested);
    clickRowOf(m_taken);
    QTest::mouseClick(find<QPushButton>("orderAgainButton"), Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    const OrderSpec order = spy.at(0).at(0).value<OrderSpec>();
    QCOMPARE(order, journal()->entry(m_taken)->order);
    QCOMPARE(order.instanceName, QStringLiteral("alpha-registry"));
    QCOMPARE(order.edition, QStringLiteral("Standard"));
    QCOMPARE(order.periodMonths, 3);
}

void TestHistoryWindow::saveAsTemplate()
{
    clickRowOf(m_beta);
    auto* name = find<QLineEdit>("templateNameEdit");
    QVERIFY(name->isEnabled());
    QCOMPARE(name->text(), QStringLiteral("beta-registry")); // offered: the instance name
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("from-history"));
    QTest::mouseClick(find<QPushButton>("saveTemplateButton"), Qt::LeftButton);
    const auto saved = context().templates->byName(QStringLiteral("from-history"));
    QVERIFY(saved);
    QCOMPARE(saved->order, journal()->entry(m_beta)->order);
    QVERIFY(!QString::fromUtf8(saved->orderJson).contains(journal()->entry(m_beta)->clientToken));
    // The same name again is refused inline.
    clickRowOf(m_alpha);
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("From-History"));
    QTest::mouseClick(find<QPushButton>("saveTemplateButton"), Qt::LeftButton);
    auto* message = find<QLabel>("saveTemplateMessage");
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QCOMPARE(context().templates->byName(QStringLiteral("from-history"))->order, journal()->entry(m_beta)->order);
}

void TestHistoryWindow::copyIds()
{
    clickRowOf(m_alpha);
    const JournalEntry alpha = *journal()->entry(m_alpha);
    QTest::mouseClick(find<QPushButton>("copyIdsButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("InstanceId: %1\nOrderId: %2\nRequestId: %3\nClientToken: %4")
                 .arg(alpha.instanceId, alpha.orderId, alpha.requestId, alpha.clientToken));
    auto* message = find<QLabel>("historyMessage");
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Copied the IDs of “alpha-registry”."));
    // An order without IDs yet copies empty ones, with its ClientToken.
    clickRowOf(m_sending);
    QTest::mouseClick(find<QPushButton>("copyIdsButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("InstanceId: \nOrderId: \nRequestId: \nClientToken: %1")
                 .arg(journal()->entry(m_sending)->clientToken));
}

void TestHistoryWindow::exportCsvAllAndFiltered()
{
    const auto readLines = [](const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QStringList();
        const QByteArray bytes = file.readAll();
        if (!bytes.startsWith("\xEF\xBB\xBF"))
            return QStringList {QStringLiteral("no BOM")};
        QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        if (lines.last().isEmpty())
            lines.removeLast();
        return lines;
    };

    // Every order, from the public call.
    const QString all = m_app.filePath(QStringLiteral("all.csv"));
    QVERIFY(exportAndWait(all, false));
    QStringList lines = readLines(all);
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines.first().startsWith(QStringLiteral("Created (ISO 8601 UTC),Profile,Site,")));
    QCOMPARE(find<QLabel>("historyMessage")->text(), exportedText(5, all));
    const QString csv = lines.join(u'\n');
    QVERIFY2(csv.contains(QStringLiteral(",\"team \"\"blue\"\", east\",intl,Basic,beta-registry,ap-southeast-1,1,")),
             qPrintable(csv));
    for (const qint64 id : {m_alpha, m_beta, m_taken, m_stalled, m_sending})
        QVERIFY(csv.contains(journal()->entry(id)->clientToken));
    QVERIFY(csv.contains(journal()->entry(m_taken)->lastError->code));
    // No secret, ever.
    for (const char* secret : {sandboxdemo::kAccessKeySecretCN, sandboxdemo::kAccessKeySecretIntl})
        QVERIFY(!csv.contains(QLatin1String(secret)));

    // Only the filtered ones, through the button (the file dialog replaced by the test's choice).
    chooseInCombo(find<QComboBox>("siteFilterCombo"), QStringLiteral("International site"));
    const QString filtered = m_app.filePath(QStringLiteral("filtered.csv"));
    QString suggested;
    m_window->setExportPathChooser([&](const QString& path) {
        suggested = path;
        return filtered;
    });
    auto* onlyFiltered = find<QCheckBox>("exportFilteredCheck");
    onlyFiltered->setFocus();
    QTest::keyClick(onlyFiltered, Qt::Key_Space);
    QVERIFY(onlyFiltered->isChecked());
    QSignalSpy finished(m_window.get(), &HistoryWindow::exportFinished);
    QTest::mouseClick(find<QPushButton>("exportCsvButton"), Qt::LeftButton);
    QVERIFY(finished.wait(test::kWaitMs));
    QCOMPARE(finished.takeFirst().at(0).toBool(), true);
    QVERIFY(suggested.endsWith(QStringLiteral("acr-purchase-history.csv")));
    lines = readLines(filtered);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(1).contains(QStringLiteral(",intl,")));
    QVERIFY(lines.at(1).contains(QStringLiteral("delta-registry"))); // the table's order: newest first
    QVERIFY(lines.at(2).contains(QStringLiteral("beta-registry")));
    QCOMPARE(find<QLabel>("historyMessage")->text(), exportedText(2, filtered));

    // Unticked: all rows again, even with the filter on.
    QTest::keyClick(onlyFiltered, Qt::Key_Space);
    QTest::mouseClick(find<QPushButton>("exportCsvButton"), Qt::LeftButton);
    QVERIFY(finished.wait(test::kWaitMs));
    QCOMPARE(readLines(filtered).size(), 6);

    // One row: the singular.
    chooseInCombo(find<QComboBox>("stateFilterCombo"), QStringLiteral("Succeeded"));
    QVERIFY(exportAndWait(filtered, true));
    QCOMPARE(readLines(filtered).size(), 2);
    QCOMPARE(find<QLabel>("historyMessage")->text(), exportedText(1, filtered));
}

void TestHistoryWindow::exportCsvErrors()
{
    // A folder that does not exist: the reason inline, no pop-up, nothing written.
    const QString bad = m_app.filePath(QStringLiteral("no-such-folder/out.csv"));
    QVERIFY(!exportAndWait(bad, false));
    QVERIFY(!find<QWidget>("exportRow")->isVisible());
    QVERIFY(find<QPushButton>("exportCsvButton")->isEnabled());
    auto* message = find<QLabel>("historyMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("Could not write %1: ").arg(bad)), qPrintable(message->text()));
    QVERIFY(!QFile::exists(bad));
    QVERIFY(QApplication::activeModalWidget() == nullptr);

    // The file dialog cancelled: nothing happens.
    bool asked = false;
    m_window->setExportPathChooser([&](const QString&) {
        asked = true;
        return QString();
    });
    QTest::mouseClick(find<QPushButton>("exportCsvButton"), Qt::LeftButton);
    QVERIFY(asked);
    QVERIFY(message->text().startsWith(QStringLiteral("Could not write")));
}

// The export runs on a worker thread: the progress row shows the rows written of all, page by page,
// while the window answers (a search typed and applied meanwhile); the file has every row.
void TestHistoryWindow::exportShowsProgressAndStaysUsable()
{
    Journal big(m_app.filePath(QStringLiteral("export-progress.sqlite")));
    QVERIFY(big.open());
    QVERIFY(fillBulk(big, 250));
    openWindowOn(big);
    QTRY_COMPARE(countText(), ordersText(250));

    // The worker waits after each page until the test lets it go on.
    QSemaphore pageWritten;
    QSemaphore goOn;
    m_window->setExportPaging(100, holdEachPage(pageWritten, goOn));
    const auto release = qScopeGuard([&] { goOn.release(100); }); // a failed check must not hang the worker

    const QString path = m_app.filePath(QStringLiteral("progress.csv"));
    QFile::remove(path);
    m_window->setExportPathChooser([&](const QString&) { return path; });
    auto* exportButton = find<QPushButton>("exportCsvButton");
    exportButton->setFocus();
    QSignalSpy finished(m_window.get(), &HistoryWindow::exportFinished);
    QTest::keyClick(exportButton, Qt::Key_Space);
    auto* row = find<QWidget>("exportRow");
    auto* progress = find<QProgressBar>("exportProgress");
    auto* cancel = find<QPushButton>("cancelExportButton");
    QVERIFY(m_window->isExporting());
    QVERIFY(row->isVisible());
    QVERIFY(!exportButton->isEnabled()); // one export at a time
    QVERIFY(cancel->hasFocus()); // the keyboard user's focus was on the button now disabled
    QCOMPARE(find<QLabel>("exportLabel")->text(), QStringLiteral("Exporting to %1…").arg(path));
    QVERIFY(!progress->accessibleName().isEmpty());
    QVERIFY(!cancel->text().isEmpty());

    // Counted (0 of 250), then each page: 100, 200, 250.
    for (const int written : {0, 100, 200}) {
        QVERIFY(pageWritten.tryAcquire(1, test::kWaitMs));
        QTRY_COMPARE(progress->value(), written);
        QCOMPARE(progress->maximum(), 250);
        QCOMPARE(progress->text(), HistoryWindow::tr("%1 of %Ln order(s) written", nullptr, 250).arg(written));
        if (written == 100) {
            // Held between two pages, the window still filters as the person types.
            auto* search = find<QLineEdit>("historySearchEdit");
            QTest::keyClicks(search, QStringLiteral("row-024"));
            QTest::keyClick(search, Qt::Key_Return);
            QTRY_COMPARE(countText(), ordersText(10));
            QVERIFY(m_window->isExporting());
            QVERIFY(!QFile::exists(path)); // the file appears whole, at the end
        }
        goOn.release();
    }
    QVERIFY(pageWritten.tryAcquire(1, test::kWaitMs));
    goOn.release();
    QVERIFY(finished.wait(test::kWaitMs));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!m_window->isExporting());
    QVERIFY(!row->isVisible());
    QVERIFY(exportButton->isEnabled());
    QCOMPARE(find<QLabel>("historyMessage")->text(), exportedText(250, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 252); // the header, 250 rows, and nothing after the last CRLF
    QVERIFY(lines.at(1).contains(",row-0249,")); // newest first, as the table was when it started
    QVERIFY(lines.at(250).contains(",row-0000,"));
    m_window.reset();
}

// Cancel export (the button, or Esc anywhere in the window) stops the worker: no file, and the
// window says so inline; a file already at the path is left as it was.
void TestHistoryWindow::exportCancelledByButtonOrEsc()
{
    QSemaphore pageWritten;
    QSemaphore goOn;
    m_window->setExportPaging(2, holdEachPage(pageWritten, goOn));
    const auto release = qScopeGuard([&] { goOn.release(100); });
    auto* message = find<QLabel>("historyMessage");
    auto* cancel = find<QPushButton>("cancelExportButton");

    const QString path = m_app.filePath(QStringLiteral("cancelled.csv"));
    QFile::remove(path);
    QSignalSpy finished(m_window.get(), &HistoryWindow::exportFinished);
    m_window->exportCsv(path, false);
    QVERIFY(pageWritten.tryAcquire(1, test::kWaitMs)); // counted
    goOn.release();
    QVERIFY(pageWritten.tryAcquire(1, test::kWaitMs)); // the first page written
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(test::kWaitMs));
    QCOMPARE(finished.takeFirst().at(0).toBool(), false);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!find<QWidget>("exportRow")->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Export cancelled; %1 was not written.").arg(path));
    QVERIFY(message->isVisible());
    QVERIFY(QApplication::activeModalWidget() == nullptr);

    // Esc from the table; the file that was there stays as it was.
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("earlier export\n");
    old.close();
    m_window->exportCsv(path, false);
    QVERIFY(pageWritten.tryAcquire(1, test::kWaitMs));
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Escape);
    QVERIFY(finished.wait(test::kWaitMs));
    QCOMPARE(finished.takeFirst().at(0).toBool(), false);
    QCOMPARE(message->text(), QStringLiteral("Export cancelled; %1 was not written.").arg(path));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("earlier export\n"));
    old.close();

    // Esc with no export running does nothing (and the next export runs to its end).
    QTest::keyClick(table(), Qt::Key_Escape);
    QVERIFY(m_window->isVisible());
    m_window->setExportPaging(1000);
    QVERIFY(exportAndWait(path, false));
    QCOMPARE(message->text(), exportedText(5, path));

    // The window closed during an export: the worker stops, nothing is written.
    const QString closed = m_app.filePath(QStringLiteral("closed.csv"));
    m_window->setExportPaging(2, holdEachPage(pageWritten, goOn));
    m_window->exportCsv(closed, false);
    QVERIFY(pageWritten.tryAcquire(1, test::kWaitMs));
    m_window.reset(); // cancels, and waits for the worker

    QVERIFY(!QFile::exists(closed));
}

// The count beside the search field changes with every search; the field must not move or resize
// under the person's typing, and every count text must fit, "Counting…" included, in both languages
// and with a larger font.
void TestHistoryWindow::searchFieldStaysPutAsTheCountChanges()
{
    auto* search = find<QLineEdit>("historySearchEdit");
    auto* count = find<QLabel>("historyCountLabel");
    const auto fits = [count](const QString& text) {
        return count->fontMetrics().horizontalAdvance(text) <= count->contentsRect().width();
    };
    const auto searchFor = [&](const QString& text, int found) {
        search->setFocus();
        search->selectAll();
        if (text.isEmpty())
            QTest::keyClick(search, Qt::Key_Delete);
        else
            QTest::keyClicks(search, text);
        searchNow(search);
        QTRY_COMPARE(countText(), ordersText(found));
    };
    const auto checkStaysPut = [&] {
        const QRect field = search->geometry();
        const QRect label = count->geometry();
        for (const auto& [text, found] : {std::pair {QStringLiteral("beta"), 1}, std::pair {QStringLiteral("%_"), 0},
                                          std::pair {QStringLiteral("alpha"), 2}, std::pair {QString(), 5}}) {
            searchFor(text, found);
            QApplication::processEvents(); // any layout the new count asked for
            QCOMPARE(search->geometry(), field);
            QCOMPARE(count->geometry(), label);
            QVERIFY2(fits(countText()), qPrintable(countText()));
        }
        QVERIFY(fits(HistoryWindow::tr("Counting…")));
        QVERIFY(fits(HistoryWindow::tr("%n order(s)", nullptr, 99'999'999)));
    };
    checkStaysPut();
    Language::apply(QStringLiteral("zh_CN"), false);
    QTRY_COMPARE(find<QComboBox>("siteFilterCombo")->itemText(1), QStringLiteral("中国站"));
    QApplication::processEvents();
    QCOMPARE(HistoryWindow::tr("Counting…"), QStringLiteral("正在计数…"));
    checkStaysPut();
    Language::apply(QStringLiteral("en"), false);

    const QFont before = QApplication::font();
    QFont large = before;
    large.setPointSizeF(before.pointSizeF() * 1.5);
    const QRect smallField = search->geometry();
    QApplication::setFont(large);
    const auto restore = qScopeGuard([&] { QApplication::setFont(before); });
    QTRY_VERIFY(search->geometry().height() > smallField.height()); // laid out for the new font
    checkStaysPut();
}

// The first frame with a search's rows is laid out for them: the scroll bar's range is theirs (none
// for 1 row of 200, a page's worth for 64), not the old rows' (which then came on a later pass, and
// another paint).
void TestHistoryWindow::firstFrameOfASearchIsLaidOut()
{
    Journal big(m_app.filePath(QStringLiteral("frames.sqlite")));
    QVERIFY(big.open());
    QVERIFY(fillBulk(big, 200));
    openWindowOn(big);
    QTRY_VERIFY(table()->verticalScrollBar()->isVisible());

    FirstFrameAfterReset frame(table());
    auto* search = find<QLineEdit>("historySearchEdit");
    QTest::keyClicks(search, QStringLiteral("row-0042"));
    searchNow(search);
    QTRY_COMPARE(frame.rows(), 1);
    QCOMPARE(frame.scrollMaximum(), 0);

    frame.clear();
    search->clear();
    searchNow(search);
    QTRY_COMPARE(frame.rows(), HistoryModel::kFirstPageSize);
    QVERIFY(frame.scrollMaximum() > 0);
    m_window.reset();
}

void TestHistoryWindow::followsTheLanguage()
{
    const int row = model()->rowOf(m_alpha);
    QCOMPARE(model()->index(row, HistoryModel::SiteColumn).data().toString(), QStringLiteral("China site"));
    Language::apply(QStringLiteral("zh_CN"), false);
    // The catalog's names follow the language (the other texts follow once translated).
    QTRY_COMPARE(model()->index(row, HistoryModel::SiteColumn).data().toString(), QStringLiteral("中国站"));
    QTRY_COMPARE(find<QComboBox>("siteFilterCombo")->itemText(1), QStringLiteral("中国站"));
    QCOMPARE(find<QComboBox>("siteFilterCombo")->count(), 3);
    QCOMPARE(find<QComboBox>("stateFilterCombo")->count(), 7);
    Language::apply(QStringLiteral("en"), false);
    QTRY_COMPARE(find<QComboBox>("siteFilterCombo")->itemText(1), QStringLiteral("China site"));
    QCOMPARE(model()->index(row, HistoryModel::SiteColumn).data().toString(), QStringLiteral("China site"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Order history"));
}

void TestHistoryWindow::journalUnavailable()
{
    AppContext none = context();
    none.journal = nullptr;
    none.orders = nullptr;
    none.templates = nullptr;
    HistoryWindow window(none);
    window.show();
    QCOMPARE(window.model()->rowCount(), 0);
    QVERIFY(
        window.findChild<QLabel*>(QStringLiteral("historyDetails"))->text().contains(QStringLiteral("not available")));
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("historyCountLabel"))->text(), QStringLiteral("No journal"));
    QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("exportCsvButton"))->isEnabled());
    QSignalSpy finished(&window, &HistoryWindow::exportFinished);
    window.exportCsv(m_app.filePath(QStringLiteral("none.csv")), false);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(
        window.findChild<QLabel*>(QStringLiteral("historyMessage"))->text().contains(QStringLiteral("not available")));
    QVERIFY(!QFile::exists(m_app.filePath(QStringLiteral("none.csv"))));
}

void TestHistoryWindow::lazyFetching()
{
    Journal big(m_app.filePath(QStringLiteral("big.sqlite")));
    QVERIFY(big.open());
    QVERIFY(fillBulk(big, 1000));

    openWindowOn(big);
    // One page at first, and the total with it (the journal's tally: no count on a worker).
    QCOMPARE(model()->fetchedCount(), HistoryModel::kFirstPageSize);
    QCOMPARE(countText(), ordersText(1000));
    QCOMPARE(model()->index(0, HistoryModel::NameColumn).data().toString(), QStringLiteral("row-0999"));

    // Scrolling to the end fetches the next pages, one at a time.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
    QTRY_VERIFY(model()->fetchedCount() >= HistoryModel::kFirstPageSize + HistoryModel::kPageSize);
    QVERIFY(model()->fetchedCount() < 1000);
    for (int i = 0; i < 20 && model()->fetchedCount() < 1000; ++i) {
        const int before = model()->fetchedCount();
        QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
        QTRY_VERIFY(model()->fetchedCount() > before);
    }
    QCOMPARE(model()->fetchedCount(), 1000);
    QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(model()->index(999, HistoryModel::NameColumn).data().toString(), QStringLiteral("row-0000"));
    QVERIFY(!model()->canFetchMore({}));

    // A filter starts again from one page (as the new rows arrive: the view, scrolled to the end,
    // may ask for the next page at once).
    int fetchedAtReset = -1;
    connect(model(), &QAbstractItemModel::modelReset, this, [&] { fetchedAtReset = model()->fetchedCount(); });
    auto* search = find<QLineEdit>("historySearchEdit");
    QTest::keyClicks(search, QStringLiteral("row-0"));
    searchNow(search);
    QCOMPARE(fetchedAtReset, HistoryModel::kFirstPageSize);
    QTRY_COMPARE(countText(), ordersText(1000));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("row-01"));
    searchNow(search);
    QCOMPARE(fetchedAtReset, HistoryModel::kFirstPageSize);
    QTRY_COMPARE(countText(), ordersText(100));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("row-001"));
    searchNow(search);
    QCOMPARE(model()->fetchedCount(), 10); // all of them: counted without asking SQL
    QCOMPARE(countText(), ordersText(10));
    // Selecting a row far down fetches up to it.
    search->clear();
    searchNow(search);
    const qint64 oldest = big.entries([] {
                                 JournalQuery q;
                                 q.newestFirst = false;
                                 q.limit = 1;
                                 return q;
                             }())
                              .first()
                              .id;
    m_window->selectOrder(oldest);
    QCOMPARE(table()->currentIndex().row(), 999);
    QVERIFY(details().contains(QStringLiteral("row-0000")));
    m_window.reset();
}

void TestHistoryWindow::survivesRestart()
{
    const QList<qint64> before = listedIds();
    QCOMPARE(before.size(), 5);
    m_window.reset();
    m_app.reset();
    // A new start of the program on the same journal file.
    QVERIFY(m_app.startServices(m_options));
    openWindow();
    QCOMPARE(listedIds(), before);
    QCOMPARE(countText(), ordersText(5));
    QCOMPARE(journal()->entry(m_beta)->provisioningStatus, QStringLiteral("RUNNING"));
    clickRowOf(m_beta);
    QVERIFY(details().contains(QStringLiteral("RUNNING")));
    QVERIFY(details().contains(kOddProfile.toHtmlEscaped()));
    clickRowOf(m_stalled);
    QVERIFY(find<QPushButton>("historyResumeButton")->isEnabled());
}

void TestHistoryWindow::followsOrdersResumedElsewhere()
{
    // The wizard resumes the unknown order while the window is open (the sandbox answers slowly).
    sandbox::SandboxFaults faults;
    faults.latencyMs = 1000;
    m_app.sandbox().setFaults(faults);
    OrderHandle* handle = context().orders->resume(m_stalled);
    QSignalSpy finished(handle, &OrderHandle::finished);
    QVERIFY(context().orders->isBusy(m_stalled));
    clickRowOf(m_stalled);
    QVERIFY(!find<QPushButton>("historyResumeButton")->isEnabled()); // its answer is on the way
    QVERIFY(finished.wait(test::kWaitMs));
    m_app.sandbox().setFaults({});
    // The window re-read the journal: the row is bought now, still selected.
    const int row = model()->rowOf(m_stalled);
    QCOMPARE(model()->index(row, HistoryModel::StateColumn).data().toString(), QStringLiteral("Succeeded"));
    QCOMPARE(table()->currentIndex().row(), row);
    QVERIFY(details().contains(QStringLiteral("Succeeded — bought")));
    QVERIFY(!find<QPushButton>("historyResumeButton")->isEnabled());
    QVERIFY(find<QPushButton>("refreshStatusButton")->isEnabled());
}

void TestHistoryWindow::failedRefreshSaysWhenTheStatusWasRead()
{
    // A bought order of its own, so what earlier tests refreshed does not matter.
    const OrderResult bought
        = m_app.submit(makeOrder(Site::China, QStringLiteral("Basic"), QStringLiteral("status-registry"),
                                 QStringLiteral("cn-beijing"), 1),
                       QStringLiteral("sandbox"), m_options.retryPolicy);
    QCOMPARE(bought.state, OrderState::Succeeded);
    const qint64 id = bought.journalId;
    openWindow();
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowOf(id) >= 0, test::kWaitMs);
    clickRowOf(id);
    auto* refresh = find<QPushButton>("refreshStatusButton");
    auto* progress = find<QProgressBar>("refreshStatusProgress");
    auto* message = find<QLabel>("refreshStatusMessage");
    const auto refreshFailing = [&] {
        sandbox::SandboxFaults faults;
        faults.failNextUnavailable = 100; // every attempt of both calls
        m_app.sandbox().setFaults(faults);
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!progress->isVisible(), test::kWaitMs);
        m_app.sandbox().setFaults({});
    };

    // Never read: the message says so. One sentence, its code on its own line (both calls failed
    // alike: said once), then what the shown status is worth.
    refreshFailing();
    QStringList lines = message->text().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("The status could not be read: ")), qPrintable(lines.at(0)));
    QVERIFY2(!lines.at(0).contains(QStringLiteral("(code")), qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), QStringLiteral("(code ServiceUnavailable)"));
    QCOMPARE(lines.at(2), QStringLiteral("The provisioning status has never been read."));

    // Read once, then a failed refresh: the details' status "as of" its reading, and the message says
    // the shown status is from then.
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!progress->isVisible(), test::kWaitMs);
    const JournalEntry read = *journal()->entry(id);
    QVERIFY(!read.provisioningStatus.isEmpty());
    QVERIFY(read.statusCheckedAt.isValid());
    const QString asOf = format::dateTime(read.statusCheckedAt);
    QVERIFY2(details().contains(QStringLiteral("(as of %1)").arg(asOf)), qPrintable(details()));
    refreshFailing();
    lines = message->text().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(1), QStringLiteral("(code ServiceUnavailable)"));
    QCOMPARE(lines.at(2),
             QStringLiteral("The provisioning status shown (%1) is as of %2.").arg(read.provisioningStatus, asOf));
    QVERIFY(details().contains(QStringLiteral("(as of %1)").arg(asOf)));
}

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"

void TestHistoryWindow::columnsFitTheDefaultSize_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestHistoryWindow::columnsFitTheDefaultSize()
{
    QFETCH(QString, language);
    if (language != u"en") {
        Language::apply(language, false);
        m_window.reset();
        openWindow();
    }
    QCOMPARE(m_window->size(), QSize(1040, 720));
    QTableView* view = table();
    QHeaderView* header = view->horizontalHeader();
    // Every column at least as wide as its header; together no wider than the table.
    int total = 0;
    QStringList widths;
    for (int column = 0; column < HistoryModel::ColumnCount; ++column) {
        total += header->sectionSize(column);
        widths << QString::number(header->sectionSize(column));
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                 qPrintable(QStringLiteral("column %1: %2 < %3")
                                .arg(column)
                                .arg(header->sectionSize(column))
                                .arg(header->sectionSizeHint(column))));
    }
    const QString layout
        = QStringLiteral("widths %1, viewport %2").arg(widths.join(u' ')).arg(view->viewport()->width());
    QVERIFY2(total <= view->viewport()->width(), qPrintable(layout));
    QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
    QTRY_VERIFY(!view->horizontalScrollBar()->isVisible());
    qInfo("%s", qPrintable(layout));
    // The short columns show their texts whole (times, sites, editions, periods, states).
    for (const int column :
         {int(HistoryModel::TimeColumn), int(HistoryModel::SiteColumn), int(HistoryModel::EditionColumn),
          int(HistoryModel::PeriodColumn), int(HistoryModel::StateColumn), int(HistoryModel::RegionColumn)}) {
        const int needed = static_cast<QAbstractItemView*>(view)->sizeHintForColumn(column); // public there
        QVERIFY2(needed <= header->sectionSize(column),
                 qPrintable(QStringLiteral("column %1 needs %2; %3").arg(column).arg(needed).arg(layout)));
    }
}

void TestHistoryWindow::columnsFitWithALargeFont()
{
    // Texts too wide for 1040 px together: the names and IDs give way, the short columns do not.
    const QFont before = QApplication::font();
    QFont large = before;
    large.setPointSizeF(before.pointSizeF() * 1.25);
    QApplication::setFont(large);
    const auto restore = qScopeGuard([&] { QApplication::setFont(before); });
    m_window.reset();
    openWindow();
    QTableView* view = table();
    QHeaderView* header = view->horizontalHeader();
    int total = 0;
    QStringList widths;
    for (int column = 0; column < HistoryModel::ColumnCount; ++column) {
        total += header->sectionSize(column);
        widths << QStringLiteral("%1/%2").arg(header->sectionSize(column)).arg(header->sectionSizeHint(column));
    }
    QVERIFY2(total <= view->viewport()->width(),
             qPrintable(widths.join(u' ') + QStringLiteral(" in %1").arg(view->viewport()->width())));
    QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
    for (const int column : {int(HistoryModel::TimeColumn), int(HistoryModel::EditionColumn),
                             int(HistoryModel::PeriodColumn), int(HistoryModel::StateColumn)}) {
        const int needed = static_cast<QAbstractItemView*>(view)->sizeHintForColumn(column);
        QVERIFY2(needed <= header->sectionSize(column), qPrintable(QString::number(column)));
    }
    // The texts together did need more than the table's width: some elastic column was narrowed.
    int needed = 0;
    for (int column = 0; column < HistoryModel::ColumnCount; ++column)
        needed
            += qMax(static_cast<QAbstractItemView*>(view)->sizeHintForColumn(column), header->sectionSizeHint(column));
    QVERIFY2(needed > view->viewport()->width(), qPrintable(QString::number(needed)));
    // Headers stay readable.
    for (int column = 0; column < HistoryModel::ColumnCount; ++column)
        QVERIFY(header->sectionSize(column) >= header->sectionSizeHint(column));
}

void TestHistoryWindow::columnWidthsAreRemembered()
{
    QHeaderView* header = table()->horizontalHeader();
    const int defaultTime = header->sectionSize(HistoryModel::TimeColumn);
    const int name = header->sectionSize(HistoryModel::NameColumn) + 57;
    const int region = header->sectionSize(HistoryModel::RegionColumn) - 9;
    // As a drag on the header's edge does.
    header->resizeSection(HistoryModel::NameColumn, name);
    header->resizeSection(HistoryModel::RegionColumn, region);
    // A sort chosen in this window is not what the next one opens with: newest first.
    clickHeader(HistoryModel::NameColumn);
    QCOMPARE(header->sortIndicatorSection(), int(HistoryModel::NameColumn));

    m_window.reset();
    openWindow();
    header = table()->horizontalHeader();
    QCOMPARE(header->sectionSize(HistoryModel::NameColumn), name);
    QCOMPARE(header->sectionSize(HistoryModel::RegionColumn), region);
    QCOMPARE(header->sectionSize(HistoryModel::TimeColumn), defaultTime);
    QCOMPARE(header->sortIndicatorSection(), int(HistoryModel::TimeColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(model()->rowCount() >= 5);
    for (int row = 1; row < model()->rowCount(); ++row)
        QVERIFY(model()->entryAt(row - 1)->createdAt >= model()->entryAt(row)->createdAt);

    // A language change keeps them too.
    Language::apply(QStringLiteral("zh_CN"), false);
    QTRY_COMPARE(find<QComboBox>("siteFilterCombo")->itemText(1), QStringLiteral("中国站"));
    QCOMPARE(header->sectionSize(HistoryModel::NameColumn), name);
    QCOMPARE(header->sectionSize(HistoryModel::RegionColumn), region);
}

void TestHistoryWindow::unusableSavedWidthsAreIgnored_data()
{
    QTest::addColumn<QVariant>("state");
    QTest::addColumn<QVariant>("columnCount");
    QTest::newRow("not a header state") << QVariant(QByteArray("garbage")) << QVariant(int(HistoryModel::ColumnCount));
    QTest::newRow("empty") << QVariant(QByteArray()) << QVariant(int(HistoryModel::ColumnCount));
    QTest::newRow("other columns") << QVariant() << QVariant(3);
    QTest::newRow("no column count") << QVariant() << QVariant();
}

void TestHistoryWindow::unusableSavedWidthsAreIgnored()
{
    QFETCH(QVariant, state);
    QFETCH(QVariant, columnCount);
    QList<int> defaults;
    for (int column = 0; column < HistoryModel::ColumnCount; ++column)
        defaults << table()->horizontalHeader()->sectionSize(column);
    // A state saved by a window with other columns (here: with every column 300 wide and 3 of them).
    QHeaderView* header = table()->horizontalHeader();
    for (int column = 0; column < HistoryModel::ColumnCount - 1; ++column)
        header->resizeSection(column, 300);
    m_window.reset();
    QSettings settings;
    if (state.isValid())
        settings.setValue(QStringLiteral("historyWindow/columns"), state);
    if (columnCount.isValid())
        settings.setValue(QStringLiteral("historyWindow/columnCount"), columnCount);
    else
        settings.remove(QStringLiteral("historyWindow/columnCount"));

    openWindow();
    QList<int> widths;
    for (int column = 0; column < HistoryModel::ColumnCount; ++column)
        widths << table()->horizontalHeader()->sectionSize(column);
    QCOMPARE(widths, defaults);
    QCOMPARE(table()->horizontalScrollBar()->maximum(), 0);
    QVERIFY(model()->rowCount() >= 5);
}
