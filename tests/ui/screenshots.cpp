// acrp-screenshots OUTDIR [--only SHOT] [--lang CODE] [--dark] [--suffix TEXT]: renders the wizard's
// main pages and the order history window from the real widgets, in English and Simplified Chinese,
// against an in-memory sandbox, and writes them as PNG files (wizard-<page>-<lang>.png,
// history-<lang>.png). --only renders one shot (account … review, result, history), --lang one
// language, --dark uses the Fusion style with a dark palette, and --suffix goes into the file names
// (wizard-review-dark-en.png). The scale is the environment's: QT_SCALE_FACTOR=2 renders at 200 %.
// Run by installer/screenshots.sh for the README.
#include "UiTestSupport.h"
#include "core/api/BssClient.h"
#include "core/app/AccountService.h"
#include "core/app/OrderService.h"
#include "core/store/Journal.h"
#include "core/store/SandboxCredentials.h"
#include "sandbox/SandboxServer.h"
#include "ui/AppServices.h"
#include "ui/HistoryWindow.h"
#include "ui/InstancesModel.h"
#include "ui/InstancesWindow.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/OrderDraft.h"
#include "ui/PurchaseWizard.h"
#include "ui/pages/ResultPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPalette>
#include <QStandardPaths>
#include <QStyleFactory>
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

// A dark palette as dark desktop themes have it, for the Fusion style (which follows the palette).
QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor base(0x1f, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4f));
    palette.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x44));
    palette.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x33));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    palette.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    palette.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x78, 0xae, 0xed));
    palette.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xe8));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

} // namespace

