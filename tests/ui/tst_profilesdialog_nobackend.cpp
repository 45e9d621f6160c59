// The Profiles dialog without any keychain (the session bus points nowhere): it says so, offers to
// keep the secret for this session only, works with that secret, and writes it nowhere.
#include "../core/store/StoreTestSupport.h"
#include "UiTestSupport.h"
#include "core/store/CredentialStore.h"
#include "core/store/Profiles.h"
#include "sandbox/SandboxServer.h"
#include "ui/ProfilesDialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace acrp;
using acrp::ui::ProfilesDialog;

class TestProfilesDialogNoBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionOnlyStorage()
    {
        QVERIFY(qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("/nonexistent/"));
        QTemporaryDir dir;
        sandbox::SandboxServer sandbox;
        QVERIFY2(sandbox.listen(), qPrintable(sandbox.errorString()));
        QNetworkAccessManager network;
        test::ProfilesContext profilesContext(sandbox.baseUrl(), dir.path());
        Profiles& profiles = profilesContext.profiles();
        CredentialStore store;
        ui::AppContext context = profilesContext.context();
        context.credentials = &store;
        context.network = &network;
        ProfilesDialog dialog(context);
        dialog.setCheckEndpoint([&sandbox](const Profile&) { return Endpoint::sandbox(sandbox.baseUrl()); });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        const auto find = [&dialog](const char* name) { return test::need<QWidget>(&dialog, name); };
        const auto message = [&] { return test::need<QLabel>(&dialog, "messageLabel")->text(); };
        const auto whenIdle = [&dialog](const std::function<void()>& action) {
            return test::emitsAfter(&dialog, &ProfilesDialog::idle, action);
        };

        QTest::mouseClick(find("addButton"), Qt::LeftButton);
        QTest::keyClicks(find("nameEdit"), QStringLiteral("memory"));
        QTest::keyClicks(find("accessKeyIdEdit"), QStringLiteral("SandboxDemoKeyCN"));
        QTest::keyClicks(find("secretEdit"), QStringLiteral("sandbox-demo-secret-cn"));
        QVERIFY(whenIdle([&] { QTest::keyClick(find("secretEdit"), Qt::Key_Return); }));
        QCOMPARE(message(),
                 QStringLiteral("No keychain is available (Secret Service or KWallet on Linux, Keychain on "
                                "macOS, Credential Manager on Windows). The secret can be kept in memory "
                                "for this session only; it is never written to disk."));
        QVERIFY(find("sessionOnlyButton")->isVisible());
        QCOMPARE(QApplication::focusWidget(), find("sessionOnlyButton"));
        QVERIFY(!profiles.contains(QStringLiteral("memory"))); // nothing saved while the secret had nowhere to go

        QVERIFY(whenIdle([&] { QTest::keyClick(find("sessionOnlyButton"), Qt::Key_Space); }));
        QVERIFY(store.isSessionOnly());
        QCOMPARE(message(), QStringLiteral("Profile “memory” saved; its secret is kept for this session only."));
        QVERIFY(!find("sessionOnlyButton")->isVisible());
        QCOMPARE(test::need<QLabel>(&dialog, "secretStatusLabel")->text(),
                 QStringLiteral("A secret is kept for this session only (in memory)."));
        QCOMPARE(test::need<QLineEdit>(&dialog, "secretEdit")->text(), QString());

        // The in-memory secret works for the check.
        QVERIFY(whenIdle([&] { QTest::mouseClick(find("checkButton"), Qt::LeftButton); }));
        QCOMPARE(test::need<QLabel>(&dialog, "checkResultLabel")->text(),
                 QStringLiteral("The credentials work. Available balance: 1000000.00 CNY."));

        // Nothing was written to disk: no file under HOME or in the settings holds the secret.
        QCOMPARE(test::filesContaining(QDir::homePath(), {"sandbox-demo-secret-cn"}), QStringList());
        QCOMPARE(test::filesContaining(dir.path(), {"sandbox-demo-secret-cn"}), QStringList());
    }
};

QTEST_MAIN(TestProfilesDialogNoBackend)
#include "tst_profilesdialog_nobackend.moc"
