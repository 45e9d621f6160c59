// Benchmark 4 of issues 9 and 16: the order history window over a journal of 10 orders and larger ones
// (--rows, default 100,000 and 1,000,000), side by side in one run (offscreen).
//
//   open:   from constructing and showing HistoryWindow to its first rows painted;
//   search: from setting the search text (applied at once, as Enter does) to the matching rows painted
//           (read on a worker thread: the rows are the new ones when the model was reset). The term
//           is the instance name of a row from the middle on, the next one each search ("team-5" ...
//           "team-9" and again in 10 rows, "team-50000", "team-50001" ... in 100,000): one row at
//           every size, as a person looks up one order after another (what the index's probes found
//           for the trigrams the names share is kept from one search to the next, as in the app).
//
// Each figure ends when the table's viewport has painted those rows (PaintWatch), not when the event
// loop next returns: the loop went on with the events that came after the paint (the count's answer,
// the reader's opening, the window's other widgets), up to its 5 ms slice, which added 0.2-0.5 ms to
// a search and 4-5 ms to an open (at 10 orders, a search took 0.9-1.3 ms and an open 9.5-11 ms that
// way, and take 0.7-0.8 ms and 5.3-5.5 ms this way).
//
// Open is the median of --runs windows; each window searches three names in turn (each followed by
// the common term and a term that matches nothing, so that every name's rows are as cold as the
// first's), and the search figures are the median of those 3 x --runs searches (each from an idle
// window, whose reads for what came before have ended). A new window per run, the journal open as
// in the app; the runs on 10 orders alternate with those on each larger journal. The rows are
// bulk-inserted with raw SQL in one transaction after Journal::open made the schema (HistoryFill.h,
// shared with bench_stalls). Also printed, for information: when the "N orders" count arrives
// (counted on a worker thread, after the rows are shown), the same first page read alone by
// Journal::entries on the main thread's connection (the query's share of the search), a common term
// ("team-1", in one row of nine) and a search that matches nothing.
//
// Prints a table and "RESULT|..." lines that installer/bench.sh gathers into its summary.
#include "BenchSupport.h"
#include "HistoryFill.h"
#include "core/store/Journal.h"
#include "core/store/TemplateStore.h"
#include "ui/HistoryModel.h"
#include "ui/HistoryWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace acrp;
using namespace acrp::ui;