// The Instances window at its default size: the instances bought above and a few "bought
// elsewhere" (one expiring, one expired, one renewed automatically), synced from the sandbox.
bool saveInstances(test::AppFixture& fixture, const QString& path)
{
    const auto seed = [](const QString& name, const QString& edition, const QString& region, double days,
                         const QString& renewStatus) {
        return QJsonObject {{QStringLiteral("accessKeyId"), Profiles::sandboxProfile().accessKeyId},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("edition"), edition},
                            {QStringLiteral("region"), region},
                            {QStringLiteral("endsInDays"), days},
                            {QStringLiteral("renewStatus"), renewStatus}};
    };
    QString error;
    if (!fixture.sandbox().seedInstances(
            QJsonArray {seed(QStringLiteral("web-registry"), QStringLiteral("Standard"), QStringLiteral("cn-hangzhou"),
                             9.5, QStringLiteral("ManualRenewal")),
                        seed(QStringLiteral("legacy-registry"), QStringLiteral("Basic"), QStringLiteral("cn-beijing"),
                             -2.5, QStringLiteral("ManualRenewal")),
                        seed(QStringLiteral("build-cache"), QStringLiteral("Advanced"), QStringLiteral("cn-shenzhen"),
                             200, QStringLiteral("AutoRenewal"))},
            &error)) {
        QTextStream(stderr) << "acrp-screenshots: " << error << '\n';
        return false;
    }
    InstancesWindow* window = fixture.window()->openInstances();
    window->selectAccount(QStringLiteral("sandbox"));
    bool synced = false;
    QObject::connect(fixture.context().accounts, &AccountService::syncFinished, window, [&synced] { synced = true; });
    window->syncNow();
    test::waitFor([&] { return synced && window->model()->rowCount() > 3; });
    window->selectInstance(window->model()->rowAt(0)->instance.instanceId);
    QApplication::processEvents();
    return save(window, path);
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Render one shot: account, instance, storage, quotas, billing, "
                                                       "review, result or history."),
                                        QStringLiteral("shot"));
    const QCommandLineOption languageOption(QStringLiteral("lang"), QStringLiteral("Render one language (en, zh_CN)."),
                                            QStringLiteral("code"));
    const QCommandLineOption darkOption(QStringLiteral("dark"), QStringLiteral("Fusion style with a dark palette."));
    const QCommandLineOption suffixOption(QStringLiteral("suffix"),
                                          QStringLiteral("Put TEXT into the file names (wizard-review-TEXT-en.png)."),
                                          QStringLiteral("text"));
    parser.addOptions({onlyOption, languageOption, darkOption, suffixOption});
    parser.addPositionalArgument(QStringLiteral("outdir"), QStringLiteral("Where the PNG files go."));
    parser.addHelpOption();
    parser.process(app);
    QStandardPaths::setTestModeEnabled(true);
    const QString outDir = parser.positionalArguments().value(0, QStringLiteral("."));
    QDir().mkpath(outDir);
    ResultPage::setPollInterval(std::chrono::milliseconds(200));
    const QString only = parser.value(onlyOption);
    const QStringList shots = {QStringLiteral("account"), QStringLiteral("instance"), QStringLiteral("storage"),
                               QStringLiteral("quotas"),  QStringLiteral("billing"),  QStringLiteral("review"),
                               QStringLiteral("result"),  QStringLiteral("history"),  QStringLiteral("instances")};
    if (!only.isEmpty() && !shots.contains(only)) {
        QTextStream(stderr) << "acrp-screenshots: unknown shot " << only << "; one of " << shots.join(u", ") << '\n';
        return 2;
    }
    QStringList languages = {QStringLiteral("en"), QStringLiteral("zh_CN")};
    if (parser.isSet(languageOption)) {
        if (!languages.contains(parser.value(languageOption))) {
            QTextStream(stderr) << "acrp-screenshots: unknown language " << parser.value(languageOption) << '\n';
            return 2;
        }
        languages = {parser.value(languageOption)};
    }
    if (parser.isSet(darkOption)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    const QString suffix = parser.isSet(suffixOption) ? u'-' + parser.value(suffixOption) : QString();
    const auto wanted = [&](const QString& shot) { return only.isEmpty() || only == shot; };
    const auto fileName = [&](const QString& kind, const QString& language) {
        return QStringLiteral("%1/%2%3-%4.png").arg(outDir, kind, suffix, language);
    };

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
    for (const QString& language : std::as_const(languages)) {
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
        for (const QString& name : shots.mid(0, 5)) {
            if (wanted(name))
                ok &= save(&window, fileName(u"wizard-" + name, language));
            wizard->next();
        }
        auto* price = fixture.find<QLabel>("priceLabel");
        auto* balance = fixture.find<QLabel>("balanceLabel");
        test::waitFor([&] { return price->text().contains(u'0') && balance->text().contains(u'0'); });
        if (wanted(QStringLiteral("review")))
            ok &= save(&window, fileName(QStringLiteral("wizard-review"), language));
        if (!wanted(QStringLiteral("result")) && !wanted(QStringLiteral("history"))
            && !wanted(QStringLiteral("instances")))
            continue;
        wizard->next();
        auto* provisioning = fixture.find<QLabel>("provisioningStatus");
        test::waitFor([&] { return provisioning->text().contains(QStringLiteral("RUNNING")); });
        if (wanted(QStringLiteral("result")))
            ok &= save(&window, fileName(QStringLiteral("wizard-result"), language));
        if (!wanted(QStringLiteral("history")) && !wanted(QStringLiteral("instances")))
            continue;

        addHistoryRows(fixture, sample);
        HistoryWindow history(fixture.context());
        history.show(); // at its default size, where every column fits

        JournalQuery query;
        query.search = sample.instanceName;
        query.states = {OrderState::Succeeded};
        if (const QList<JournalEntry> rows = fixture.context().journal->entries(query); !rows.isEmpty())
            history.selectOrder(rows.first().id);
        if (wanted(QStringLiteral("history")))
            ok &= save(&history, fileName(QStringLiteral("history"), language));
        if (wanted(QStringLiteral("instances")))
            ok &= saveInstances(fixture, fileName(QStringLiteral("instances"), language));
    }
    return ok ? 0 : 1;
}
