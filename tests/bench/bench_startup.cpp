// Benchmarks 1 and 2 of issue 9: start-up time and peak memory of acr-purchase against a bare Qt
// Widgets window built in this tree (bare_window.cpp).
//
// Each program runs with --smoke-test, which paints the first window (the wizard's first page for
// acr-purchase) and quits at once, so "process start to exit" is start-up to first paint plus a
// short tear-down, the same for both. Runs alternate between the programs (and which goes first), so
// a machine that slows down or speeds up during the run affects both alike. Every run gets a fresh
// HOME/XDG tree in a temporary folder (the app never sees the user's settings, journal or keychain)
// and QT_QPA_PLATFORM=offscreen.
//
// On Unix the child is started with posix_spawn and reaped with wait4(), which gives that one
// child's peak RSS and CPU time (getrusage(RUSAGE_CHILDREN) only has the largest child so far, and
// QProcess reaps its children itself). Elsewhere QProcess is used and only the time is measured.
//
// Prints a table and "RESULT|..." lines that installer/bench.sh gathers into its summary.
#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#else
#include <QProcess>
#endif

namespace {

constexpr double kTargetRatio = 1.3;
constexpr int kTimeoutSeconds = 60;

// One run of one program.
struct Sample
{
    double wallMs = 0;
    double cpuMs = -1; // user + system; -1 where it cannot be measured
    double maxRssMiB = -1; // peak resident set; -1 where it cannot be measured
};

struct Program
{
    QString name;
    QString path;
    QList<Sample> samples;
    QStringList arguments = {QStringLiteral("--smoke-test")}; // quit after the first paint
};

using acrp::bench::median;

template<class Field> QList<double> column(const QList<Sample>& samples, Field field)
{
    QList<double> values;
    for (const Sample& sample : samples)
        values.append(sample.*field);
    return values;
}

// The environment of one run: the caller's, with a private HOME and XDG tree, the offscreen
// platform, a fixed locale, and a session bus address that leads nowhere (nothing may reach the
// user's keychain).
QProcessEnvironment runEnvironment(const QString& home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + home + QStringLiteral("/no-session-bus"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    return environment;
}

void printFailure(const Program& program, const QString& why, const QString& stderrPath)
{
    QFile log(stderrPath);
    const QByteArray output = log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
    std::fprintf(stderr, "bench_startup: %s %s\n%s\n", qPrintable(program.name), qPrintable(why), output.constData());
}

#ifdef Q_OS_UNIX
void onAlarm(int) { }

// Starts the program, waits for it, and measures wall time, CPU time and peak RSS of that child.
bool runOnce(const Program& program, Sample* sample)
{
    QTemporaryDir home;
    if (!home.isValid()) {
        std::fprintf(stderr, "bench_startup: no temporary folder: %s\n", qPrintable(home.errorString()));
        return false;
    }
    const QString stderrPath = home.filePath(QStringLiteral("stderr.txt"));
    const QByteArray executable = QFile::encodeName(program.path);
    QList<QByteArray> arguments = {executable};
    for (const QString& argument : program.arguments)
        arguments.append(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    QList<QByteArray> environment;
    for (const QString& entry : runEnvironment(home.path()).toStringList())
        environment.append(entry.toLocal8Bit());
    std::vector<char*> envp;
    for (QByteArray& entry : environment)
        envp.push_back(entry.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    const QByteArray stderrFile = QFile::encodeName(stderrPath);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, stderrFile.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);

    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawnError = posix_spawn(&pid, executable.constData(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawnError != 0) {
        printFailure(program, QStringLiteral("could not start: %1").arg(QString::fromLocal8Bit(strerror(spawnError))),
                     stderrPath);
        return false;
    }
    // A hung child must not hang the benchmark: SIGALRM interrupts wait4() (no SA_RESTART).
    struct sigaction action = {};
    action.sa_handler = onAlarm;
    sigemptyset(&action.sa_mask);
    sigaction(SIGALRM, &action, nullptr);
    alarm(kTimeoutSeconds);
    int status = 0;
    struct rusage usage = {};
    pid_t waited = wait4(pid, &status, 0, &usage);
    const qint64 elapsedNs = timer.nsecsElapsed();
    alarm(0);
    if (waited < 0 && errno == EINTR) {
        kill(pid, SIGKILL);
        wait4(pid, &status, 0, &usage);
        printFailure(program, QStringLiteral("did not quit within %1 s").arg(kTimeoutSeconds), stderrPath);
        return false;
    }
    if (waited != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        printFailure(program, QStringLiteral("failed (wait status %1)").arg(status), stderrPath);
        return false;
    }
    sample->wallMs = double(elapsedNs) / 1e6;
    sample->cpuMs = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
#ifdef Q_OS_DARWIN
    sample->maxRssMiB = double(usage.ru_maxrss) / (1024.0 * 1024.0); // bytes on macOS
#else
    sample->maxRssMiB = double(usage.ru_maxrss) / 1024.0; // KiB on Linux and the BSDs
#endif
    return true;
}
#else
bool runOnce(const Program& program, Sample* sample)
{
    QTemporaryDir home;
    QProcess process;
    process.setProcessEnvironment(runEnvironment(home.path()));
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(home.filePath(QStringLiteral("stderr.txt")));
    QElapsedTimer timer;
    timer.start();
    process.start(program.path, {program.option});
    if (!process.waitForFinished(kTimeoutSeconds * 1000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        printFailure(program, process.errorString(), home.filePath(QStringLiteral("stderr.txt")));
        process.kill();
        process.waitForFinished();
        return false;
    }
    sample->wallMs = double(timer.nsecsElapsed()) / 1e6;
    return true;
}
#endif

QString figure(double value, int decimals = 1)
{
    return value < 0 ? QStringLiteral("n/a") : QString::number(value, 'f', decimals);
}

// a / b, or -1 (shown as n/a) where either figure could not be measured.
double ratioOf(double a, double b)
{
    return a < 0 || b <= 0 ? -1 : a / b;
}

QString verdict(double ratio)
{
    if (ratio < 0)
        return QStringLiteral("n/a");
    return ratio <= kTargetRatio ? QStringLiteral("met") : QStringLiteral("MISSED");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Start-up to first paint and peak RSS of acr-purchase vs a bare Qt Widgets window."));
    parser.addHelpOption();
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("The acr-purchase executable."),
                                       QStringLiteral("path"), QStringLiteral(ACRP_BENCH_APP));
    const QCommandLineOption bareOption(QStringLiteral("bare"), QStringLiteral("The bare_window executable."),
                                        QStringLiteral("path"), QStringLiteral(ACRP_BENCH_BARE));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Measured runs of each (at least 10)."),
                                        QStringLiteral("n"), QStringLiteral("15"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("Print every run."));
    parser.addOptions({appOption, bareOption, runsOption, verboseOption});
    parser.process(app);

    const int runs = parser.value(runsOption).toInt();
    if (runs < 10) {
        std::fprintf(stderr, "bench_startup: --runs must be at least 10\n");
        return 2;
    }
    // The third: acr-purchase until its start-up is finished (journal open, every page built), for
    // information; the first paint comes before that. The fourth: Qt's own widgets in the shape of the
    // first page, with nothing of the program (bare_window.cpp), which tells what such a page costs in
    // Qt and what the program costs above it.
    QList<Program> programs
        = {{QStringLiteral("acr-purchase"), parser.value(appOption), {}},
           {QStringLiteral("bare_window"), parser.value(bareOption), {}},
           {QStringLiteral("acr (ready)"), parser.value(appOption), {}, {QStringLiteral("--smoke-test-ready")}},
           {QStringLiteral("bare page"),
            parser.value(bareOption),
            {},
            {QStringLiteral("--smoke-test"), QStringLiteral("--first-page")}}};
    for (const Program& program : programs) {
        if (!QFileInfo(program.path).isExecutable()) {
            std::fprintf(stderr, "bench_startup: %s is not an executable\n", qPrintable(program.path));
            return 2;
        }
    }

    // One run of each first, not counted: loads the binaries and Qt's plugins into the page cache.
    for (const Program& program : programs) {
        Sample warmUp;
        if (!runOnce(program, &warmUp))
            return 1;
    }
    for (int run = 0; run < runs; ++run) {
        for (int i = 0; i < programs.size(); ++i) {
            Program& program = programs[(run + i) % programs.size()];
            Sample sample;
            if (!runOnce(program, &sample))
                return 1;
            program.samples.append(sample);
            if (parser.isSet(verboseOption))
                std::printf("run %2d %-13s %8.1f ms  cpu %8s ms  rss %6s MiB\n", run + 1, qPrintable(program.name),
                            sample.wallMs, qPrintable(figure(sample.cpuMs)), qPrintable(figure(sample.maxRssMiB)));
        }
    }

    std::printf("Start-up: process start -> first window painted -> exit (--smoke-test, offscreen), %d runs each, "
                "alternating\n",
                runs);
    std::printf("%-13s %10s %8s %8s %11s %14s\n", "program", "median ms", "min ms", "max ms", "median CPU",
                "peak RSS MiB");
    QList<double> wall, rss, cpu;
    for (const Program& program : programs) {
        const QList<double> times = column(program.samples, &Sample::wallMs);
        wall.append(median(times));
        rss.append(median(column(program.samples, &Sample::maxRssMiB)));
        cpu.append(median(column(program.samples, &Sample::cpuMs)));
        std::printf("%-13s %10.1f %8.1f %8.1f %8s ms %14s\n", qPrintable(program.name), wall.constLast(),
                    *std::min_element(times.cbegin(), times.cend()), *std::max_element(times.cbegin(), times.cend()),
                    qPrintable(figure(cpu.constLast())), qPrintable(figure(rss.constLast())));
    }
    const double wallRatio = wall.at(0) / wall.at(1);
    const double rssRatio = ratioOf(rss.at(0), rss.at(1));
    std::printf("ratio acr-purchase / bare_window: start-up %.2fx, peak RSS %sx (target <= %.1fx each)\n\n", wallRatio,
                qPrintable(figure(rssRatio, 2)), kTargetRatio);
    std::printf("RESULT|1 Start-up to first paint (median of %d)|%.1f ms|bare window %.1f ms|%.2fx|<= %.1fx|%s\n", runs,
                wall.at(0), wall.at(1), wallRatio, kTargetRatio, qPrintable(verdict(wallRatio)));
    // CPU time is much less sensitive than wall time to other load on the machine: a second view.
    const double cpuRatio = ratioOf(cpu.at(0), cpu.at(1));
    std::printf("RESULT|1 Start-up CPU time to first paint, user+sys (median of %d)|%s ms|bare window %s ms|%sx|<= "
                "%.1fx|%s\n",
                runs, qPrintable(figure(cpu.at(0))), qPrintable(figure(cpu.at(1))), qPrintable(figure(cpuRatio, 2)),
                kTargetRatio, qPrintable(cpuRatio < 0 ? QStringLiteral("n/a") : verdict(cpuRatio)));
    std::printf("RESULT|2 Peak RSS after start-up (median of %d)|%s MiB|bare window %s MiB|%sx|<= %.1fx|%s\n", runs,
                qPrintable(figure(rss.at(0))), qPrintable(figure(rss.at(1))), qPrintable(figure(rssRatio, 2)),
                kTargetRatio, qPrintable(verdict(rssRatio)));
    std::printf("RESULT|1 Start-up until ready: journal open, every page built (median of %d)|%.1f ms, CPU %s ms, "
                "%s MiB|bare window %.1f ms|%.2fx|none|info\n",
                runs, wall.at(2), qPrintable(figure(cpu.at(2))), qPrintable(figure(rss.at(2))), wall.at(1),
                wall.at(2) / wall.at(1));
    std::printf("RESULT|1 Bare first page: Qt's widgets in the first page's shape, nothing of the program (median of "
                "%d)|%.1f ms, CPU %s ms, %s MiB|bare window %.1f ms, CPU %s ms, %s MiB|%.2fx, CPU %sx, RSS %sx|none|"
                "info\n",
                runs, wall.at(3), qPrintable(figure(cpu.at(3))), qPrintable(figure(rss.at(3))), wall.at(1),
                qPrintable(figure(cpu.at(1))), qPrintable(figure(rss.at(1))), wall.at(3) / wall.at(1),
                qPrintable(figure(ratioOf(cpu.at(3), cpu.at(1)), 2)),
                qPrintable(figure(ratioOf(rss.at(3), rss.at(1)), 2)));
    std::printf("RESULT|1 acr-purchase above the bare first page (the program's own cost)|%.1f ms, CPU %s ms, %s "
                "MiB|bare first page %.1f ms|%.2fx, CPU %sx, RSS %sx|none|info\n",
                wall.at(0), qPrintable(figure(cpu.at(0))), qPrintable(figure(rss.at(0))), wall.at(3),
                wall.at(0) / wall.at(3), qPrintable(figure(ratioOf(cpu.at(0), cpu.at(3)), 2)),
                qPrintable(figure(ratioOf(rss.at(0), rss.at(3)), 2)));
    return 0;
}
