// acrp-screenshots OUTDIR: renders the wizard's main pages from the real widgets, in English and
// Simplified Chinese, against an in-memory sandbox, and writes them as PNG files
// (wizard-<page>-<lang>.png). Run by installer/screenshots.sh for the README.
#include "sandbox/SandboxServer.h"
#include "ui/AppServices.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/OrderDraft.h"
#include "ui/PurchaseWizard.h"
#include "ui/pages/ResultPage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <functional>

using namespace acrp;
using namespace acrp::ui;

namespace {

// Runs the event loop until `done` or the timeout.
bool waitFor(const std::function<bool()>& done, int timeoutMs = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

bool save(QWidget* window, const QString& path)
{
    QApplication::processEvents();
    const bool ok = window->grab().save(path, "PNG");
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << '\n';
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString outDir = app.arguments().value(1, QStringLiteral("."));
    QDir().mkpath(outDir);
    QTemporaryDir temp;
    ResultPage::setPollInterval(std::chrono::milliseconds(200));

    OrderSpec sample;
    sample.edition = QStringLiteral("Advanced");
    sample.instanceName = QStringLiteral("team-registry");
    sample.region = QStringLiteral("cn-shanghai");
    sample.extraNamespaces = 10;
    sample.extraRepositories = 2000;
    sample.vpcQuota = 5;
    sample.autoRenewal = true;
    sample.renewPeriodMonths = 12;

    bool ok = true;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Language::apply(language, false);
        AppServices::Options options;
        options.sandboxInMemory = true;
        options.sandbox.provisioningSeconds = 1;
        options.profilesFile = temp.filePath(language + QStringLiteral("-profiles.ini"));
        options.journalPath = temp.filePath(language + QStringLiteral("-journal.sqlite"));
        AppServices services(options);
        MainWindow window(services.context());
        window.resize(820, 700);
        window.show();
        PurchaseWizard* wizard = window.wizard();
        wizard->draft()->load(sample);
        const QStringList names = {QStringLiteral("account"), QStringLiteral("instance"), QStringLiteral("storage"),
                                   QStringLiteral("quotas"), QStringLiteral("billing")};
        for (const QString& name : names) {
            ok &= save(&window, QStringLiteral("%1/wizard-%2-%3.png").arg(outDir, name, language));
            wizard->next();
        }
        auto* price = window.findChild<QLabel*>(QStringLiteral("priceLabel"));
        auto* balance = window.findChild<QLabel*>(QStringLiteral("balanceLabel"));
        waitFor([&] { return price->text().contains(u'0') && balance->text().contains(u'0'); });
        ok &= save(&window, QStringLiteral("%1/wizard-review-%2.png").arg(outDir, language));
        wizard->next();
        auto* provisioning = window.findChild<QLabel*>(QStringLiteral("provisioningStatus"));
        waitFor([&] { return provisioning->text().contains(QStringLiteral("RUNNING")); });
        ok &= save(&window, QStringLiteral("%1/wizard-result-%2.png").arg(outDir, language));
    }
    return ok ? 0 : 1;
}
