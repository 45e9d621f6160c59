// The Instances window, the expiry notice and the renewal panel, against the embedded sandbox over
// loopback: real widgets found by objectName, driven by clicks and keys.
#include "MarkingTranslator.h"
#include "UiTestSupport.h"
#include "core/Formatting.h"
#include "core/app/AccountService.h"
#include "core/app/Expiry.h"
#include "sandbox/SandboxServer.h"
#include "ui/ExpiryNoticeBar.h"
#include "ui/HistoryModel.h"
#include "ui/HistoryWindow.h"
#include "ui/InstancesModel.h"
#include "ui/InstancesWindow.h"
#include "ui/Language.h"
#include "ui/LeaveBar.h"
#include "ui/RenewalPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace acrp;
using namespace acrp::ui;

namespace {

QJsonObject seed(const QString& name, double endsInDays, const QString& renewStatus = QStringLiteral("ManualRenewal"))
{
    return {{QStringLiteral("accessKeyId"), Profiles::sandboxProfile().accessKeyId},
            {QStringLiteral("name"), name},
            {QStringLiteral("edition"), QStringLiteral("Standard")},
            {QStringLiteral("region"), QStringLiteral("cn-hangzhou")},
            {QStringLiteral("endsInDays"), endsInDays},
            {QStringLiteral("renewStatus"), renewStatus}};
}

} // namespace

class TestInstancesWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initGuiTestCase(); }
    void init()
    {
        ExpiryNoticeBar::setNoticeDays(Expiry::kDefaultSoonDays);
        ExpiryNoticeBar::setDesktopNotifications(false);
        QVERIFY(m_app.start(test::AppFixture::richSandbox()));
    }
    void cleanup() { m_app.clear(); }

    void listsBoughtHereAndElsewhereAfterSync();
    void sortsAndFilters();
    void noticeAtEachLevel();
    void settingsDaysChangeTheNotice();
    void desktopNotificationFollowsTheSetting();
    void renewsEndToEnd();
    void refusalOfAReleasedInstance();
    void escapeWhileRenewing();
    void historyShowsTheRenewal();
    void retranslates();
    void columnsFitTheDefaultSize_data();
    void columnsFitTheDefaultSize();

private:
    // Seeds `seeds` as bought elsewhere; false with the reason in the log.
    bool seedInstances(const QJsonArray& seeds)
    {
        QString error;
        if (m_app.sandbox().seedInstances(seeds, &error))
            return true;
        qWarning("not seeded: %s", qPrintable(error));
        return false;
    }
    // Opens the Instances window on the sandbox account and syncs it with Sync now.
    InstancesWindow* syncedWindow()
    {
        InstancesWindow* window = m_app.window()->openInstances();
        if (!window->selectAccount(QStringLiteral("sandbox")))
            qWarning("no sandbox account offered");
        auto* sync = test::need<QPushButton>(window, "syncNowButton");
        QSignalSpy finished(m_app.context().accounts, &AccountService::syncFinished);
        QTest::mouseClick(sync, Qt::LeftButton);
        if (finished.isEmpty() && !finished.wait(test::kWaitMs))
            qWarning("the sync did not finish");
        return window;
    }
    OrderSpec order(const QString& name)
    {
        OrderSpec spec;
        spec.site = Site::China;
        spec.edition = QStringLiteral("Basic");
        spec.instanceName = name;
        spec.region = QStringLiteral("cn-shanghai");
        spec.periodMonths = 1;
        return spec;
    }
    void select(InstancesWindow* window, const QString& name)
    {
        for (int row = 0; row < window->model()->rowCount(); ++row) {
            if (window->model()->rowAt(row)->instance.name == name) {
                window->selectInstance(window->model()->rowAt(row)->instance.instanceId);
                return;
            }
        }
        qWarning("no instance named %s", qPrintable(name));
    }

    test::AppFixture m_app;
};

