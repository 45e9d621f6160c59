// The program's start-up (issue 16): the first page is painted before the journal is opened, the
// other pages are built and the built-in sandbox listens; the journal opens right after, and the
// offer to resume an unfinished order still comes. The sandbox (whose HTTP server loads the TLS
// backend) starts only when it is first used. Next pressed before the rest is ready finishes the
// start-up first rather than doing nothing.
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "core/app/ClientFactory.h"
#include "core/app/OrderService.h"
#include "core/store/Journal.h"
#include "sandbox/SandboxServer.h"
#include "ui/MainWindow.h"
#include "ui/PurchaseWizard.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace acrp;
using namespace acrp::ui;
using namespace Qt::StringLiterals;

namespace {

// What was true when the window said it was painted for the first time.
struct AtFirstPaint
{
    bool painted = false;
    bool journalOpen = true;
    bool serviceHasJournal = true;
    bool allPages = true;
    bool sandboxListening = true;
    bool accountPageVisible = false;
    bool nextShown = false; // the page looks as it does once everything is ready
    bool finishShown = true;
};

#ifdef Q_OS_LINUX
// Whether a shared library whose file name contains `name` is mapped into this process.
bool libraryLoaded(const QByteArray& name)
{
    QFile maps(u"/proc/self/maps"_s);
    if (!maps.open(QIODevice::ReadOnly))
        return true; // unknown: the caller's "not loaded" check fails
    return maps.readAll().contains(name);
}
#endif

} // namespace

class TestStartup : public QObject
{
    Q_OBJECT

private:
    test::AppFixture m_app;

    AppServices::Options deferredOptions()
    {
        AppServices::Options options = m_app.options();
        options.deferred = true;
        return options;
    }

    // A row left in Sending by an earlier run, written straight to the journal file.
    bool leaveUnfinishedOrder(const QString& name)
    {
        Journal journal(m_app.journalPath());
        QString error;
        if (!journal.open(&error)) {
            qWarning("journal: %s", qPrintable(error));
            return false;
        }
        JournalEntry entry;
        entry.profile = u"sandbox"_s;
        entry.endpoint = u"sandbox"_s;
        entry.order = test::chinaOrder(name);
        entry.clientToken = u"left-behind-token"_s;
        entry.state = OrderState::Sending;
        return journal.insert(entry, &error) != 0;
    }

private slots:
    void cleanup() { m_app.clear(); }

    void firstPageBeforeTheJournal()
    {
        QVERIFY(leaveUnfinishedOrder(u"left-behind"_s));
        QVERIFY(m_app.startServices(deferredOptions()));
        // The fixture's services (deferred): the window is made over them as the program does.
        AppServices* services = &m_app.services();
        MainWindow window(*services);
        AtFirstPaint seen;
        connect(&window, &MainWindow::firstPainted, this, [&] {
            seen.painted = true;
            seen.journalOpen = services->context().journal != nullptr;
            seen.serviceHasJournal = services->context().orders->journal() != nullptr;
            seen.allPages = window.wizard()->hasAllPages();
            seen.sandboxListening = m_app.sandbox().isListening();
            seen.accountPageVisible = window.wizard()->page(PurchaseWizard::AccountPageId)->isVisible();
            seen.nextShown = window.wizard()->button(QWizard::NextButton)->isVisible();
            seen.finishShown = window.wizard()->button(QWizard::FinishButton)->isVisible();
        });
        QSignalSpy started(&window, &MainWindow::started);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(seen.painted, test::kWaitMs);
        QVERIFY(seen.accountPageVisible);
        QVERIFY(seen.nextShown);
        QVERIFY(!seen.finishShown);
        QVERIFY(!seen.journalOpen);
        QVERIFY(!seen.serviceHasJournal);
        QVERIFY(!seen.allPages);
        QVERIFY(!seen.sandboxListening);

        // Right after: the journal, every page and the offer to resume, with the same token.
        QVERIFY(started.count() == 1 || started.wait(test::kWaitMs));
        QVERIFY(window.isStarted());
        QVERIFY(window.wizard()->hasAllPages());
        QVERIFY(services->context().journal);
        QVERIFY(test::find<QWidget>(&window, "resumeBar")->isVisible());
        const QString offer = test::find<QLabel>(&window, "resumeText")->text();
        QVERIFY2(offer.contains(u"left-behind"_s) && offer.contains(u"left-behind-token"_s), qPrintable(offer));

        // The sandbox still waits for its first use.
        QVERIFY(!m_app.sandbox().isListening());
#ifdef Q_OS_LINUX
        QVERIFY2(!libraryLoaded("qopensslbackend") && !libraryLoaded("libssl.so"),
                 "the TLS backend was loaded before anything used it");
#endif
        QString error;
        const std::optional<Endpoint> sandbox = services->context().clients->resolve(Endpoint::sandbox(), &error);
        QVERIFY2(sandbox, qPrintable(error));
        QVERIFY(m_app.sandbox().isListening());
        QCOMPARE(sandbox->baseUrl(), m_app.sandbox().baseUrl());
        QCOMPARE(sandbox->baseUrl().host(), u"127.0.0.1"_s);
    }

    void nextBeforeTheRestIsReady()
    {
        QVERIFY(m_app.startServices(deferredOptions()));
        auto* services = &m_app.services();
        MainWindow window(*services);
        window.setFinishAfterFirstPaint(false); // as if the user were faster than the event loop
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.isStarted());
        QVERIFY(!window.wizard()->hasAllPages());
        QAbstractButton* next = window.wizard()->button(QWizard::NextButton);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(window.isStarted());
        QCOMPARE(window.wizard()->currentId(), int(PurchaseWizard::InstancePageId));
        QVERIFY(services->context().journal);
    }

    void resumeBeforeTheRestIsReady()
    {
        // A resume asked for before the start-up finished (the History window's Resume is one way)
        // finishes it first and resumes with the row's own ClientToken.
        QVERIFY(leaveUnfinishedOrder(u"left-behind"_s));
        QVERIFY(m_app.startServices(deferredOptions()));
        MainWindow window(m_app.services());
        window.setFinishAfterFirstPaint(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.isStarted());
        Journal journal(m_app.journalPath());
        QVERIFY(journal.open());
        const std::optional<JournalEntry> row = journal.entryByClientToken(u"left-behind-token"_s);
        QVERIFY(row);
        window.wizard()->resumeRow(row->id);
        QVERIFY(window.isStarted());
        QCOMPARE(window.wizard()->currentId(), int(PurchaseWizard::ResultPageId));
        QTRY_COMPARE_WITH_TIMEOUT(m_app.sandbox().orders().size(), 1, test::kWaitMs);
        QCOMPARE(m_app.sandbox().orders().first().clientToken, u"left-behind-token"_s);
    }

    void unusableJournalIsSaidAfterThePaint()
    {
        // A folder where the journal file should be: it cannot be opened.
        QVERIFY(QDir().mkpath(m_app.journalPath()));
        QVERIFY(m_app.startServices(deferredOptions()));
        auto* services = &m_app.services();
        MainWindow window(*services);
        QSignalSpy started(&window, &MainWindow::started);
        window.show();
        QVERIFY(started.wait(test::kWaitMs));
        auto* problems = test::find<QLabel>(&window, "problemsLabel");
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(u"order journal could not be opened"_s), qPrintable(problems->text()));
        QVERIFY(!test::find<QWidget>(&window, "resumeBar")->isVisible());
        // Without a journal nothing is sent: the wizard still quotes, and says why it cannot buy.
        QVERIFY(!services->context().orders->journal());
    }
};

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
