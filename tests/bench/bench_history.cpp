// Benchmark 4 of issues 9 and 16: the order history window over a journal of 10 orders and larger ones
// (--rows, default 100,000 and 1,000,000), side by side in one run (offscreen).
//
//   open:   from constructing and showing HistoryWindow to its first rows painted;
//   search: from setting the search text (applied at once, as Enter does) to the matching rows painted
//           (read on a worker thread: the rows are the new ones when the model was reset). The term
//           is the instance name of the middle row ("team-5" in 10 rows, "team-50000" in 100,000):
//           one row at every size, as a name or an ID a user looks for.
//
// Each is the median of --runs runs (a new window per run, the journal open as in the app; each search
// starts from an idle window, whose reads for what came before have ended). The rows
// are bulk-inserted with raw SQL in one transaction after Journal::open made the schema
// (HistoryFill.h, shared with bench_stalls). Also printed, for information: when the "N orders"
// count arrives (counted on a worker thread, after the rows are shown), a common term ("team-1", in
// one row of nine) and a search that matches nothing.
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

using acrp::bench::fillJournal;
using acrp::bench::median;

// Notes when the table's viewport paints with rows in the model: after the model was reset when
// waiting for a search (whose rows arrive from a worker thread), at once otherwise.
class PaintWatch : public QObject
{
public:
    PaintWatch(QTableView* table)
        : m_table(table)
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

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_table->model()->rowCount() > 0 && (m_reset || !m_needReset))
            m_painted = true;
        return false;
    }

private:
    QTableView* m_table;
    bool m_painted = false;
    bool m_reset = false;
    bool m_needReset = false;
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
    QList<double> commonMs;
    QList<double> noMatchMs;
};

bool measure(Journal& journal, TemplateStore& templates, int runs, const QString& term, Figures* figures)
{
    AppContext context;
    context.journal = &journal;
    context.templates = &templates;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto window = std::make_unique<HistoryWindow>(context);
        auto* table = window->findChild<QTableView*>(QStringLiteral("historyTable"));
        PaintWatch watch(table);
        window->show();
        if (!spin([&] { return watch.painted(); }))
            return false;
        figures->openMs.append(timer.nsecsElapsed() / 1e6);
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
        if (!searchFor(term))
            return false;
        figures->searchMs.append(timer.nsecsElapsed() / 1e6);
        if (!spin([&] { return window->model()->totalCount() >= 0; }))
            return false;
        figures->countMs.append(timer.nsecsElapsed() / 1e6);

        if (!searchFor(kCommon))
            return false;
        figures->commonMs.append(timer.nsecsElapsed() / 1e6);

        // Nothing matches: nothing is painted, the count says 0.
        settle();
        timer.restart();
        search->setText(kNoMatch);
        emit search->returnPressed();
        if (!spin([&] { return !window->model()->isLoading() && window->model()->totalCount() == 0; }))
            return false;
        QApplication::processEvents();
        figures->noMatchMs.append(timer.nsecsElapsed() / 1e6);
        // Every read ends before the next window.
        window->model()->waitForReads();
    }
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
    QList<Figures> results;
    for (const int size : sizes) {
        Figures figures;
        {
            Journal journal(dir.filePath(QStringLiteral("journal-%1.sqlite").arg(size)));
            QString error;
            if (!journal.open(&error)) {
                std::fprintf(stderr, "bench_history: %s\n", qPrintable(error));
                return 1;
            }
            QElapsedTimer fillTimer;
            fillTimer.start();
            if (!fillJournal(journal, size, &error)) {
                std::fprintf(stderr, "bench_history: filling the journal: %s\n", qPrintable(error));
                return 1;
            }
            std::printf("journal of %d orders written in %.1f s\n", size, fillTimer.elapsed() / 1000.0);
            std::fflush(stdout);
        }
        // Opened again, as the app finds it (the bulk load's cache is gone).
        Journal journal(dir.filePath(QStringLiteral("journal-%1.sqlite").arg(size)));
        if (!journal.open())
            return 1;
        TemplateStore templates(journal);
        if (!measure(journal, templates, runs, QStringLiteral("team-%1").arg(size / 2), &figures)) {
            std::fprintf(stderr, "bench_history: the window did not show its rows within %d s\n", kTimeoutMs / 1000);
            return 1;
        }
        results.append(figures);
        QFile::remove(journal.path()); // 1,000,000 orders take 1 GB
    }

    const auto column = [&](QList<double> Figures::*list) {
        QList<double> values;
        for (const Figures& figures : std::as_const(results))
            values.append(median(figures.*list));
        return values;
    };
    const QList<double> open = column(&Figures::openMs);
    const QList<double> search = column(&Figures::searchMs);
    const QList<double> count = column(&Figures::countMs);
    const QList<double> common = column(&Figures::commonMs);
    const QList<double> noMatch = column(&Figures::noMatchMs);
    std::printf("\nHistory window, median of %d runs each (ms)", runs);
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
                        runs, search[i], rows, search[0], search[i] / search[0], kTargetRatio,
                        qPrintable(verdict(search[i] / search[0])));
        else
            std::printf("RESULT|4 History: search to first rows painted (median of %d)|%.1f ms with %d orders|%.1f "
                        "ms with 10|%.2fx|none|info\n",
                        runs, search[i], rows, search[0], search[i] / search[0]);
        if (rows >= 1'000'000)
            std::printf("RESULT|4 History: search to first rows painted, absolute (median of %d)|%.1f ms with %d "
                        "orders|none|-|< %.0f ms|%s\n",
                        runs, search[i], rows, kSearchTargetMs, search[i] < kSearchTargetMs ? "met" : "MISSED");
        std::printf("RESULT|4 History: search to count shown, worker thread (median of %d)|%.1f ms with %d orders|%.1f "
                    "ms with 10|%.2fx|none|info\n",
                    runs, count[i], rows, count[0], count[i] / count[0]);
        std::printf("RESULT|4 History: search a common term (1 row in 9) to rows painted (median of %d)|%.1f ms with "
                    "%d orders|%.1f ms with 10|%.2fx|none|info\n",
                    runs, common[i], rows, common[0], common[i] / common[0]);
        std::printf("RESULT|4 History: search matching nothing (median of %d)|%.1f ms with %d orders|%.1f ms with "
                    "10|%.2fx|none|info\n",
                    runs, noMatch[i], rows, noMatch[0], noMatch[i] / noMatch[0]);
    }
    return 0;
}
