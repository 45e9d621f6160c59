#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QTextStream>

class QObject;

namespace acrp::cli {

// What a sub-command reads and writes besides its arguments; tests give their own.
struct CommandContext
{
    QTextStream& out;
    QTextStream& err;
    QTextStream& in; // answers to the confirmation question
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    bool stdinIsTerminal = false;
    QString journalPath; // empty: Journal::defaultPath()
};

// True when the process's standard input is an interactive terminal.
bool standardInputIsTerminal();

// Runs the event loop until `sender` emits `signal` (a finished-style signal).
template<class Sender, class Signal> void waitForSignal(Sender* sender, Signal signal);

} // namespace acrp::cli

#include <QEventLoop>

template<class Sender, class Signal> void acrp::cli::waitForSignal(Sender* sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    loop.exec();
}