void TestInstancesWindow::listsBoughtHereAndElsewhereAfterSync()
{
    const OrderResult bought
        = m_app.submit(order(QStringLiteral("here-registry")), QStringLiteral("sandbox"), m_app.options().retryPolicy);
    QCOMPARE(bought.state, OrderState::Succeeded);
    QVERIFY(seedInstances({seed(QStringLiteral("elsewhere-registry"), 40)}));

    InstancesWindow* window = m_app.window()->openInstances();
    QVERIFY(window->selectAccount(QStringLiteral("sandbox")));
    auto* status = test::need<QLabel>(window, "syncStatusLabel");
    QCOMPARE(status->text(), QStringLiteral("Last synced: never"));
    QCOMPARE(window->model()->rowCount(), 0);

    QSignalSpy finished(m_app.context().accounts, &AccountService::syncFinished);
    QTest::mouseClick(test::need<QPushButton>(window, "syncNowButton"), Qt::LeftButton);
    QVERIFY(!test::need<QPushButton>(window, "syncNowButton")->isEnabled()); // not twice at once
    QVERIFY(finished.wait(test::kWaitMs));
    QTRY_COMPARE(window->model()->rowCount(), 2);
    QVERIFY(status->text().startsWith(QStringLiteral("Last synced: ")));
    QVERIFY(!status->text().contains(QStringLiteral("never")));
    QVERIFY(test::need<QLabel>(window, "syncErrorLabel")->isHidden());

    QStringList origins;
    for (int row = 0; row < 2; ++row) {
        const InstanceRow* instance = window->model()->rowAt(row);
        origins << instance->instance.name + u'=' + InstancesModel::originText(instance->boughtHere);
    }
    origins.sort();
    QCOMPARE(origins,
             QStringList(
                 {QStringLiteral("elsewhere-registry=Bought elsewhere"), QStringLiteral("here-registry=Bought here")}));

    // The details name the order that bought it here, with its OrderId.
    select(window, QStringLiteral("here-registry"));
    const QString details = test::need<QLabel>(window, "instanceDetails")->text();
    QVERIFY2(details.contains(bought.orderId), qPrintable(details));
    QVERIFY(details.contains(bought.instanceId));
    QVERIFY(details.contains(QStringLiteral("Change")) == false); // the link is its own label
    QVERIFY(test::need<QLabel>(window, "renewalSettingsLink")->text().contains(QStringLiteral("console")));
}

void TestInstancesWindow::sortsAndFilters()
{
    QVERIFY(seedInstances({seed(QStringLiteral("bravo-registry"), 5), seed(QStringLiteral("alpha-registry"), 100),
                           seed(QStringLiteral("charlie-registry"), 50, QStringLiteral("AutoRenewal"))}));
    InstancesWindow* window = syncedWindow();
    QTRY_COMPARE(window->model()->rowCount(), 3);
    auto names = [window] {
        QStringList list;
        for (int row = 0; row < window->model()->rowCount(); ++row)
            list << window->model()->rowAt(row)->instance.name;
        return list;
    };
    // By end, soonest first (the default), then by name both ways through the header.
    QCOMPARE(names(),
             QStringList({QStringLiteral("bravo-registry"), QStringLiteral("charlie-registry"),
                          QStringLiteral("alpha-registry")}));
    auto* table = test::need<QTableView>(window, "instancesTable");
    table->sortByColumn(InstancesModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(names().first(), QStringLiteral("alpha-registry"));
    table->sortByColumn(InstancesModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(names().first(), QStringLiteral("charlie-registry"));

    auto* level = test::need<QComboBox>(window, "expiryFilterCombo");
    level->setCurrentIndex(level->findData(int(InstancesModel::LevelFilter::Soon)));
    QCOMPARE(names(), QStringList({QStringLiteral("bravo-registry")}));
    QVERIFY(test::need<QLabel>(window, "instancesCountLabel")->text().startsWith(QStringLiteral("1 of 3 instance")));
    level->setCurrentIndex(0);

    auto* origin = test::need<QComboBox>(window, "originFilterCombo");
    origin->setCurrentIndex(origin->findData(int(InstancesModel::OriginFilter::Here)));
    QCOMPARE(window->model()->rowCount(), 0);
    origin->setCurrentIndex(origin->findData(int(InstancesModel::OriginFilter::Elsewhere)));
    QCOMPARE(window->model()->rowCount(), 3);

    auto* search = test::need<QLineEdit>(window, "instancesSearchEdit");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("ALPHA"));
    QCOMPARE(names(), QStringList({QStringLiteral("alpha-registry")}));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("no-such"));
    QCOMPARE(window->model()->rowCount(), 0);
    QVERIFY(test::need<QLabel>(window, "instancesCountLabel")->text().startsWith(QStringLiteral("0 of 3 instance")));
}

