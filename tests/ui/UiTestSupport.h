#pragma once

// What the GUI tests (and acrp-screenshots) share: widgets looked up by objectName, AppServices over
// temporary files with the embedded sandbox in memory and a retry policy fast enough for tests, a
// MainWindow over them, a Profiles file for pages and dialogs built without AppServices, and the
// waits. One copy, so a change of AppServices' options or of a lookup rule is made once.
#include "core/app/ClientFactory.h"
#include "core/app/OrderService.h"
#include "core/store/Journal.h"
#include "core/store/Profiles.h"
#include "sandbox/SandboxConfig.h"
#include "ui/AppServices.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/PurchaseWizard.h"
#include "ui/pages/ResultPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>
#include <chrono>
#include <functional>
#include <memory>

namespace acrp::test {

// How long a test waits for the sandbox, the keychain or the event loop before it gives up.
constexpr int kWaitMs = 20000;

// The child of `root` named `name`, or null with a warning that names it (a renamed widget then
// shows in the log, not only as a crash or a failed check further down).
template<typename T> T* find(const QObject* root, const char* name)
{
    T* child = root ? root->findChild<T*>(QLatin1String(name)) : nullptr;
    if (!child)
        qWarning("no widget named %s", name);
    return child;
}

// The same, for tests that use the widget at once: a missing one ends the run with its name.
template<typename T> T* need(const QObject* root, const char* name)
{
    T* child = root ? root->findChild<T*>(QLatin1String(name)) : nullptr;
    if (!child)
        qFatal("no widget named %s", name);
    return child;
}

// Runs `action`, then waits for `signal` of `sender` unless the action already emitted it.
template<typename Sender, typename Signal>
bool emitsAfter(const Sender* sender, Signal signal, const std::function<void()>& action, int timeoutMs = kWaitMs)
{
    QSignalSpy spy(sender, signal);
    action();
    return spy.count() > 0 || spy.wait(timeoutMs);
}

// Waits for `signal` of `sender` (a keychain reply, an order handle).
template<typename Sender, typename Signal> bool waitForSignal(const Sender* sender, Signal signal)
{
    return emitsAfter(sender, signal, [] {});
}

// Runs the event loop until `done` or the timeout; for code outside a test function, where the
// QTRY_ macros cannot report (acrp-screenshots).
inline bool waitFor(const std::function<bool()>& done, int timeoutMs = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

// A profile as the tests store it: the secret is kept elsewhere (in memory or the keychain).
inline Profile makeProfile(const QString& name, Site site, const QString& keyId)
{
    Profile profile;
    profile.name = name;
    profile.site = site;
    profile.accessKeyId = keyId;
    return profile;
}

// A journal row left Sending: written ahead of its request, then the process died before an answer.
inline JournalEntry sendingRow(const QString& profile, const QString& endpoint, const OrderSpec& order,
                               const QString& clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    JournalEntry entry;
    entry.profile = profile;
    entry.site = order.site;
    entry.endpoint = endpoint;
    entry.order = order;
    entry.clientToken = clientToken;
    entry.state = OrderState::Sending;
    return entry;
}

// Once per test executable: test paths, fast result polling, English source texts, and the
// OrderResult type for QSignalSpy.
inline void initGuiTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ui::ResultPage::setPollInterval(std::chrono::milliseconds(100));
    ui::Language::apply(QStringLiteral("en"), false);
    qRegisterMetaType<OrderResult>();
}

// A Profiles file and the AppContext that names it, for a page or dialog built without AppServices.
// The file lives in `folder`, or in a temporary folder of its own when none is given.
class ProfilesContext
{
public:
    explicit ProfilesContext(const QUrl& sandboxUrl = {}, const QString& folder = {},
                             const QString& fileName = QStringLiteral("profiles.ini"))
        : m_dir(folder.isEmpty() ? std::make_unique<QTemporaryDir>() : nullptr)
        , m_profiles((m_dir ? m_dir->path() : folder) + u'/' + fileName)
    {
        if (m_dir && !m_dir->isValid())
            qWarning("no temporary folder for the profiles");
        m_context.profiles = &m_profiles;
        m_context.sandboxUrl = sandboxUrl;
    }

    Profiles& profiles() { return m_profiles; }
    bool isValid() const { return !m_dir || m_dir->isValid(); }
    ui::AppContext& context() { return m_context; }
    // Saves `profile` (no secret); false, with the reason in the log, when it is refused.
    bool add(const Profile& profile)
    {
        QString error;
        if (m_profiles.save(profile, QString(), &error))
            return true;
        qWarning("profile %s not saved: %s", qPrintable(profile.name), qPrintable(error));
        return false;
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    Profiles m_profiles;
    ui::AppContext m_context;
};

// AppServices over profiles.ini and journal.sqlite in a temporary folder, the embedded sandbox in
// memory, and a MainWindow when asked. start*() return false, with the reason in the log, so a
// test writes QVERIFY(app.start()) and stops there.
class AppFixture
{
public:
    // The folder of this fixture's files; made on first use, kept until clear().
    QTemporaryDir& dir()
    {
        if (!m_dir)
            m_dir = std::make_unique<QTemporaryDir>();
        return *m_dir;
    }
    QString filePath(const QString& name) { return dir().filePath(name); }
    QString journalPath() { return filePath(QStringLiteral("journal.sqlite")); }

