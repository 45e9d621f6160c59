#include "ui/Gui.h"

#include "ui/AppServices.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

namespace acrp::ui {

int runGui(QApplication& app)
{
    QCommandLineParser parser;
    QCommandLineOption languageOption(QStringLiteral("lang"),
                                      QApplication::translate("acrp::ui", "UI language for this run (en, zh_CN)."),
                                      QStringLiteral("code"));
    QCommandLineOption smokeOption(
        QStringLiteral("smoke-test"),
        QApplication::translate("acrp::ui", "Open the window, then quit (for packaging checks)."));
    parser.addOptions({languageOption, smokeOption});
    parser.process(app);

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/acrp/icons/acr-purchase.svg")));
    QApplication::setDesktopFileName(QStringLiteral("acr-purchase"));
    if (parser.isSet(languageOption))
        Language::apply(parser.value(languageOption), false);
    else
        Language::apply(Language::saved(), false);

    // The built-in, no-charge endpoint is the same sandbox the tests use, in this process, on loopback.
    AppServices services(AppServices::Options {});
    MainWindow window(services.context());
    window.showProblems(services.problems());
    window.show();
    if (parser.isSet(smokeOption)) {
        // Quit once the window is really shown and the first page laid out.
        QTimer::singleShot(0, &window, [&window] {
            window.repaint();
            QApplication::exit(window.isVisible() ? 0 : 1);
        });
    }
    return app.exec();
}

} // namespace acrp::ui