void TestInstancesWindow::noticeAtEachLevel()
{
    QVERIFY(seedInstances({seed(QStringLiteral("thirty-days"), 30.5), seed(QStringLiteral("fifteen-days"), 15.5),
                           seed(QStringLiteral("one-day"), 1.5), seed(QStringLiteral("zero-days"), 0.5),
                           seed(QStringLiteral("expired-two"), -2), seed(QStringLiteral("released-ten"), -10),
                           seed(QStringLiteral("automatic-one"), 1.5, QStringLiteral("AutoRenewal"))}));
    ExpiryNoticeBar* bar = m_app.window()->expiryNoticeBar();
    QVERIFY(bar->isHidden()); // nothing synced yet
    syncedWindow();
    QTRY_VERIFY(bar->isVisible());
    QStringList listed;
    for (const ExpiryNoticeBar::Item& item : bar->items())
        listed << item.row.instance.name;
    // The urgent one first, then by end; not 30 days out, not released, not renewed automatically.
    QCOMPARE(listed,
             QStringList({QStringLiteral("expired-two"), QStringLiteral("zero-days"), QStringLiteral("one-day"),
                          QStringLiteral("fifteen-days")}));
    const QString text = test::need<QLabel>(m_app.window(), "expiryNoticeText")->text();
    for (const ExpiryNoticeBar::Item& item : bar->items())
        QVERIFY2(text.contains(item.row.expiry.notice().toHtmlEscaped()), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Expires within a day")));
    QVERIFY(text.contains(QStringLiteral("has stopped serving")));
    QVERIFY(bar->items().first().row.expiry.isUrgent());

    // Show instances opens the window; Dismiss hides the notice, and a sync that finds the same
    // does not bring it back.
    QTest::mouseClick(test::need<QPushButton>(bar, "expiryShowInstancesButton"), Qt::LeftButton);
    QVERIFY(m_app.window()->instancesWindow()->isVisible());
    QTest::mouseClick(test::need<QPushButton>(bar, "expiryDismissButton"), Qt::LeftButton);
    QVERIFY(bar->isHidden());
    m_app.window()->refreshExpiryNotice();
    QVERIFY(bar->isHidden());
}

void TestInstancesWindow::settingsDaysChangeTheNotice()
{
    QVERIFY(seedInstances({seed(QStringLiteral("thirty-days"), 30.5), seed(QStringLiteral("ten-days"), 10.5)}));
    ExpiryNoticeBar* bar = m_app.window()->expiryNoticeBar();
    syncedWindow();
    QTRY_COMPARE(bar->items().size(), 1);
    test::need<QAction>(m_app.window(), "expiryDays30Action")->trigger();
    QCOMPARE(ExpiryNoticeBar::noticeDays(), 30);
    QCOMPARE(bar->items().size(), 2);
    QVERIFY(bar->isVisible());
    test::need<QAction>(m_app.window(), "expiryDays7Action")->trigger();
    QVERIFY(bar->items().isEmpty());
    QVERIFY(bar->isHidden());
    QCOMPARE(QSettings().value(QStringLiteral("expiry/noticeDays")).toInt(), 7); // remembered
}

void TestInstancesWindow::desktopNotificationFollowsTheSetting()
{
    QStringList notified;
    m_app.window()->setDesktopNotifier(
        [&notified](const QString& title, const QString& text) { notified << title + u'|' + text; });
    QVERIFY(seedInstances({seed(QStringLiteral("five-days"), 5.5)}));
    syncedWindow();
    QTRY_VERIFY(m_app.window()->expiryNoticeBar()->isVisible());
    QVERIFY(notified.isEmpty()); // off by default

    QVERIFY(seedInstances({seed(QStringLiteral("six-days"), 6.5)}));
    test::need<QAction>(m_app.window(), "desktopNotificationsAction")->trigger();
    QVERIFY(ExpiryNoticeBar::desktopNotifications());
    syncedWindow();
    QTRY_COMPARE(notified.size(), 1);
    // Only what it had not told of before in this run.
    QVERIFY2(notified.first().contains(QStringLiteral("six-days")), qPrintable(notified.first()));
    QVERIFY(!notified.first().contains(QStringLiteral("five-days")));
    QVERIFY(notified.first().startsWith(QStringLiteral("1 ACR instance")));
}

void TestInstancesWindow::renewsEndToEnd()
{
    QVERIFY(seedInstances({seed(QStringLiteral("renew-me"), 10.5)}));
    InstancesWindow* window = syncedWindow();
    QTRY_COMPARE(window->model()->rowCount(), 1);
    const AccountInstance before = window->model()->rowAt(0)->instance;
    select(window, QStringLiteral("renew-me"));
    auto* table = test::need<QTableView>(window, "instancesTable");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return); // Enter renews the selected row
    RenewalPanel* panel = window->renewalPanel();
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->instanceId(), before.instanceId);

    auto* period = test::need<QComboBox>(panel, "renewalPeriodCombo");
    QCOMPARE(period->count(), 12); // 1-9, 12, 24, 36
    QCOMPARE(period->itemText(9), QStringLiteral("1 year"));
    period->setCurrentIndex(period->findData(3));
    auto* price = test::need<QLabel>(panel, "renewalPrice");
    QTRY_VERIFY2(price->text().startsWith(QStringLiteral("Price: "))
                     && !price->text().contains(QStringLiteral("asking")),
                 qPrintable(price->text()));
    QTRY_VERIFY(test::need<QLabel>(panel, "renewalBalance")->text().startsWith(QStringLiteral("Available balance: ")));
    QCOMPARE(test::need<QLabel>(panel, "renewalCurrentEnd")->text(),
             QStringLiteral("Current end: ") + format::dateTime(before.endTime));
    QCOMPARE(test::need<QLabel>(panel, "renewalNewEnd")->text(),
             QStringLiteral("New end: ") + format::dateTime(before.endTime.addMonths(3)));
    QVERIFY(test::need<QLabel>(panel, "renewalEndpoint")->text().contains(QStringLiteral("Sandbox")));
    QVERIFY(test::need<QCheckBox>(panel, "renewalConfirmCheck")->isHidden()); // the sandbox spends nothing

    auto* renew = test::need<QPushButton>(panel, "renewalRenewButton");
    QVERIFY(renew->isEnabled());
    // While the panel is open, Alt+R is its Renew only: the window's Renew… waits until it closes.
    QVERIFY(!test::need<QPushButton>(window, "renewButton")->isEnabled());
    QSignalSpy finished(panel, &RenewalPanel::renewalFinished);
    QTest::keyClick(period, Qt::Key_R, Qt::AltModifier);
    QVERIFY(finished.wait(test::kWaitMs));
    const auto result = finished.first().first().value<OrderResult>();
    QCOMPARE(result.kind, OrderResult::Kind::Bought);
    QCOMPARE(test::need<QLabel>(panel, "renewalHeadline")->text(),
             QStringLiteral("Renewed and paid: the subscription now runs until %1.")
                 .arg(format::dateTime(before.endTime.addMonths(3))));
    QVERIFY(!result.orderId.isEmpty());
    QCOMPARE(test::need<QLineEdit>(panel, "renewalOrderIdEdit")->text(), result.orderId);
    QCOMPARE(test::need<QLineEdit>(panel, "renewalClientTokenEdit")->text(), result.clientToken);

    // The journal's row is a renewal with that token; the sandbox charged once.
    const std::optional<JournalEntry> row = m_app.context().journal->entry(result.journalId);
    QVERIFY(row);
    QCOMPARE(row->kind, OrderKind::Renew);
    QCOMPARE(row->instanceId, before.instanceId);
    QCOMPARE(row->clientToken, result.clientToken);
    // It names the instance as its purchase would: the catalog's edition (ACR says
    // Enterprise_Standard), the name and the region.
    QVERIFY(row->renewal);
    QCOMPARE(row->renewal->edition, QStringLiteral("Standard"));
    QCOMPARE(row->renewal->instanceName, QStringLiteral("renew-me"));
    QCOMPARE(row->renewal->region, QStringLiteral("cn-hangzhou"));
    QCOMPARE(m_app.sandbox().renewInstanceRequests(), 1);

    // The window synced again: the end moved, and the renewal is one of its orders, bought here.
    QTRY_COMPARE(window->model()->rowAt(0)->instance.endTime, before.endTime.addMonths(3));
    QTRY_VERIFY(window->model()->rowAt(0)->boughtHere);
    QTest::mouseClick(test::need<QPushButton>(panel, "renewalCloseButton"), Qt::LeftButton);
    QVERIFY(panel->isHidden());
    QVERIFY(test::need<QLabel>(window, "instanceDetails")->text().contains(result.orderId));
}

