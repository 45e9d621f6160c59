// acrp-screenshots OUTDIR: renders the wizard's main pages and the order history window from the
// real widgets, in English and Simplified Chinese, against an in-memory sandbox, and writes them as
// PNG files (wizard-<page>-<lang>.png, history-<lang>.png). Run by installer/screenshots.sh for the README.
#include "UiTestSupport.h"
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
#include <QLabel>
#include <QStandardPaths>
#include <QTextStream>

using namespace acrp;
using namespace acrp::ui;

namespace {

bool save(QWidget* window, const QString& path)
{
    QApplication::processEvents();
    const bool ok = window->grab().save(path, "PNG");
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << '\n';
    return ok;
}

// Buys `order` in the embedded sandbox through the one submit path, one attempt within `timeout`;
// the row lands in the journal.
void submit(test::AppFixture& app, const OrderSpec& order, std::chrono::milliseconds timeout)
{
    RetryPolicy once = app.context().clients->settings().retry;
    once.maxAttempts = 1;
    once.transferTimeout = timeout;
    app.submit(order, QString::fromLatin1(sandboxdemo::kProfileName), once);
}

// A few more orders beside the wizard's: another site, one the service refused (the name is
// taken), one whose outcome is unknown (the sandbox stalls past the client's timeout).
void addHistoryRows(test::AppFixture& app, const OrderSpec& bought)
{
    using namespace std::chrono_literals;
    OrderSpec intl;
    intl.site = Site::International;
    intl.edition = QStringLiteral("Basic");
    intl.instanceName = QStringLiteral("build-cache");
    intl.region = QStringLiteral("ap-southeast-1");
    intl.periodMonths = 1;
    submit(app, intl, 5s);
    OrderSpec taken = bought;
    taken.edition = QStringLiteral("Standard");
    taken.periodMonths = 6;
    submit(app, taken, 5s);
    OrderSpec stalled;
    stalled.instanceName = QStringLiteral("nightly-mirror");
    stalled.region = QStringLiteral("cn-hangzhou");
    stalled.periodMonths = 3;
    sandbox::SandboxFaults faults;
    faults.commitThenStallMs = 1500;
    app.sandbox().setFaults(faults);
    submit(app, stalled, 300ms);
    app.sandbox().setFaults({});
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString outDir = app.arguments().value(1, QStringLiteral("."));
    QDir().mkpath(outDir);
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
        test::AppFixture fixture;
        // A year of Advanced costs more than the default balance.
        AppServices::Options options = fixture.options(test::AppFixture::richSandbox());
        options.retryPolicy = {}; // the program's own policy, as a user's purchase has it
        if (!fixture.start(options)) {
            ok = false;
            continue;
        }
        MainWindow& window = *fixture.window();
        window.resize(820, 700);
        PurchaseWizard* wizard = window.wizard();
        wizard->draft()->load(sample);
        const QStringList names = {QStringLiteral("account"), QStringLiteral("instance"), QStringLiteral("storage"),
                                   QStringLiteral("quotas"), QStringLiteral("billing")};
        for (const QString& name : names) {
            ok &= save(&window, QStringLiteral("%1/wizard-%2-%3.png").arg(outDir, name, language));
            wizard->next();
        }
        auto* price = fixture.find<QLabel>("priceLabel");
        auto* balance = fixture.find<QLabel>("balanceLabel");
        test::waitFor([&] { return price->text().contains(u'0') && balance->text().contains(u'0'); });
        ok &= save(&window, QStringLiteral("%1/wizard-review-%2.png").arg(outDir, language));
        wizard->next();
        auto* provisioning = fixture.find<QLabel>("provisioningStatus");
        test::waitFor([&] { return provisioning->text().contains(QStringLiteral("RUNNING")); });
        ok &= save(&window, QStringLiteral("%1/wizard-result-%2.png").arg(outDir, language));

        addHistoryRows(fixture, sample);
        HistoryWindow history(fixture.context());
        history.resize(1180, 720);
        history.show();
        JournalQuery query;
        query.search = sample.instanceName;
        query.states = {OrderState::Succeeded};
        if (const QList<JournalEntry> rows = fixture.context().journal->entries(query); !rows.isEmpty())
            history.selectOrder(rows.first().id);
        ok &= save(&history, QStringLiteral("%1/history-%2.png").arg(outDir, language));
    }
    return ok ? 0 : 1;
}