namespace {

constexpr double kTargetRatio = 1.5;
constexpr int kTimeoutMs = 60000;
const QString kCommon = QStringLiteral("team-1"); // about one row in nine of a large journal
const QString kNoMatch = QStringLiteral("no-such-order");
constexpr double kSearchTargetMs = 50; // at 1,000,000 orders
constexpr int kNamesPerWindow = 3;

using acrp::bench::fillJournal;
using acrp::bench::median;

// Notes when the table's viewport has painted with rows in the model: after the model was reset when
// waiting for a search (whose rows arrive from a worker thread), at once otherwise. The instant is
// taken when that paint ends (the watch hands the paint event on to the viewport itself), not when
// the event loop returns: the loop may handle later events first (the count's answer, say).
class PaintWatch : public QObject
{
public:
    PaintWatch(QTableView* table, const QElapsedTimer* clock)
        : m_table(table)
        , m_clock(clock)
    {
        table->viewport()->installEventFilter(this);
        connect(table->model(), &QAbstractItemModel::modelReset, this, [this] { m_reset = true; });
    }
    void waitForReset()
    {
        m_painted = false;
        m_reset = false;
        m_needReset = true;
    }
    bool painted() const { return m_painted; }
    // The clock's reading when the paint ended.
    double paintedMs() const { return m_paintedNs / 1e6; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (m_handing || m_painted || event->type() != QEvent::Paint || m_table->model()->rowCount() == 0
            || (m_needReset && !m_reset))
            return false;
        m_handing = true;
        QCoreApplication::sendEvent(watched, event); // the viewport paints now
        m_handing = false;
        m_paintedNs = m_clock->nsecsElapsed();
        m_painted = true;
        return true;
    }

private:
    QTableView* m_table;
    const QElapsedTimer* m_clock;
    qint64 m_paintedNs = 0;
    bool m_painted = false;
    bool m_reset = false;
    bool m_needReset = false;
    bool m_handing = false;
};

// Runs the event loop until `done`; false on timeout.
bool spin(const std::function<bool()>& done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > kTimeoutMs)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

struct Figures
{
    QList<double> openMs;
    QList<double> searchMs;
    QList<double> countMs; // from the search to the count shown
    QList<double> queryMs; // the search's first page read by Journal::entries alone
    QList<double> commonMs;
    QList<double> noMatchMs;
};

// A journal of `size` rows, named team-0 ... team-<size - 1>, open as the app finds it, and its figures.
struct Subject
{
    int size = 0;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<TemplateStore> templates;
    Figures figures;
};

// Writes the journal, then opens it again, as the app finds it (the bulk load's cache is gone).
std::unique_ptr<Subject> makeSubject(const QString& path, int size, QString* error)
{
    {
        Journal journal(path);
        if (!journal.open(error))
            return nullptr;
        QElapsedTimer fillTimer;
        fillTimer.start();
        if (!fillJournal(journal, size, error))
            return nullptr;
        std::printf("journal of %d orders written in %.1f s\n", size, fillTimer.elapsed() / 1000.0);
        std::fflush(stdout);
    }
    auto subject = std::make_unique<Subject>();
    subject->size = size;
    subject->journal = std::make_unique<Journal>(path);
    if (!subject->journal->open(error))
        return nullptr;
    subject->templates = std::make_unique<TemplateStore>(*subject->journal);
    return subject;
}

// One run (number `run`) of every figure on `subject`'s journal, in a new window.
bool measure(Subject& subject, int run)
{
    AppContext context;
    context.journal = subject.journal.get();
    context.templates = subject.templates.get();
    const int size = subject.size;
    Figures* figures = &subject.figures;
    QElapsedTimer timer;
    timer.start();
    auto window = std::make_unique<HistoryWindow>(context);
    auto* table = window->findChild<QTableView*>(QStringLiteral("historyTable"));
    PaintWatch watch(table, &timer);
    window->show();
    if (!spin([&] { return watch.painted(); }))
        return false;
    figures->openMs.append(watch.paintedMs());
    // Let the count of the opening query land before the search.
    if (!spin([&] { return window->model()->totalCount() >= 0; }))
        return false;

    auto* search = window->findChild<QLineEdit*>(QStringLiteral("historySearchEdit"));
    // Each search starts from an idle window: the reads for what came before (the reader's
    // opening, the last search's count) have ended and handed over, as they have long done by
    // the time a person types.
    const auto settle = [&] {
        window->model()->waitForReads();
        QApplication::processEvents();
    };
    const auto searchFor = [&](const QString& text) {
        settle();
        watch.waitForReset();
        timer.restart();
        search->setText(text);
        emit search->returnPressed(); // at once, as Enter does (typing waits for a pause first)
        return spin([&] { return watch.painted(); });
    };
    // Several names a window (each followed by the common term and a term that matches nothing, so
    // each name's rows are as cold as the first one's): a median of more searches than windows, the
    // noisiest figure here.
    for (int name = 0; name < kNamesPerWindow; ++name) {
        const int nth = run * kNamesPerWindow + name;
        if (!searchFor(QStringLiteral("team-%1").arg(size / 2 + nth % (size / 2))))
            return false;
        figures->searchMs.append(watch.paintedMs());
        if (!spin([&] { return window->model()->totalCount() >= 0; }))
            return false;
        figures->countMs.append(timer.nsecsElapsed() / 1e6);
        // The same query again, alone: on the main thread's connection to the journal (whose cache has
        // not read these rows either), without the window; the index's probes are known by now.
        JournalQuery page = window->model()->query();
        page.offset = 0;
        page.limit = HistoryModel::kFirstPageSize;
        timer.restart();
        if (subject.journal->entries(page).size() != 1)
            return false;
        figures->queryMs.append(timer.nsecsElapsed() / 1e6);

        if (!searchFor(kCommon))
            return false;
        figures->commonMs.append(watch.paintedMs());

        // Nothing matches: nothing is painted, the count says 0.
        settle();
        timer.restart();
        search->setText(kNoMatch);
        emit search->returnPressed();
        if (!spin([&] { return !window->model()->isLoading() && window->model()->totalCount() == 0; }))
            return false;
        QApplication::processEvents();
        figures->noMatchMs.append(timer.nsecsElapsed() / 1e6);
    }
    // Every read ends before the next window.
    window->model()->waitForReads();
    return true;
}

QString verdict(double ratio)
{
    return ratio <= kTargetRatio ? QStringLiteral("met") : QStringLiteral("MISSED");
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("History window: first rows and search, 10 orders vs 100,000 and 1,000,000."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure (>= 5)."),
                                        QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Orders in the large journals, comma-separated (>= 1000 each)."),
                                        QStringLiteral("N,..."), QStringLiteral("100000,1000000"));
    parser.addOptions({runsOption, rowsOption});
    parser.process(app);
    const int runs = std::max(5, parser.value(runsOption).toInt());
    QList<int> sizes = {10};
    for (const QString& item : parser.value(rowsOption).split(u',', Qt::SkipEmptyParts))
        sizes.append(std::max(1000, item.trimmed().toInt()));

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_history: no temporary folder\n");
        return 1;
    }
    // The small journal's runs alternate with each large one's, so that a slower spell of a shared
    // machine falls on both sides of a ratio alike.
    QList<Figures> results;
    QString error;
    const std::unique_ptr<Subject> small
        = makeSubject(dir.filePath(QStringLiteral("journal-small.sqlite")), 10, &error);
    if (!small) {
        std::fprintf(stderr, "bench_history: %s\n", qPrintable(error));
        return 1;
    }
    for (qsizetype i = 1; i < sizes.size(); ++i) {
        const std::unique_ptr<Subject> large
            = makeSubject(dir.filePath(QStringLiteral("journal-%1.sqlite").arg(sizes.at(i))), sizes.at(i), &error);
        if (!large) {
            std::fprintf(stderr, "bench_history: %s\n", qPrintable(error));
            return 1;
        }
        for (int run = 0; run < runs; ++run) {
            if (!measure(*small, run) || !measure(*large, run)) {
                std::fprintf(stderr, "bench_history: the window did not show its rows within %d s\n",
                             kTimeoutMs / 1000);
                return 1;
            }
        }
        results.append(large->figures);
        QFile::remove(large->journal->path()); // 1,000,000 orders take 1 GB
    }
    results.prepend(small->figures);

