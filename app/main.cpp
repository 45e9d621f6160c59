// Thin entry point: command-line words run the CLI without a display; no arguments (or only the
// wizard's options, such as --lang CODE) start the GUI. On Windows the program is a GUI-subsystem
// one with no console of its own: a command first attaches to the console it was started from.
#include "cli/Cli.h"
#include "core/Version.h"
#include "ui/Gui.h"

#include <QApplication>
#include <QCoreApplication>

#ifdef Q_OS_WIN
#include "launch/ParentConsole.h"
#endif

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QString::fromLatin1(acrp::kOrganizationName));
    QCoreApplication::setApplicationName(QString::fromLatin1(acrp::kApplicationName));
    QCoreApplication::setApplicationVersion(acrp::versionString());

    if (acrp::cli::wantsCommandLine(argc, argv)) {
#ifdef Q_OS_WIN
        acrp::launch::attachParentConsole();
#endif
        QCoreApplication app(argc, argv);
        return acrp::cli::run(app.arguments());
    }
    acrp::cli::checkWizardLanguage(argc, argv);
    QApplication app(argc, argv);
    return acrp::ui::runGui(app);
}