    // The options of a test run: files in dir(), the sandbox in memory and provisioning in a second,
    // two attempts with short timeouts so a stalled answer ends the test's wait in time.
    ui::AppServices::Options options(const sandbox::SandboxConfig& sandbox = {})
    {
        using namespace std::chrono_literals;
        ui::AppServices::Options options;
        options.sandbox = sandbox;
        options.sandbox.provisioningSeconds = 1;
        options.sandboxInMemory = true;
        options.profilesFile = filePath(QStringLiteral("profiles.ini"));
        options.journalPath = journalPath();
        options.retryPolicy.maxAttempts = 2;
        options.retryPolicy.initialBackoff = 50ms;
        options.retryPolicy.transferTimeout = 1500ms;
        options.retryPolicy.totalDeadline = 10s;
        return options;
    }
    // A sandbox with room for several purchases (a year of Advanced costs more than the default).
    static sandbox::SandboxConfig richSandbox()
    {
        sandbox::SandboxConfig config;
        config.balance = QStringLiteral("1000000.00");
        return config;
    }

    enum class Problems { Refused, Expected };
    // New services (the window and services before them closed first).
    bool startServices(const ui::AppServices::Options& options, Problems problems = Problems::Refused)
    {
        reset();
        if (!dir().isValid()) {
            qWarning("no temporary folder for the test's files");
            return false;
        }
        m_services = std::make_unique<ui::AppServices>(options);
        if (problems == Problems::Refused && !m_services->problems().isEmpty()) {
            qWarning("AppServices: %s", qPrintable(m_services->problems().join(u'\n')));
            return false;
        }
        return true;
    }
    // A new main window over the current services, shown, exposed and active (the offscreen
    // platform does not activate windows by itself).
    bool startWindow()
    {
        m_window.reset();
        m_window = std::make_unique<ui::MainWindow>(m_services->context());
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return false;
        QApplication::setActiveWindow(m_window.get());
        return true;
    }
    bool start(const ui::AppServices::Options& options, Problems problems = Problems::Refused)
    {
        return startServices(options, problems) && startWindow();
    }
    bool start(const sandbox::SandboxConfig& sandbox = {}) { return start(options(sandbox)); }

    // Closes the window, then the services; the folder stays (a restart reads the same files).
    void reset()
    {
        m_window.reset();
        m_services.reset();
    }
    // reset(), and a new folder next time.
    void clear()
    {
        reset();
        m_dir.reset();
    }

    const ui::AppContext& context() const { return m_services->context(); }
    ui::AppServices& services() const { return *m_services; }
    sandbox::SandboxServer& sandbox() const { return m_services->sandbox(); }
    ui::MainWindow* window() const { return m_window.get(); }
    template<typename T> T* find(const char* name) const { return test::find<T>(m_window.get(), name); }

    ui::PurchaseWizard* wizard() const { return m_window->wizard(); }
    QAbstractButton* nextButton() const { return wizard()->button(QWizard::NextButton); }
    // Clicks Next, as the user does: it must be enabled, and the wizard must land on `expected`.
    void next(ui::PurchaseWizard::PageId expected)
    {
        QVERIFY(nextButton()->isEnabled());
        QTest::mouseClick(nextButton(), Qt::LeftButton);
        QCOMPARE(wizard()->currentId(), int(expected));
    }
    // next() page by page up to `last`; stops at the first page that does not let the user on.
    void nextUntil(ui::PurchaseWizard::PageId last)
    {
        for (int page = wizard()->currentId() + 1; page <= int(last) && !QTest::currentTestFailed(); ++page)
            next(ui::PurchaseWizard::PageId(page));
    }

    // The text of the Result page's headline.
    QString headline() const { return find<QLabel>("resultHeadline")->text(); }

    // Writes `entry` to the journal; its id, or 0 with the reason in the log.
    qint64 insert(const JournalEntry& entry) const
    {
        QString error;
        const qint64 id = context().journal->insert(entry, &error);
        if (!id)
            qWarning("journal row not written: %s", qPrintable(error));
        return id;
    }

    // Buys `order` through OrderService on the sandbox endpoint with `policy` for this purchase only;
    // the result, or a default one (no journal row) when it did not end in time.
    OrderResult submit(const OrderSpec& order, const QString& profile, const RetryPolicy& policy)
    {
        const ClientSettings before = context().clients->settings();
        ClientSettings settings = before;
        settings.retry = policy;
        context().clients->setSettings(settings);
        OrderHandle* handle = context().orders->submit(order, profile, Endpoint::sandbox());
        QSignalSpy finished(handle, &OrderHandle::finished);
        const bool ended = finished.count() > 0 || finished.wait(kWaitMs);
        context().clients->setSettings(before);
        if (!ended)
            return {};
        return finished.takeFirst().at(0).value<OrderResult>();
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::AppServices> m_services;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace acrp::test