    const auto column = [&](QList<double> Figures::*list) {
        QList<double> values;
        for (const Figures& figures : std::as_const(results))
            values.append(median(figures.*list));
        return values;
    };
    const QList<double> open = column(&Figures::openMs);
    const QList<double> search = column(&Figures::searchMs);
    const QList<double> count = column(&Figures::countMs);
    const QList<double> query = column(&Figures::queryMs);
    const int searches = runs * kNamesPerWindow;
    const QList<double> common = column(&Figures::commonMs);
    const QList<double> noMatch = column(&Figures::noMatchMs);
    std::printf("\nHistory window (ms): open, median of %d; searches, of %d", runs, searches);
    for (const int size : std::as_const(sizes))
        std::printf(" %11s", qPrintable(QStringLiteral("%1 rows").arg(size)));
    std::printf("\n");
    const auto line = [&](const char* name, const QList<double>& values) {
        std::printf("  %-42s", name);
        for (const double value : values)
            std::printf(" %11.1f", value);
        std::printf("\n");
    };
    line("open -> first rows painted", open);
    line("search a name (1 row) -> rows painted", search);
    line("search -> \"N orders\" count shown (info)", count);
    line("  its first page read alone (info)", query);
    line("search \"team-1\" (1 row in 9) -> painted (info)", common);
    line("search matching nothing -> shown (info)", noMatch);
    std::printf("\n");

    for (qsizetype i = 1; i < sizes.size(); ++i) {
        const int rows = sizes.at(i);
        std::printf("RESULT|4 History: open to first rows painted (median of %d)|%.1f ms with %d orders|%.1f ms "
                    "with 10|%.2fx|<= %.1fx|%s\n",
                    runs, open[i], rows, open[0], open[i] / open[0], kTargetRatio,
                    qPrintable(verdict(open[i] / open[0])));
        // The targets for search: a ratio at 100,000 orders, an absolute time at 1,000,000.
        if (rows < 1'000'000)
            std::printf("RESULT|4 History: search to first rows painted (median of %d)|%.1f ms with %d orders|%.1f "
                        "ms with 10|%.2fx|<= %.1fx|%s\n",
                        searches, search[i], rows, search[0], search[i] / search[0], kTargetRatio,
                        qPrintable(verdict(search[i] / search[0])));
        else
            std::printf("RESULT|4 History: search to first rows painted (median of %d)|%.1f ms with %d orders|%.1f "
                        "ms with 10|%.2fx|none|info\n",
                        searches, search[i], rows, search[0], search[i] / search[0]);
        if (rows >= 1'000'000)
            std::printf("RESULT|4 History: search to first rows painted, absolute (median of %d)|%.1f ms with %d "
                        "orders|none|-|< %.0f ms|%s\n",
                        searches, search[i], rows, kSearchTargetMs, search[i] < kSearchTargetMs ? "met" : "MISSED");
        std::printf("RESULT|4 History: search to count shown, worker thread (median of %d)|%.1f ms with %d orders|%.1f "
                    "ms with 10|%.2fx|none|info\n",
                    searches, count[i], rows, count[0], count[i] / count[0]);
        std::printf(
            "RESULT|4 History: search's first page read alone, Journal::entries on the main connection (median of "
            "%d)|%.1f ms with %d orders|%.1f ms with 10|%.2fx|none|info\n",
            searches, query[i], rows, query[0], query[i] / query[0]);
        std::printf("RESULT|4 History: search a common term (1 row in 9) to rows painted (median of %d)|%.1f ms with "
                    "%d orders|%.1f ms with 10|%.2fx|none|info\n",
                    searches, common[i], rows, common[0], common[i] / common[0]);
        std::printf("RESULT|4 History: search matching nothing (median of %d)|%.1f ms with %d orders|%.1f ms with "
                    "10|%.2fx|none|info\n",
                    searches, noMatch[i], rows, noMatch[0], noMatch[i] / noMatch[0]);
    }
    return 0;
}
