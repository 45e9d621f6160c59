// The purchase wizard end to end: real widgets (offscreen), typed into with QTest, against the
// embedded sandbox over loopback, with the journal in a temporary SQLite file.
#include "../core/api/FakeHttpServer.h"
#include "UiTestSupport.h"
#include "core/Formatting.h"
#include "core/api/ErrorExplanation.h"
#include "core/store/CredentialStore.h"
#include "core/store/Journal.h"
#include "core/store/Profiles.h"
#include "sandbox/SandboxServer.h"
#include "ui/AppServices.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/OrderDraft.h"
#include "ui/PurchaseWizard.h"
#include "ui/pages/ResultPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTest>

using namespace acrp;
using namespace acrp::ui;
using namespace std::chrono_literals;

class TestPurchaseWizard : public QObject
{
    Q_OBJECT

private:
    test::AppFixture m_app;

    // A new window over new services and files, the sandbox as `sandboxConfig` says.
    bool start(const sandbox::SandboxConfig& sandboxConfig = {})
    {
        m_app.clear();
        return m_app.start(sandboxConfig);
    }

    PurchaseWizard* wizard() const { return m_app.wizard(); }
    template<typename T> T* find(const char* name) const { return m_app.find<T>(name); }
    QAbstractButton* nextButton() const { return m_app.nextButton(); }
    void next(PurchaseWizard::PageId expected) { m_app.next(expected); }

    void addProfile(const Profile& profile, const QString& secret)
    {
        QString error;
        QVERIFY2(m_app.context().profiles->save(profile, QString(), &error), qPrintable(error));
        CredentialStore* store = m_app.context().credentials;
        store->setSessionOnly(true);
        CredentialReply* reply = store->store(profile.name, StoredSecret {secret, QString()});
        QVERIFY(test::waitForSignal(reply, &CredentialReply::finished));
        QCOMPARE(reply->status(), CredentialStatus::Ok);
        reply->deleteLater();
    }

    // Account page: profile and endpoint; `customUrl` empty keeps the sandbox.
    void chooseAccount(const QString& profile, bool customEndpoint)
    {
        auto* profiles = find<QComboBox>("profileCombo");
        profiles->setCurrentIndex(profiles->findData(profile));
        QCOMPARE(wizard()->draft()->profileName(), profile);
        if (customEndpoint) {
            auto* endpoint = find<QComboBox>("endpointCombo");
            endpoint->setCurrentIndex(endpoint->count() - 1);
            auto* url = find<QLineEdit>("customUrlEdit");
            url->clear();
            QTest::keyClicks(url, m_app.context().sandboxUrl.toString());
            QVERIFY(wizard()->draft()->endpoint().isReal());
        }
    }

    // Instance to Billing with a valid order typed in; ends on the Review page.
    void typeOrder(const QString& name)
    {
        next(PurchaseWizard::InstancePageId);
        auto* nameEdit = find<QLineEdit>("instanceNameEdit");
        nameEdit->selectAll();
        QTest::keyClicks(nameEdit, name);
        QCOMPARE(wizard()->draft()->order().instanceName, name);
        QTest::keyClicks(find<QLineEdit>("regionFilterEdit"), QStringLiteral("shanghai"));
        QTest::keyClick(find<QLineEdit>("regionFilterEdit"), Qt::Key_Return); // the one match left
        QCOMPARE(wizard()->draft()->order().region, QStringLiteral("cn-shanghai"));
        next(PurchaseWizard::StoragePageId);
        next(PurchaseWizard::QuotaPageId);
        auto* namespaces = find<QSpinBox>("namespacesSpin");
        namespaces->selectAll();
        QTest::keyClicks(namespaces, QStringLiteral("10"));
        QCOMPARE(wizard()->draft()->order().extraNamespaces, 10);
        next(PurchaseWizard::BillingPageId);
        next(PurchaseWizard::ReviewPageId);
    }

    // Space on a focused check box, as a keyboard user does.
    static void toggle(QCheckBox* check)
    {
        check->setFocus();
        QTest::keyClick(check, Qt::Key_Space);
    }

