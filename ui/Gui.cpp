#include "ui/Gui.h"

#include "ui/AppServices.h"
#include "ui/Icons.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
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
    QCommandLineOption smokeReadyOption(
        QStringLiteral("smoke-test-ready"),
        QApplication::translate("acrp::ui",
                                "Open the window, open the order journal and build every page, then quit (for "
                                "benchmarks)."));
    parser.addOptions({languageOption, smokeOption, smokeReadyOption});
    parser.process(app);

    QApplication::setDesktopFileName(QStringLiteral("acr-purchase"));
    if (parser.isSet(languageOption))
        Language::apply(parser.value(languageOption), false);
    else
        Language::apply(Language::saved(), false);
    Icons::useFusionWithoutImagePlugins(app); // after the language, which may turn the layout

    // What the first page needs, then the page; the journal after the first paint, the built-in
    // sandbox (in this process, on loopback) when it is first used.
    AppServices::Options options;
    options.deferred = true;
    AppServices services(options);
    MainWindow window(services);
    window.showProblems(services.problems());
    if (parser.isSet(smokeOption)) {
        // Quit once the window is really shown and the first page painted.
        window.setFinishAfterFirstPaint(false);
        QObject::connect(&window, &MainWindow::firstPainted, &window,
                         [&window] { QApplication::exit(window.isVisible() ? 0 : 1); });
    } else if (parser.isSet(smokeReadyOption)) {
        // ... and once every service is ready and every page built.
        QObject::connect(&window, &MainWindow::started, &window, [&window] {
            window.repaint();
            QApplication::exit(window.isVisible() ? 0 : 1);
        });
    }
    window.show();
    return app.exec();
}

} // namespace acrp::ui
