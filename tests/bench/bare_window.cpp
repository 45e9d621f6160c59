// The baseline of the start-up and memory benchmarks (tests/bench/bench_startup.cpp): the least a Qt
// Widgets program does to put one window on the screen, built in this tree with the same compiler,
// flags and Qt as acr-purchase. With --smoke-test it quits once the window has been painted, exactly
// as `acr-purchase --smoke-test` does, so the two process lifetimes measure the same thing.
#include <QApplication>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const bool smokeTest = QApplication::arguments().contains(QStringLiteral("--smoke-test"));

    QWidget window;
    window.setWindowTitle(QStringLiteral("bare window"));
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("A bare Qt Widgets window."), &window));
    window.resize(760, 640); // the size of acr-purchase's main window
    window.show();
    if (smokeTest) {
        // The same sequence as ui/Gui.cpp: on the first turn of the event loop, paint, then quit.
        QTimer::singleShot(0, &window, [&window] {
            window.repaint();
            QApplication::exit(window.isVisible() ? 0 : 1);
        });
    }
    return QApplication::exec();
}
