// Benchmark 4 of issue 9: the order history window over a journal of 10 orders and one of 100,000,
// side by side in one run (offscreen).
//
//   open:   from constructing and showing HistoryWindow to its first rows painted;
//   search: from setting the search text (applied at once, as Enter does) to the matching rows painted.
//
// Each is the median of --runs runs (a new window per run, the journal open as in the app). The
// 100,000 rows are bulk-inserted with raw SQL in one transaction after Journal::open made the schema
// (HistoryFill.h, shared with bench_stalls).
// Also printed, for information: when the "N orders" count arrives (counted on a worker thread, after
// the rows are shown) and a search that matches nothing (SQLite scans every row for it).
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
const QString kSearch = QStringLiteral("team-1"); // about one row in nine of the large journal
const QString kNoMatch = QStringLiteral("no-such-order");

using acrp::bench::fillJournal;
using acrp::bench::median;

// Notes when the table's viewport paints with rows in the model.
class PaintWatch : public QObject
{
public:
    PaintWatch(QTableView* table)
        : m_table(table)
    {
        table->viewport()->installEventFilter(this);
    }
    void reset() { m_painted = false; }
    bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_table->model()->rowCount() > 0)
            m_painted = true;
        return false;
    }

private:
    QTableView* m_table;
    bool m_painted = false;
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
    QList<double> noMatchMs;
};

bool measure(Journal& journal, TemplateStore& templates, int runs, Figures* figures)
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
        watch.reset();
        timer.restart();
        search->setText(kSearch);
        emit search->returnPressed(); // at once, as Enter does (typing waits for a pause first)
        if (!spin([&] { return watch.painted(); }))
            return false;
        figures->searchMs.append(timer.nsecsElapsed() / 1e6);
        if (!spin([&] { return window->model()->totalCount() >= 0; }))
            return false;
        figures->countMs.append(timer.nsecsElapsed() / 1e6);

        // Nothing matches: the query reads every row before it can say so.
        timer.restart();
        search->setText(kNoMatch);
        emit search->returnPressed();
        if (!spin([&] { return window->model()->totalCount() == 0; }))
            return false;
        QApplication::processEvents();
        figures->noMatchMs.append(timer.nsecsElapsed() / 1e6);
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
    parser.setApplicationDescription(QStringLiteral("History window: first rows and search, 10 vs 100,000 orders."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure (>= 5)."),
                                        QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Orders in the large journal."),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOptions({runsOption, rowsOption});
    parser.process(app);
    const int runs = std::max(5, parser.value(runsOption).toInt());
    const int largeRows = std::max(1000, parser.value(rowsOption).toInt());

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_history: no temporary folder\n");
        return 1;
    }
    const QList<int> sizes = {10, largeRows};
    QList<Figures> results;
    for (const int size : sizes) {
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
        TemplateStore templates(journal);
        Figures figures;
        if (!measure(journal, templates, runs, &figures)) {
            std::fprintf(stderr, "bench_history: the window did not show its rows within %d s\n", kTimeoutMs / 1000);
            return 1;
        }
        results.append(figures);
    }

    const Figures& small = results.at(0);
    const Figures& large = results.at(1);
    const double open[2] = {median(small.openMs), median(large.openMs)};
    const double search[2] = {median(small.searchMs), median(large.searchMs)};
    const double count[2] = {median(small.countMs), median(large.countMs)};
    const double noMatch[2] = {median(small.noMatchMs), median(large.noMatchMs)};
    std::printf("\nHistory window, median of %d runs each (ms)  %10s %12s %8s\n", runs, "10 rows",
                qPrintable(QStringLiteral("%1 rows").arg(largeRows)), "ratio");
    const auto line = [](const char* name, const double* values) {
        std::printf("  %-42s %10.1f %12.1f %7.2fx\n", name, values[0], values[1], values[1] / values[0]);
    };
    line("open -> first rows painted", open);
    line("search \"team-1\" -> first rows painted", search);
    line("search -> \"N orders\" count shown (info)", count);
    line("search matching nothing -> shown (info)", noMatch);
    std::printf("\n");

    std::printf("RESULT|4 History: open to first rows painted (median of %d)|%.1f ms with %d orders|%.1f ms with 10|"
                "%.2fx|<= %.1fx|%s\n",
                runs, open[1], largeRows, open[0], open[1] / open[0], kTargetRatio,
                qPrintable(verdict(open[1] / open[0])));
    std::printf("RESULT|4 History: search to first rows painted (median of %d)|%.1f ms with %d orders|%.1f ms with "
                "10|%.2fx|<= %.1fx|%s\n",
                runs, search[1], largeRows, search[0], search[1] / search[0], kTargetRatio,
                qPrintable(verdict(search[1] / search[0])));
    std::printf("RESULT|4 History: search to count shown, worker thread (median of %d)|%.1f ms with %d orders|%.1f ms "
                "with 10|%.2fx|none|info\n",
                runs, count[1], largeRows, count[0], count[1] / count[0]);
    std::printf("RESULT|4 History: search matching nothing (median of %d)|%.1f ms with %d orders|%.1f ms with "
                "10|%.2fx|none|info\n",
                runs, noMatch[1], largeRows, noMatch[0], noMatch[1] / noMatch[0]);
    return 0;
}