    QString headline() const { return m_app.headline(); }
    QString detail() const { return find<QLabel>("resultDetail")->text(); }

    // The Result page's ID rows that show (each with its copy button), by field name.
    QStringList visibleIdRows() const
    {
        QStringList names;
        for (const char* name : {"instanceIdEdit", "orderIdEdit", "requestIdEdit", "clientTokenEdit"}) {
            auto* edit = find<QLineEdit>(name);
            auto* copy = find<QPushButton>(qPrintable(QString::fromLatin1(name) + u"Copy"));
            if (edit->isVisible() != copy->isVisible())
                qWarning("%s and its copy button disagree", name);
            if (edit->isVisible()) {
                if (edit->text().isEmpty())
                    qWarning("%s shows without a value", name);
                names.append(QString::fromLatin1(name));
            }
        }
        return names;
    }

    // Everything the Result page shows in words, to count how often a value appears.
    QString resultText() const
    {
        QString text;
        for (const QLabel* label : wizard()->currentPage()->findChildren<QLabel*>()) {
            if (label->isVisible())
                text += label->text() + u'\n';
        }
        for (const QLineEdit* edit : wizard()->currentPage()->findChildren<QLineEdit*>()) {
            if (edit->isVisible())
                text += edit->text() + u'\n';
        }
        return text;
    }

    bool sandboxReminderShown() const { return find<QWidget>("sandboxReminder")->isVisible(); }

private slots:
    void initTestCase() { test::initGuiTestCase(); }

    void cleanup()
    {
        m_app.reset();
        Language::apply(QStringLiteral("en"), false);
    }

