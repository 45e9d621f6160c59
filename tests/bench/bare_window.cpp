// The baselines of the start-up and memory benchmarks (tests/bench/bench_startup.cpp), built in this
// tree with the same compiler, flags and Qt as acr-purchase. With --smoke-test each quits once its
// window has been painted, exactly as `acr-purchase --smoke-test` does, so the process lifetimes
// measure the same thing.
//
// - The bare window (no option): the least a Qt Widgets program does to put one window on the screen.
// - The bare first page (--first-page): Qt's own widgets in the shape of acr-purchase's first page
//   and nothing else: a main window with five menus of 35 actions, a modern-style QWizard with a
//   logo, a bold title and a subtitle, a tinted banner, a form of three combo boxes with a button and
//   a hint, a line edit with a clear button, and the wizard's buttons. No file, no service, no
//   library but Qt Widgets. What acr-purchase costs above it is the program's own; what it costs
//   above the bare window is what such a page costs in Qt.
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPalette>
#include <QPixmap>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>
#include <QWizard>
#include <QWizardPage>
#include <memory>

namespace {

QWizardPage* firstPage()
{
    auto* page = new QWizardPage;
    page->setTitle(QStringLiteral("Account"));
    page->setSubTitle(
        QStringLiteral("Choose who pays and where the order is sent. The sandbox is free: nothing is bought."));
    auto* layout = new QVBoxLayout(page);
    auto* banner = new QLabel(
        QStringLiteral("Sandbox: no real purchase. Orders go to the built-in simulator and cost nothing."));
    banner->setWordWrap(true);
    banner->setAutoFillBackground(true);
    banner->setMargin(6);
    QPalette tint = banner->palette();
    tint.setColor(QPalette::Window, QColor(0xfb, 0xe7, 0xc6));
    tint.setColor(QPalette::WindowText, QColor(0x7a, 0x4a, 0x00));
    banner->setPalette(tint);
    layout->addWidget(banner);
    auto* form = new QFormLayout;
    auto* profileRow = new QHBoxLayout;
    auto* profile = new QComboBox;
    profile->addItem(QStringLiteral("sandbox (built-in, demo key)"));
    profileRow->addWidget(profile, 1);
    profileRow->addWidget(new QPushButton(QStringLiteral("Mana&ge profiles...")));
    auto* profileLabel = new QLabel(QStringLiteral("&Profile:"));
    profileLabel->setBuddy(profile);
    form->addRow(profileLabel, profileRow);
    auto* site = new QComboBox;
    site->addItems({QStringLiteral("China site"), QStringLiteral("International site")});
    form->addRow(QStringLiteral("S&ite:"), site);
    auto* endpoint = new QComboBox;
    endpoint->addItems({QStringLiteral("Sandbox (no real purchase)"), QStringLiteral("Alibaba Cloud BSS")});
    form->addRow(QStringLiteral("&Endpoint:"), endpoint);
    auto* hint = new QLabel(QStringLiteral("Requests go to the sandbox. ProductType: acr_ee_public_cn."));
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    layout->addLayout(form);
    auto* name = new QLineEdit;
    name->setClearButtonEnabled(true);
    name->setVisible(false); // built with the page, shown later, as the template row's name field
    layout->addWidget(name);
    layout->addStretch(1);
    return page;
}

void addMenus(QMainWindow& window)
{
    const int actionsPerMenu[] = {8, 12, 4, 6, 5}; // File, Settings, Window, Sandbox, Help: 35 in all
    const char* titles[] = {"&File", "&Settings", "&Window", "Sandbo&x", "&Help"};
    for (int menu = 0; menu < 5; ++menu) {
        QMenu* m = window.menuBar()->addMenu(QString::fromLatin1(titles[menu]));
        for (int action = 0; action < actionsPerMenu[menu]; ++action)
            m->addAction(QStringLiteral("Action %1").arg(action + 1));
    }
}

std::unique_ptr<QWidget> bareWindow()
{
    auto window = std::make_unique<QWidget>();
    window->setWindowTitle(QStringLiteral("bare window"));
    auto* layout = new QVBoxLayout(window.get());
    layout->addWidget(new QLabel(QStringLiteral("A bare Qt Widgets window."), window.get()));
    return window;
}

std::unique_ptr<QWidget> firstPageWindow()
{
    auto window = std::make_unique<QMainWindow>();
    window->setWindowTitle(QStringLiteral("bare first page"));
    addMenus(*window);
    auto* wizard = new QWizard;
    wizard->setWizardStyle(QWizard::ModernStyle);
    QImage logo(48, 48, QImage::Format_ARGB32_Premultiplied);
    logo.fill(QColor(255, 106, 0));
    wizard->setPixmap(QWizard::LogoPixmap, QPixmap::fromImage(logo));
    wizard->addPage(firstPage());
    wizard->addPage(new QWizardPage); // so that the first page offers Next, as the purchase wizard's does
    window->setCentralWidget(wizard);
    return window;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    const bool smokeTest = arguments.contains(QStringLiteral("--smoke-test"));

    const std::unique_ptr<QWidget> window
        = arguments.contains(QStringLiteral("--first-page")) ? firstPageWindow() : bareWindow();
    window->resize(760, 640); // the size of acr-purchase's main window
    window->show();
    if (smokeTest) {
        // The same sequence as ui/Gui.cpp: on the first turn of the event loop, paint, then quit.
        QTimer::singleShot(0, window.get(), [&window] {
            window->repaint();
            QApplication::exit(window->isVisible() ? 0 : 1);
        });
    }
    return QApplication::exec();
}
