// acrp-screenshots OUTDIR: renders the wizard's main pages and the order history window from the
// real widgets, in English and Simplified Chinese, against an in-memory sandbox, and writes them as
// PNG files (wizard-<page>-<lang>.png, history-<lang>.png). Run by installer/screenshots.sh for the README.
#include "core/api/BssClient.h"
#include "core/app/OrderService.h"
#include "core/store/Journal.h"
#include "core/store/SandboxCredentials.h"
#include "sandbox/SandboxServer.h"
#include "ui/AppServices.h"
#include "ui/HistoryWindow.h"
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

// Buys `order` in the embedded sandbox through the one submit path; the row lands in the journal.
void submit(const AppServices& services, const OrderSpec& order, std::chrono::milliseconds timeout)
{
    const AppContext& context = services.context();
    const ClientSettings before = context.clients->settings();
    ClientSettings once = before;
    once.retry.maxAttempts = 1;
    once.retry.transferTimeout = timeout;
    context.clients->setSettings(once);
    bool done = false;
    OrderHandle* handle
        = context.orders->submit(order, QString::fromLatin1(sandboxdemo::kProfileName), Endpoint::sandbox());
    QObject::connect(handle, &OrderHandle::finished, handle, [&done] { done = true; });
    waitFor([&] { return done; });
    context.clients->setSettings(before);
}

// A few more orders beside the wizard's: another site, one the service refused (the name is
// taken), one whose outcome is unknown (the sandbox stalls past the client's timeout).
void addHistoryRows(AppServices& services, const OrderSpec& bought)
{
    using namespace std::chrono_literals;
    OrderSpec intl;
    intl.site = Site::International;
    intl.edition = QStringLiteral("Basic");
    intl.instanceName = QStringLiteral("build-cache");
    intl.region = QStringLiteral("ap-southeast-1");
    intl.periodMonths = 1;
    submit(services, intl, 5s);
    OrderSpec taken = bought;
    taken.edition = QStringLiteral("Standard");
    taken.periodMonths = 6;
    submit(services, taken, 5s);
    OrderSpec stalled;
    stalled.instanceName = QStringLiteral("nightly-mirror");
    stalled.region = QStringLiteral("cn-hangzhou");
    stalled.periodMonths = 3;
    sandbox::SandboxFaults faults;
    faults.commitThenStallMs = 1500;
    services.sandbox().setFaults(faults);
    submit(services, stalled, 300ms);
    services.sandbox().setFaults({});
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
        options.sandbox.balance = QStringLiteral("1000000.00"); // a year of Advanced costs more than the default
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

        addHistoryRows(services, sample);
        HistoryWindow history(services.context());
        history.resize(1180, 720);
        history.show();
        JournalQuery query;
        query.search = sample.instanceName;
        query.states = {OrderState::Succeeded};
        if (const QList<JournalEntry> rows = services.context().journal->entries(query); !rows.isEmpty())
            history.selectOrder(rows.first().id);
        ok &= save(&history, QStringLiteral("%1/history-%2.png").arg(outDir, language));
    }
    return ok ? 0 : 1;
}