    void happyPathOnTheSandbox()
    {
        QVERIFY(start(test::AppFixture::richSandbox())); // a year of Advanced costs more than the default balance
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::AccountPageId));
        // First start: the built-in sandbox profile and endpoint, and the banner says so.
        QVERIFY(find<QLabel>("sandboxBanner")->isVisible());
        QVERIFY(find<QLabel>("sandboxBanner")->text().startsWith(QStringLiteral("Sandbox: no real purchase")));
        QCOMPARE(wizard()->draft()->profileName(), QStringLiteral("sandbox"));
        QVERIFY(wizard()->draft()->endpoint().isSandbox());

        next(PurchaseWizard::InstancePageId);
        auto* edition = find<QComboBox>("editionCombo");
        edition->setFocus();
        edition->setCurrentIndex(edition->findData(QStringLiteral("Advanced")));
        QTest::keyClicks(find<QLineEdit>("instanceNameEdit"), QStringLiteral("team-registry"));
        QTest::keyClicks(find<QLineEdit>("regionFilterEdit"), QStringLiteral("shanghai"));
        QTest::keyClick(find<QLineEdit>("regionFilterEdit"), Qt::Key_Return); // the one match left
        next(PurchaseWizard::StoragePageId);
        toggle(find<QCheckBox>("defaultBucketCheck"));
        QTest::keyClicks(find<QLineEdit>("customBucketEdit"), QStringLiteral("team-registry-images"));
        next(PurchaseWizard::QuotaPageId);
        auto* repositories = find<QSpinBox>("repositoriesSpin");
        repositories->selectAll();
        QTest::keyClicks(repositories, QStringLiteral("2000"));
        next(PurchaseWizard::BillingPageId);
        toggle(find<QCheckBox>("autoRenewalCheck"));
        QVERIFY(wizard()->draft()->order().autoRenewal);
        QVERIFY(!nextButton()->isEnabled()); // auto-renewal needs a renewal period
        auto* renew = find<QComboBox>("renewPeriodCombo");
        renew->setCurrentIndex(renew->findData(12));
        next(PurchaseWizard::ReviewPageId);

        // Review: the summary, a price and the demo balance, the commands; no confirmation for the sandbox.
        QStringList summary;
        for (const QLabel* label : find<QWidget>("orderSummary")->findChildren<QLabel*>())
            summary.append(label->text());
        QVERIFY(summary.contains(QStringLiteral("team-registry-images")));
        QVERIFY(summary.contains(QStringLiteral("China (Shanghai) (cn-shanghai)")));
        QCOMPARE(find<QLabel>("summaryRow1Label")->text(), QStringLiteral("Endpoint"));
        QCOMPARE(find<QLabel>("summaryRow1Value")->text(), QStringLiteral("Sandbox (built-in, no charge)"));
        QTRY_VERIFY_WITH_TIMEOUT(!find<QLabel>("priceLabel")->text().contains(QStringLiteral("asking")), test::kWaitMs);
        QVERIFY2(find<QLabel>("priceLabel")->text().startsWith(QStringLiteral("Price: ")),
                 qPrintable(find<QLabel>("priceLabel")->text()));
        QVERIFY2(find<QLabel>("priceLabel")->text().contains(QStringLiteral("illustrative")),
                 qPrintable(find<QLabel>("priceLabel")->text()));
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>("balanceLabel")->text(),
                                  QStringLiteral("Available balance: 1,000,000.00 CNY"), test::kWaitMs);
        QVERIFY(!find<QLabel>("balanceWarning")->isVisible());
        QVERIFY(!find<QCheckBox>("confirmCheck")->isVisible());
        // One money format for the price, the list price, the saving and the balance; the saving is
        // the list price less the price.
        const QString price = find<QLabel>("priceLabel")->text();
        static const QRegularExpression pricePattern(
            QStringLiteral("^Price: ([\\d,]+\\.\\d\\d) CNY \\(list price ([\\d,]+\\.\\d\\d) CNY, you save "
                           "([\\d,]+\\.\\d\\d) CNY\\) \\(illustrative sandbox price\\)$"));
        const QRegularExpressionMatch amounts = pricePattern.match(price);
        QVERIFY2(amounts.hasMatch(), qPrintable(price));
        const auto cents = [&](int group) { return format::cents(amounts.captured(group).remove(u',')).value_or(-1); };
        QVERIFY(cents(1) > 0);
        QCOMPARE(cents(2) - cents(1), cents(3));
        QCOMPARE(format::money(cents(1), QStringLiteral("CNY")), amounts.captured(1) + u" CNY");
        const QString aliyun = find<QPlainTextEdit>("aliyunCommand")->toPlainText();
        QVERIFY2(aliyun.startsWith(QStringLiteral("aliyun bssopenapi CreateInstance \\\n"
                                                  "  --Parameter.1.Code InstanceType \\\n"
                                                  "  --Parameter.1.Value Advanced \\\n"
                                                  "  --Parameter.2.Code InstanceName \\\n"
                                                  "  --Parameter.2.Value team-registry \\\n")),
                 qPrintable(aliyun));
        QVERIFY(aliyun.contains(QStringLiteral("  --RenewalStatus AutoRenewal \\\n  --RenewPeriod 12")));
        QVERIFY(!aliyun.contains(QStringLiteral("ClientToken")));
        QCOMPARE(find<QPlainTextEdit>("submitCommand")->toPlainText(),
                 QStringLiteral("acr-purchase submit order.json \\\n  --endpoint sandbox"));
        QCOMPARE(nextButton()->text(), QStringLiteral("Bu&y in the sandbox"));

        // Result: the IDs the sandbox recorded, then the status reaches RUNNING.
        next(PurchaseWizard::ResultPageId);
        QTRY_VERIFY_WITH_TIMEOUT(headline().startsWith(QStringLiteral("Paid")), test::kWaitMs);
        const QList<sandbox::SandboxOrder> orders = m_app.sandbox().orders();
        QCOMPARE(orders.size(), 1);
        QCOMPARE(find<QLineEdit>("instanceIdEdit")->text(), orders.first().instanceId);
        QCOMPARE(find<QLineEdit>("orderIdEdit")->text(), orders.first().orderId);
        QCOMPARE(find<QLineEdit>("clientTokenEdit")->text(), orders.first().clientToken);
        QVERIFY(!find<QLineEdit>("requestIdEdit")->text().isEmpty());
        QCOMPARE(orders.first().order.instanceName, QStringLiteral("team-registry"));
        QCOMPARE(orders.first().order.customBucket, QStringLiteral("team-registry-images"));
        QCOMPARE(orders.first().order.extraRepositories, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(headline(), QStringLiteral("Paid and running. The instance is ready to use."),
                                  test::kWaitMs);
        QCOMPARE(find<QLabel>("provisioningStatus")->text(), QStringLiteral("Provisioning: RUNNING"));
        // Every ID has a row and a copy button; the RequestId is shown once; the sandbox said so.
        QCOMPARE(visibleIdRows(),
                 QStringList({QStringLiteral("instanceIdEdit"), QStringLiteral("orderIdEdit"),
                              QStringLiteral("requestIdEdit"), QStringLiteral("clientTokenEdit")}));
        QCOMPARE(resultText().count(find<QLineEdit>("requestIdEdit")->text()), 1);
        QVERIFY(sandboxReminderShown());
        QCOMPARE(find<QLabel>("sandboxReminderText")->text(),
                 QStringLiteral("Sandbox: nothing was charged. This order went to the built-in sandbox, not to "
                                "Alibaba Cloud."));
        QCOMPARE(detail(), QStringLiteral("The order went through after 1 attempt."));
        // The page has the wizard's header, as the others do.
        QVERIFY(!wizard()->currentPage()->subTitle().isEmpty());
        const auto row = m_app.context().journal->entryByClientToken(orders.first().clientToken);
        QVERIFY(row);
        QCOMPARE(row->state, OrderState::Succeeded);
        QCOMPARE(row->instanceId, orders.first().instanceId);
        QCOMPARE(row->provisioningStatus, QStringLiteral("RUNNING"));
    }

    void enterAdvancesThePage()
    {
        QVERIFY(start());
        QApplication::setActiveWindow(m_app.window());
        QTest::keyClick(wizard(), Qt::Key_Return);
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::InstancePageId));
        // Invalid page: Enter does not advance.
        QTest::keyClick(find<QLineEdit>("instanceNameEdit"), Qt::Key_Return);
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::InstancePageId));
    }

    void realEndpointNeedsTheConfirmation()
    {
        QVERIFY(start());
        addProfile(test::makeProfile(QStringLiteral("team"), Site::China, QStringLiteral("SandboxDemoKeyCN")),
                   QStringLiteral("sandbox-demo-secret-cn"));
        chooseAccount(QStringLiteral("team"), true);
        QVERIFY(!find<QLabel>("sandboxBanner")->isVisible());
        typeOrder(QStringLiteral("confirm-me"));
        auto* confirm = find<QCheckBox>("confirmCheck");
        QVERIFY(confirm->isVisible());
        QVERIFY(!nextButton()->isEnabled());
        QCOMPARE(nextButton()->text(), QStringLiteral("Bu&y"));
        toggle(confirm);
        QVERIFY(nextButton()->isEnabled());
        toggle(confirm);
        QVERIFY(!nextButton()->isEnabled());
    }

    void wrongSecretIsShownAsSuch()
    {
        QVERIFY(start());
        addProfile(test::makeProfile(QStringLiteral("typo"), Site::China, QStringLiteral("SandboxDemoKeyCN")),
                   QStringLiteral("not-the-secret"));
        chooseAccount(QStringLiteral("typo"), true);
        typeOrder(QStringLiteral("wrong-secret"));
        toggle(find<QCheckBox>("confirmCheck"));
        next(PurchaseWizard::ResultPageId);
        QTRY_COMPARE_WITH_TIMEOUT(headline(), QStringLiteral("Rejected: the credentials were not accepted."),
                                  test::kWaitMs);
        // The explanation, then the service's own words beside it, then the code.
        QVERIFY2(detail().startsWith(ErrorExplanation::forCode(QStringLiteral("SignatureDoesNotMatch"))
                                     + QStringLiteral(" The service said: “Specified signature is not matched")),
                 qPrintable(detail()));
        QVERIFY(detail().endsWith(QStringLiteral("\n\nCode: SignatureDoesNotMatch")));
        QVERIFY(!detail().contains(QStringLiteral("not-the-secret")));
        // A refusal bought nothing: no instance or order rows, one RequestId, and no sandbox
        // reminder on a real endpoint.
        QCOMPARE(visibleIdRows(), QStringList({QStringLiteral("requestIdEdit"), QStringLiteral("clientTokenEdit")}));
        QCOMPARE(resultText().count(find<QLineEdit>("requestIdEdit")->text()), 1);
        QVERIFY(!sandboxReminderShown());
        QVERIFY(find<QPushButton>("switchSiteButton")->isVisible());
        QVERIFY(m_app.sandbox().orders().isEmpty());
    }

    void wrongSiteIsShownAsSuch()
    {
        QVERIFY(start());
        // A China-site key in a profile that says International: the service answers NotApplicable.
        addProfile(test::makeProfile(QStringLiteral("abroad"), Site::International, QStringLiteral("SandboxDemoKeyCN")),
                   QStringLiteral("sandbox-demo-secret-cn"));
        chooseAccount(QStringLiteral("abroad"), true);
        QCOMPARE(wizard()->draft()->order().site, Site::International);
        typeOrder(QStringLiteral("other-site"));
        toggle(find<QCheckBox>("confirmCheck"));
        next(PurchaseWizard::ResultPageId);
        QTRY_COMPARE_WITH_TIMEOUT(headline(), QStringLiteral("Rejected: wrong site for this account."), test::kWaitMs);
        QVERIFY(detail().startsWith(ErrorExplanation::forCode(QStringLiteral("NotApplicable"))));
        QVERIFY(detail().contains(QStringLiteral("other site")));
        QVERIFY2(detail().contains(QStringLiteral("The service said: “This API is not applicable for caller.”")),
                 qPrintable(detail()));
        auto* switchSite = find<QPushButton>("switchSiteButton");
        QVERIFY(switchSite->isVisible());
        QTest::mouseClick(switchSite, Qt::LeftButton);
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::AccountPageId));
    }

    void insufficientBalanceIsShownAsSuch()
    {
        sandbox::SandboxConfig config;
        config.balance = QStringLiteral("1.00");
        QVERIFY(start(config));
        next(PurchaseWizard::InstancePageId);
        wizard()->back();
        typeOrder(QStringLiteral("too-expensive"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            find<QLabel>("balanceWarning")->isVisible(),
            qPrintable(find<QLabel>("priceLabel")->text() + u" / " + find<QLabel>("balanceLabel")->text()),
            test::kWaitMs);
        next(PurchaseWizard::ResultPageId);
        QTRY_COMPARE_WITH_TIMEOUT(headline(), QStringLiteral("Rejected: payment failed. Nothing was bought."),
                                  test::kWaitMs);
        QCOMPARE(detail(),
                 ErrorExplanation::forCode(QStringLiteral("PAY.INSUFFICIENT_BALANCE"))
                     + QStringLiteral(" The service said: “Your account does not have enough balance.”\n\n"
                                      "Code: PAY.INSUFFICIENT_BALANCE"));
        QVERIFY(find<QPushButton>("retryButton")->isVisible());
        // The built-in sandbox refused it: the reminder shows, and only the rows with a value.
        QVERIFY(sandboxReminderShown());
        QCOMPARE(visibleIdRows(), QStringList({QStringLiteral("requestIdEdit"), QStringLiteral("clientTokenEdit")}));
        QCOMPARE(resultText().count(find<QLineEdit>("requestIdEdit")->text()), 1);
    }

    // A code this program does not know: the service's own text only, no explanation made up; a
    // refusal on a real endpoint has no sandbox reminder and only the rows with a value.
    void unknownServiceCodeShowsTheServiceText()
    {
        FakeHttpServer service;
        QVERIFY(service.start());
        service.script({FakeReply::json(400,
                                        R"({"Code":"Brand.NewCode","Message":"Something new went wrong.",)"
                                        R"("RequestId":"FAKE-REQUEST-1","HostId":"business.aliyuncs.com"})")});
        QVERIFY(start());
        addProfile(test::makeProfile(QStringLiteral("team"), Site::China, QStringLiteral("SomeKeyId")),
                   QStringLiteral("not-the-secret"));
        auto* profiles = find<QComboBox>("profileCombo");
        profiles->setCurrentIndex(profiles->findData(QStringLiteral("team")));
        auto* endpoint = find<QComboBox>("endpointCombo");
        endpoint->setCurrentIndex(endpoint->count() - 1);
        auto* url = find<QLineEdit>("customUrlEdit");
        url->clear();
        QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:%1").arg(service.serverPort()));
        typeOrder(QStringLiteral("new-code"));
        toggle(find<QCheckBox>("confirmCheck"));
        next(PurchaseWizard::ResultPageId);
        QTRY_COMPARE_WITH_TIMEOUT(headline(), QStringLiteral("Failed: nothing was bought."), test::kWaitMs);
        QCOMPARE(detail(),
                 QStringLiteral("The service refused the request with code Brand.NewCode. (Something new "
                                "went wrong.)\n\nCode: Brand.NewCode"));
        QCOMPARE(visibleIdRows(), QStringList({QStringLiteral("requestIdEdit"), QStringLiteral("clientTokenEdit")}));
        QCOMPARE(find<QLineEdit>("requestIdEdit")->text(), QStringLiteral("FAKE-REQUEST-1"));
        QCOMPARE(resultText().count(QStringLiteral("FAKE-REQUEST-1")), 1);
        QVERIFY(!sandboxReminderShown());
    }

    void invalidOrderAtTheServiceLeadsBackToTheField()
    {
        QVERIFY(start(test::AppFixture::richSandbox())); // room for two orders
        typeOrder(QStringLiteral("taken-name"));
        next(PurchaseWizard::ResultPageId);
        QTRY_VERIFY_WITH_TIMEOUT(headline().startsWith(QStringLiteral("Paid")), test::kWaitMs);
        // The same name again in the same region: the sandbox says the name is taken.
        wizard()->restart();
        typeOrder(QStringLiteral("taken-name"));
        next(PurchaseWizard::ResultPageId);
        QTRY_COMPARE_WITH_TIMEOUT(headline(), QStringLiteral("Rejected: the service did not accept the order."),
                                  test::kWaitMs);
        auto* fix = find<QPushButton>("fixOrderButton");
        QVERIFY(fix->isVisible());
        QApplication::setActiveWindow(m_app.window());
        QTest::mouseClick(fix, Qt::LeftButton);
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::InstancePageId));
        auto* name = find<QLineEdit>("instanceNameEdit");
        QTRY_VERIFY(name->hasFocus());
        // The service's reason, under the field: the sentence and the service's own words.
        auto* message = find<QLabel>("instanceNameMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().startsWith(QStringLiteral("The account already has an instance with this name in "
                                                           "this region. Choose another name.")),
                 qPrintable(message->text()));
        QVERIFY2(message->text().contains(
                     QStringLiteral("The service said: “An instance named \"taken-name\" already exists")),
                 qPrintable(message->text()));
        // The same words for a screen reader (the label joins its last two with a no-break space).
        QCOMPARE(name->accessibleDescription(), message->text().replace(QChar::Nbsp, u' '));
        // Editing the name clears it (the new name is valid: no message at all).
        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClicks(name, QStringLiteral("-2"));
        QCOMPARE(wizard()->draft()->order().instanceName, QStringLiteral("taken-name-2"));
        QVERIFY(!message->isVisible());
        QVERIFY(nextButton()->isEnabled());
    }

    void unknownOutcomeThenResume()
    {
        QVERIFY(start());
        sandbox::SandboxFaults faults;
        faults.commitThenStallMs = 5000; // longer than the client's 1.5 s transfer timeout
        m_app.sandbox().setFaults(faults);
        typeOrder(QStringLiteral("stalled-order"));
        next(PurchaseWizard::ResultPageId);
        QTRY_VERIFY_WITH_TIMEOUT(headline().startsWith(QStringLiteral("Outcome unknown")), test::kWaitMs);
        const QString token = find<QLineEdit>("clientTokenEdit")->text();
        QVERIFY(!token.isEmpty());
        // No answer: only the client token has a value; a timeout is this side's, so no service words.
        QCOMPARE(visibleIdRows(), QStringList({QStringLiteral("clientTokenEdit")}));
        QVERIFY2(detail().startsWith(QStringLiteral("The service did not answer in time.\n\nCode: Network.Timeout")),
                 qPrintable(detail()));
        QVERIFY(!detail().contains(QStringLiteral("The service said")));
        QVERIFY(sandboxReminderShown());
        QCOMPARE(m_app.context().journal->entryByClientToken(token)->state, OrderState::Unknown);
        // The service did record it, once.
        QCOMPARE(m_app.sandbox().orders().size(), 1);

        m_app.sandbox().setFaults({});
        auto* resume = find<QPushButton>("resumeButton");
        QVERIFY(resume->isVisible());
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(headline().startsWith(QStringLiteral("Paid")), test::kWaitMs);
        QCOMPARE(find<QLineEdit>("clientTokenEdit")->text(), token);
        QCOMPARE(m_app.sandbox().orders().size(), 1);
        QCOMPARE(find<QLineEdit>("instanceIdEdit")->text(), m_app.sandbox().orders().first().instanceId);
        QCOMPARE(m_app.context().journal->entryByClientToken(token)->state, OrderState::Succeeded);
    }

    void startUpOffersToResume()
    {
        QVERIFY(start());
        sandbox::SandboxFaults faults;
        faults.commitThenStallMs = 5000;
        m_app.sandbox().setFaults(faults);
        typeOrder(QStringLiteral("left-behind"));
        next(PurchaseWizard::ResultPageId);
        QTRY_VERIFY_WITH_TIMEOUT(headline().startsWith(QStringLiteral("Outcome unknown")), test::kWaitMs);
        m_app.sandbox().setFaults({});

        // A new window over the same journal offers the unfinished order.
        QVERIFY(m_app.startWindow());
        QVERIFY(find<QWidget>("resumeBar")->isVisible());
        QVERIFY(find<QLabel>("resumeText")->text().contains(QStringLiteral("left-behind")));
        QTest::mouseClick(find<QPushButton>("resumeOfferButton"), Qt::LeftButton);
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::ResultPageId));
        QTRY_VERIFY_WITH_TIMEOUT(headline().startsWith(QStringLiteral("Paid")), test::kWaitMs);
        QCOMPARE(m_app.sandbox().orders().size(), 1);
    }

    void chineseLabels()
    {
        QVERIFY(start());
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/acr-purchase_zh_CN.qm")));
        Language::apply(QStringLiteral("zh_CN"), false);
        next(PurchaseWizard::InstancePageId);
        // Qt delivers the language change to the widgets through the event loop.
        QTRY_COMPARE(wizard()->currentPage()->title(), QStringLiteral("实例"));
        QCOMPARE(find<QLabel>("instanceNameLabel")->text(), QStringLiteral("实例名称(&I)："));
        auto* regions = find<QListWidget>("regionList");
        QVERIFY(regions);
        QTest::keyClicks(find<QLineEdit>("regionFilterEdit"), QStringLiteral("shanghai"));
        QTest::keyClick(find<QLineEdit>("regionFilterEdit"), Qt::Key_Return); // the one match left
        QVERIFY2(regions->currentItem()->text().startsWith(QStringLiteral("华东2（上海）")),
                 qPrintable(regions->currentItem()->text()));
        QCOMPARE(wizard()->draft()->order().region, QStringLiteral("cn-shanghai"));
    }
};

QTEST_MAIN(TestPurchaseWizard)
#include "tst_purchasewizard.moc"