void TestInstancesWindow::refusalOfAReleasedInstance()
{
    QVERIFY(seedInstances({seed(QStringLiteral("gone-soon"), 2.5)}));
    InstancesWindow* window = syncedWindow();
    QTRY_COMPARE(window->model()->rowCount(), 1);
    // Ten days later it is past the 7 days: released, though the stored data still lists it.
    QString error;
    QVERIFY(m_app.sandbox().setClockOffsetDays(10, &error));
    select(window, QStringLiteral("gone-soon"));
    window->renewSelected();
    RenewalPanel* panel = window->renewalPanel();
    auto* renew = test::need<QPushButton>(panel, "renewalRenewButton");
    QTRY_VERIFY(renew->isEnabled());
    QSignalSpy finished(panel, &RenewalPanel::renewalFinished);
    QTest::mouseClick(renew, Qt::LeftButton);
    QVERIFY(finished.wait(test::kWaitMs));
    QCOMPARE(finished.first().first().value<OrderResult>().kind, OrderResult::Kind::Refused);
    QCOMPARE(test::need<QLabel>(panel, "renewalHeadline")->text(),
             QStringLiteral("Rejected: the service did not renew the instance."));
    const QString detail = test::need<QLabel>(panel, "renewalDetail")->text();
    QVERIFY2(detail.contains(QStringLiteral("Code: ResourceNotExists")), qPrintable(detail));
    QVERIFY(test::need<QPushButton>(panel, "renewalResumeButton")->isHidden());
}

