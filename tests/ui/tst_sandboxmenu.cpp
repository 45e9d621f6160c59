// The Sandbox menu (issue 14), offscreen through real widgets against the embedded sandbox: shown
// only with the sandbox endpoint; Add balance… changes the Review page's balance line and refuses a
// bad amount with a message; Reset asks (Keep changes nothing) and clears the sandbox but not the
// journal; the orders list shows what was bought.
#include "core/Formatting.h"
#include "core/store/Journal.h"
#include "core/store/Profiles.h"
#include "sandbox/SandboxServer.h"
#include "ui/AppServices.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/OrderDraft.h"
#include "ui/OrderText.h"
#include "ui/PurchaseWizard.h"
#include "ui/pages/ResultPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace acrp;
using namespace acrp::ui;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 20000;
const QString kCn = QString::fromLatin1(sandbox::kDemoKeyIdChina);

} // namespace

class TestSandboxMenu : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<MainWindow> m_window;

    template<typename T> T* find(const char* name) const
    {
        T* widget = m_window->findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }
    sandbox::SandboxServer& server() const { return m_services->sandbox(); }
    PurchaseWizard* wizard() const { return m_window->wizard(); }
    QAction* action(const char* name) const { return find<QMenu>("sandboxMenu")->findChild<QAction*>(name); }
    QString balanceLine() const { return find<QLabel>("balanceLabel")->text(); }

    void start()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        AppServices::Options options;
        options.sandbox.provisioningSeconds = 1;
        options.sandboxInMemory = true;
        options.profilesFile = m_dir->filePath(u"profiles.ini"_s);
        options.journalPath = m_dir->filePath(u"journal.sqlite"_s);
        m_services = std::make_unique<AppServices>(options);
        QVERIFY2(m_services->problems().isEmpty(), qPrintable(m_services->problems().join(u'\n')));
        m_window = std::make_unique<MainWindow>(m_services->context());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void next(PurchaseWizard::PageId expected)
    {
        QAbstractButton* button = wizard()->button(QWizard::NextButton);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(wizard()->currentId(), int(expected));
    }
    // From the Account page (the built-in sandbox) to the Review page with a valid order.
    void typeOrder(const QString& name)
    {
        next(PurchaseWizard::InstancePageId);
        QTest::keyClicks(find<QLineEdit>("instanceNameEdit"), name);
        QTest::keyClicks(find<QLineEdit>("regionFilterEdit"), u"shanghai"_s);
        QTest::keyClick(find<QLineEdit>("regionFilterEdit"), Qt::Key_Return); // the one match left
        next(PurchaseWizard::StoragePageId);
        next(PurchaseWizard::QuotaPageId);
        next(PurchaseWizard::BillingPageId);
        next(PurchaseWizard::ReviewPageId);
        QTRY_VERIFY_WITH_TIMEOUT(balanceLine().startsWith(u"Available balance"_s), kWaitMs);
    }
    void buy(const QString& name)
    {
        typeOrder(name);
        next(PurchaseWizard::ResultPageId);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("resultHeadline")->text().startsWith(u"Paid"_s), kWaitMs);
    }
    QDialog* openAddBalance(const QString& amount)
    {
        action("sandboxAddBalanceAction")->trigger();
        auto* dialog = find<QDialog>("sandboxAddBalanceDialog");
        if (!dialog || !dialog->isVisible())
            return nullptr;
        QTest::keyClicks(find<QLineEdit>("sandboxAmountEdit"), amount);
        QTest::mouseClick(find<QPushButton>("sandboxAddButton"), Qt::LeftButton);
        return dialog;
    }
    QMessageBox* openReset()
    {
        action("sandboxResetAction")->trigger();
        // The question is window-modal and asynchronous (open()): it is there at once.
        return m_window->findChild<QMessageBox*>(u"sandboxResetBox"_s);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ResultPage::setPollInterval(100ms);
        Language::apply(u"en"_s, false);
    }
    void init() { start(); }
    void cleanup()
    {
        m_window.reset();
        m_services.reset();
        m_dir.reset();
    }

    void visibleOnlyWithTheSandbox()
    {
        auto* menu = find<QMenu>("sandboxMenu");
        QVERIFY(menu);
        QVERIFY(m_window->menuBar()->actions().contains(menu->menuAction()));
        QVERIFY(wizard()->draft()->endpoint().isSandbox());
        QVERIFY(menu->menuAction()->isVisible());
        for (const char* name : {"sandboxAddBalanceAction", "sandboxResetAction", "sandboxOrdersAction"})
            QVERIFY2(action(name), name);

        // A profile of one's own with its site's real endpoint on the Account page: no Sandbox menu.
        Profile work;
        work.name = u"work"_s;
        work.accessKeyId = u"LTAItstSandboxMenu"_s;
        QString error;
        QVERIFY2(m_services->context().profiles->save(work, QString(), &error), qPrintable(error));
        auto* profiles = find<QComboBox>("profileCombo");
        profiles->setCurrentIndex(profiles->findData(work.name));
        QCOMPARE(wizard()->draft()->profileName(), work.name);
        auto* endpoint = find<QComboBox>("endpointCombo");
        endpoint->setCurrentIndex(1);
        QVERIFY(wizard()->draft()->endpoint().isReal());
        QVERIFY(!menu->menuAction()->isVisible());
        endpoint->setCurrentIndex(0);
        QVERIFY(wizard()->draft()->endpoint().isSandbox());
        QVERIFY(menu->menuAction()->isVisible());
    }

    void addBalanceShowsOnTheReviewPage()
    {
        typeOrder(u"topped-up"_s);
        QCOMPARE(balanceLine(), u"Available balance: 1,000,000.00 CNY"_s);
        QDialog* dialog = openAddBalance(u"2500.50"_s);
        QVERIFY(dialog);
        // The prompt names the account and its balance in the one money format.
        QCOMPARE(find<QLabel>("sandboxBalancePrompt")->text(),
                 u"Add to the balance of the sandbox account %1 (now 1,000,000.00 CNY):"_s.arg(kCn));
        QVERIFY(!dialog->isVisible()); // accepted
        QCOMPARE(server().balance(kCn), u"1002500.50"_s);
        // The page shown asks again.
        QTRY_COMPARE_WITH_TIMEOUT(balanceLine(), u"Available balance: 1,002,500.50 CNY"_s, kWaitMs);
    }

    void badAmountIsRefused_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("message");
        const QString notAnAmount
            = u"\"%1\" is not an amount. Use digits with at most two decimals, such as 5000.00."_s;
        QTest::newRow("empty") << QString() << notAnAmount.arg(QString());
        QTest::newRow("words") << u"lots"_s << notAnAmount.arg(u"lots"_s);
        QTest::newRow("three decimals") << u"1.005"_s << notAnAmount.arg(u"1.005"_s);
        QTest::newRow("negative") << u"-5"_s << u"The amount must be more than 0."_s;
        QTest::newRow("zero") << u"0.00"_s << u"The amount must be more than 0."_s;
        QTest::newRow("too much") << u"1000000000.01"_s << u"The amount can be at most 1000000000.00."_s;
    }

    void badAmountIsRefused()
    {
        QFETCH(QString, amount);
        QFETCH(QString, message);
        QDialog* dialog = openAddBalance(amount);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible()); // stays open for a correction
        auto* label = find<QLabel>("sandboxAmountMessage");
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), message);
        // In the error colour the palette gives, not a fixed one.
        QCOMPARE(label->palette().color(QPalette::WindowText),
                 OrderText::color(OrderText::Tone::Error, QApplication::palette(label)));
        QCOMPARE(label->styleSheet(), QString());
        QCOMPARE(server().balance(kCn), u"1000000.00"_s);
        QTest::mouseClick(find<QPushButton>("sandboxAddCancelButton"), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
    }

    void resetAsksAndKeepsTheJournal()
    {
        buy(u"to-forget"_s);
        QCOMPARE(server().orders().size(), 1);
        const QString spent = server().balance(kCn);
        QVERIFY(spent != u"1000000.00"_s);
        const QList<JournalEntry> rows = m_services->context().journal->entries();
        QCOMPARE(rows.size(), 1);

        // Keep is the default, and changes nothing.
        QMessageBox* box = openReset();
        QVERIFY(box);
        QCOMPARE(box->defaultButton()->objectName(), u"sandboxKeepButton"_s);
        QTest::mouseClick(box->findChild<QPushButton*>(u"sandboxKeepButton"_s), Qt::LeftButton);
        QCOMPARE(server().orders().size(), 1);
        QCOMPARE(server().balance(kCn), spent);

        box = openReset();
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton*>(u"sandboxResetConfirmButton"_s), Qt::LeftButton);
        QVERIFY(server().orders().isEmpty());
        QCOMPARE(server().balance(kCn), u"1000000.00"_s);
        const QList<JournalEntry> after = m_services->context().journal->entries();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().instanceId, rows.first().instanceId);
        QCOMPARE(after.first().state, rows.first().state);
    }

    void ordersListShowsABoughtOrder()
    {
        buy(u"listed"_s);
        const sandbox::SandboxOrder sold = server().orders().constFirst();
        action("sandboxOrdersAction")->trigger();
        auto* dialog = find<QDialog>("sandboxOrdersDialog");
        QVERIFY(dialog && dialog->isVisible());
        auto* table = find<QTableWidget>("sandboxOrdersTable");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
        QCOMPARE(table->item(0, 0)->text(), sold.instanceId);
        QCOMPARE(table->item(0, 1)->text(), u"listed"_s);
        QCOMPARE(table->item(0, 2)->text(), u"cn-shanghai"_s);
        QCOMPARE(table->item(0, 3)->text(), sold.order.edition);
        QCOMPARE(table->item(0, 4)->text(), sold.orderId);
        // Money and time as everywhere else: grouped with two decimals, the one date-time format.
        QCOMPARE(table->item(0, 5)->text(), format::money(sold.price, u"CNY"_s));
        QCOMPARE(table->item(0, 6)->text(), format::dateTime(sold.created));
        QVERIFY(!table->item(0, 6)->text().isEmpty());
        QCOMPARE(table->horizontalHeaderItem(0)->text(), u"Instance ID"_s);
    }
};

QTEST_MAIN(TestSandboxMenu)
#include "tst_sandboxmenu.moc"