void TestInstancesWindow::escapeWhileRenewing()
{
    QVERIFY(seedInstances({seed(QStringLiteral("slow-renewal"), 3.5)}));
    InstancesWindow* window = syncedWindow();
    QTRY_COMPARE(window->model()->rowCount(), 1);
    select(window, QStringLiteral("slow-renewal"));
    window->renewSelected();
    RenewalPanel* panel = window->renewalPanel();
    auto* renew = test::need<QPushButton>(panel, "renewalRenewButton");
    QTRY_VERIFY(renew->isEnabled());
    // Escape before anything is sent just closes the panel.
    QTest::keyClick(test::need<QComboBox>(panel, "renewalPeriodCombo"), Qt::Key_Escape);
    QVERIFY(panel->isHidden());
    window->renewSelected();
    QTRY_VERIFY(renew->isEnabled());

    sandbox::SandboxFaults faults = m_app.sandbox().faults();
    faults.latencyMs = 60000; // the answer does not come while the test runs
    m_app.sandbox().setFaults(faults);
    QTest::mouseClick(renew, Qt::LeftButton);
    QTRY_VERIFY(panel->isSending());
    auto* token = test::need<QLineEdit>(panel, "renewalClientTokenEdit");
    QTRY_VERIFY(!token->text().isEmpty()); // journaled first
    QTRY_COMPARE(m_app.sandbox().renewInstanceRequests(), 1); // and on its way: the sandbox has it
    QVERIFY(test::need<QLabel>(panel, "renewalDetail")->text().contains(token->text()));

    // Escape asks; Keep waiting keeps it; closing the window asks too.
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    QCOMPARE(QApplication::focusWidget(), test::need<QPushButton>(panel, "renewalStopButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    auto* leave = test::need<LeaveBar>(panel, "renewalLeaveBar");
    QVERIFY(leave->isVisible());
    QTest::mouseClick(test::need<QPushButton>(leave, "leaveKeepButton"), Qt::LeftButton);
    QVERIFY(leave->isHidden());
    QVERIFY(panel->isSending());
    QVERIFY(!window->close());
    QVERIFY(leave->isVisible());

    QSignalSpy finished(panel, &RenewalPanel::renewalFinished);
    QTest::mouseClick(test::need<QPushButton>(leave, "leaveActButton"), Qt::LeftButton);
    QVERIFY(finished.count() || finished.wait(test::kWaitMs));
    const auto result = finished.first().first().value<OrderResult>();
    QCOMPARE(result.kind, OrderResult::Kind::Unknown);
    QCOMPARE(m_app.context().journal->entry(result.journalId)->state, OrderState::Unknown);
    QVERIFY(m_app.context().journal->entry(result.journalId)->kind == OrderKind::Renew);
    QVERIFY(window->isHidden()); // Stop waiting and close

    // Resumed from the history with the same token: the renewal panel, not the wizard, resends it.
    faults.latencyMs = 0;
    m_app.sandbox().setFaults(faults);
    m_app.window()->resumeOrder(result.journalId);
    QVERIFY(window->isVisible());
    QSignalSpy resumed(panel, &RenewalPanel::renewalFinished);
    QVERIFY(resumed.wait(test::kWaitMs));
    const auto after = resumed.first().first().value<OrderResult>();
    QCOMPARE(after.kind, OrderResult::Kind::Bought);
    QCOMPARE(after.clientToken, result.clientToken);
    QCOMPARE(after.journalId, result.journalId);
}

void TestInstancesWindow::historyShowsTheRenewal()
{
    QVERIFY(seedInstances({seed(QStringLiteral("history-renewal"), 3.5)}));
    InstancesWindow* window = syncedWindow();
    QTRY_COMPARE(window->model()->rowCount(), 1);
    window->renewSelected();
    select(window, QStringLiteral("history-renewal"));
    window->renewSelected();
    RenewalPanel* panel = window->renewalPanel();
    auto* renew = test::need<QPushButton>(panel, "renewalRenewButton");
    QTRY_VERIFY(renew->isEnabled());
    QSignalSpy finished(panel, &RenewalPanel::renewalFinished);
    QTest::mouseClick(renew, Qt::LeftButton);
    QVERIFY(finished.wait(test::kWaitMs));
    const auto result = finished.first().first().value<OrderResult>();

    HistoryWindow* history = m_app.window()->openHistory();
    history->selectOrder(result.journalId);
    const int row = history->model()->rowOf(result.journalId);
    QCOMPARE(history->model()->index(row, HistoryModel::StateColumn).data().toString(),
             QStringLiteral("Succeeded (renewal)"));
    const QString details = test::need<QLabel>(history, "historyDetails")->text();
    QVERIFY2(details.contains(QStringLiteral("Renewal of %1 for 1 month").arg(panel->instanceId())),
             qPrintable(details));
    QVERIFY(!test::need<QPushButton>(history, "orderAgainButton")->isEnabled());
    // The History window's Instances button.
    window->close();
    QTest::mouseClick(test::need<QPushButton>(history, "historyInstancesButton"), Qt::LeftButton);
    QVERIFY(m_app.window()->instancesWindow()->isVisible());
}

void TestInstancesWindow::retranslates()
{
    InstancesWindow* window = m_app.window()->openInstances();
    MarkingTranslator translator("acrp::ui::");
    QCoreApplication::installTranslator(&translator);
    QTRY_COMPARE(window->windowTitle(), QStringLiteral("ZH Instances"));
    QCOMPARE(test::need<QPushButton>(window, "syncNowButton")->text(), QStringLiteral("ZH S&ync now"));
    QCOMPARE(window->model()->headerData(InstancesModel::DaysLeftColumn, Qt::Horizontal).toString(),
             QStringLiteral("ZH Days left"));
    QCOMPARE(test::need<QPushButton>(m_app.window(), "expiryDismissButton")->text(), QStringLiteral("ZH Dis&miss"));
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(window->windowTitle(), QStringLiteral("Instances"));
}

void TestInstancesWindow::columnsFitTheDefaultSize_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestInstancesWindow::columnsFitTheDefaultSize()
{
    // The widest cells an account shows: an expired instance (days until release), automatic
    // renewal by the month and by the year, long names; every column whole, no horizontal scrolling.
    QJsonObject monthly = seed(QStringLiteral("build-cache-mirror"), 199, QStringLiteral("AutoRenewal"));
    monthly.insert(QStringLiteral("renewalDuration"), 1);
    monthly.insert(QStringLiteral("renewalDurationUnit"), QStringLiteral("M"));
    QJsonObject yearly = seed(QStringLiteral("team-registry-prod"), 364, QStringLiteral("AutoRenewal"));
    yearly.insert(QStringLiteral("renewalDuration"), 1);
    yearly.insert(QStringLiteral("renewalDurationUnit"), QStringLiteral("Y"));
    QVERIFY(seedInstances({seed(QStringLiteral("legacy-registry"), -2.5), monthly, yearly,
                           seed(QStringLiteral("nightly-mirror"), 9.5, QStringLiteral("NotRenewal"))}));
    QFETCH(QString, language);
    Language::apply(language, false);
    InstancesWindow* window = syncedWindow();
    QTRY_COMPARE(window->model()->rowCount(), 4);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto* view = test::need<QTableView>(window, "instancesTable");
    QHeaderView* header = view->horizontalHeader();
    int total = 0;
    QStringList widths;
    for (int column = 0; column < window->model()->columnCount(); ++column) {
        total += header->sectionSize(column);
        widths << QString::number(header->sectionSize(column));
    }
    const QString layout
        = QStringLiteral("widths %1, viewport %2").arg(widths.join(u' ')).arg(view->viewport()->width());
    Language::apply(QStringLiteral("en"), false);
    QVERIFY2(total <= view->viewport()->width(), qPrintable(layout));
    QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
    qInfo("%s", qPrintable(layout));
}

QTEST_MAIN(TestInstancesWindow)
#include "tst_instanceswindow.moc"
