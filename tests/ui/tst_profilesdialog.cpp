// The Profiles dialog, offscreen, against a real Secret Service (a private gnome-keyring per run)
// and the sandbox on 127.0.0.1. Widgets are found by objectName and driven with the keyboard.
#include "../core/store/StoreTestSupport.h"
#include "UiTestSupport.h"
#include "core/store/CredentialStore.h"
#include "core/store/Profiles.h"
#include "sandbox/SandboxServer.h"
#include "ui/ProfilesDialog.h"
#include "ui/profiles/ProfileMessageBar.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace acrp;
using acrp::ui::ProfilesDialog;

namespace {
// What a locked keyring says, in words (the backend's own text goes to the details only).
const QString kLockedSentence = QStringLiteral(
    "The keyring is locked or was not created; unlock it in your desktop's password manager, then Retry.");
} // namespace

class TestProfilesDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir; // every run's profiles file, scanned for secrets at the end
    int m_run = 0;
    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<test::ProfilesContext> m_profilesContext;
    Profiles* m_profiles = nullptr;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<ProfilesDialog> m_dialog;

    template<class T> T* widget(const char* name) { return test::need<T>(m_dialog.get(), name); }
    QLineEdit* edit(const char* name) { return widget<QLineEdit>(name); }
    QPushButton* button(const char* name) { return widget<QPushButton>(name); }
    QString message() { return widget<QLabel>("messageLabel")->text(); }

    // Runs `action` and waits until the dialog reports it is idle again.
    bool whenIdle(const std::function<void()>& action)
    {
        return test::emitsAfter(m_dialog.get(), &ProfilesDialog::idle, action);
    }
    // Presses a button with the keyboard, the way a user tabbing through the dialog does.
    static void press(QPushButton* b)
    {
        QVERIFY2(b->isVisible() && b->isEnabled(), qPrintable(b->objectName()));
        b->setFocus();
        QTest::keyClick(b, Qt::Key_Space);
    }
    // Down in the combo `name`, focused first, as a keyboard user picks the next choice.
    QComboBox* chooseNext(const char* name)
    {
        auto* combo = widget<QComboBox>(name);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        return combo;
    }
    static void type(QLineEdit* e, const QString& text)
    {
        e->setFocus();
        e->selectAll();
        QTest::keyClick(e, Qt::Key_Backspace);
        QTest::keyClicks(e, text);
    }
    bool select(const QString& name)
    {
        auto* list = widget<QListWidget>("profileList");
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == name) {
                if (list->currentRow() == i)
                    return true;
                // The built-in profile is not in the keychain: nothing to wait for.
                if (name == u"sandbox") {
                    list->setCurrentRow(i);
                    return true;
                }
                return whenIdle([list, i] { list->setCurrentRow(i); });
            }
        }
        return false;
    }
    StoredSecret stored(const QString& name)
    {
        QScopedPointer<CredentialReply> reply(m_store->read(name));
        if (!test::waitForSignal(reply.get(), &CredentialReply::finished) || reply->status() != CredentialStatus::Ok)
            return {};
        return reply->secret();
    }
    // `name` is saved in STS token mode, its secret and token in the keychain together.
    void checkStsProfile(const QString& name, const StoredSecret& secret)
    {
        QCOMPARE(m_profiles->profile(name)->mode, CredentialMode::StsToken);
        QCOMPARE(stored(name), secret);
    }
    // Adds a profile through the dialog: Add, type, Return (the default button saves).
    bool addProfile(const QString& name, const QString& keyId, const QString& secret)
    {
        press(button("addButton"));
        type(edit("nameEdit"), name);
        type(edit("accessKeyIdEdit"), keyId);
        type(edit("secretEdit"), secret);
        return whenIdle([this] { QTest::keyClick(edit("secretEdit"), Qt::Key_Return); })
            && message() == QStringLiteral("Profile “%1” saved.").arg(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::inTestSession())
            QFAIL("No session bus or secret-tool: run the tests inside installer/with-test-session.sh.");
        m_sandbox = std::make_unique<sandbox::SandboxServer>();
        QVERIFY2(m_sandbox->listen(), qPrintable(m_sandbox->errorString()));
    }

    void init()
    {
        m_profilesContext = std::make_unique<test::ProfilesContext>(m_sandbox->baseUrl(), m_dir.path(),
                                                                    QStringLiteral("profiles-%1.ini").arg(++m_run));
        m_profiles = &m_profilesContext->profiles();
        m_store = std::make_unique<CredentialStore>();
        ui::AppContext context = m_profilesContext->context();
        context.credentials = m_store.get();
        context.network = &m_network;
        m_dialog = std::make_unique<ProfilesDialog>(context);
        // Every profile is checked against the local sandbox, never a real site.
        m_dialog->setCheckEndpoint([this](const Profile&) { return Endpoint::sandbox(m_sandbox->baseUrl()); });
        m_dialog->setImportEnvironment(QProcessEnvironment());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
        // The locked keyring cannot be emptied (and is the last test's on purpose).
        if (QTest::currentTestFunction() == QByteArrayView("lockedKeychainOffersRetry"))
            return;
        // Each test starts with an empty keychain.
        const QStringList users = test::keychainUsers();
        for (const QString& user : users) {
            QScopedPointer<CredentialReply> reply(m_store->remove(user));
            QVERIFY(test::waitForSignal(reply.get(), &CredentialReply::finished));
        }
        QCOMPARE(test::keychainUsers(), QStringList());
    }

    void sandboxIsReadOnly()
    {
        QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Credential profiles")); // sentence case
        QCOMPARE(m_dialog->currentProfileName(), QStringLiteral("sandbox"));
        QCOMPARE(widget<QListWidget>("profileList")->currentItem()->text(), QStringLiteral("sandbox (built-in)"));
        QCOMPARE(edit("nameEdit")->text(), QStringLiteral("sandbox"));
        QCOMPARE(edit("accessKeyIdEdit")->text(), QStringLiteral("SandboxDemoKeyCN"));
        QVERIFY(!edit("nameEdit")->isEnabled());
        QVERIFY(!edit("secretEdit")->isEnabled());
        QVERIFY(!button("saveButton")->isEnabled());
        QVERIFY(!button("removeButton")->isEnabled());
        QVERIFY(button("checkButton")->isEnabled());
        QCOMPARE(widget<QLabel>("secretStatusLabel")->text(),
                 QStringLiteral("The built-in sandbox profile uses the documented demo key; it needs no keychain and "
                                "cannot be changed."));
        QCOMPARE(edit("secretEdit")->text(), QString()); // the demo secret is not shown either
        QCOMPARE(edit("secretEdit")->echoMode(), QLineEdit::Password);
        QCOMPARE(edit("tokenEdit")->echoMode(), QLineEdit::Password);
        QVERIFY(!edit("tokenEdit")->isVisible());
    }

    void addWithKeyboardTrimsAndStoresSecret()
    {
        // Pasted values with spaces around them are trimmed.
        QVERIFY(
            addProfile(QStringLiteral("work"), QStringLiteral("  WorkKeyId01 "), QStringLiteral(" work-secret-01  ")));
        QCOMPARE(widget<QLabel>("messageLabel")->property("messageKind").toString(), QStringLiteral("success"));
        const std::optional<Profile> saved = m_profiles->profile(QStringLiteral("work"));
        QVERIFY(saved);
        QCOMPARE(saved->accessKeyId, QStringLiteral("WorkKeyId01"));
        QCOMPARE(saved->site, Site::China);
        QCOMPARE(saved->mode, CredentialMode::AccessKey);
        QCOMPARE(test::keychainUsers(), QStringList {QStringLiteral("work")});
        QCOMPARE(stored(QStringLiteral("work")), (StoredSecret {QStringLiteral("work-secret-01"), QString()}));

        // The saved profile is shown again, without its secret.
        QCOMPARE(m_dialog->currentProfileName(), QStringLiteral("work"));
        QCOMPARE(edit("secretEdit")->text(), QString());
        QCOMPARE(edit("secretEdit")->placeholderText(), QStringLiteral("Leave empty to keep the stored secret"));
        QCOMPARE(widget<QLabel>("secretStatusLabel")->text(), QStringLiteral("A secret is stored in the keychain."));
        QCOMPARE(edit("accessKeyIdEdit")->text(), QStringLiteral("WorkKeyId01"));
    }

    void invalidInputIsRejectedInline()
    {
        press(button("addButton"));
        type(edit("nameEdit"), QStringLiteral("bad name"));
        type(edit("accessKeyIdEdit"), QStringLiteral("Key 1"));
        type(edit("regionEdit"), QStringLiteral("Shanghai"));
        press(button("saveButton"));
        QCOMPARE(message(),
                 QStringLiteral("A profile name starts with a letter or digit and may contain only letters, digits, "
                                "'.', '-' and '_' (at most 64 characters).\n"
                                "The AccessKey ID has a space or line break inside it; copy it again.\n"
                                "“Shanghai” is not a region id such as cn-shanghai.\n"
                                "Enter the AccessKey secret."));
        QCOMPARE(widget<QLabel>("messageLabel")->property("messageKind").toString(), QStringLiteral("error"));
        QCOMPARE(m_profiles->profiles().size(), 1);
        QCOMPARE(test::keychainUsers(), QStringList());

        type(edit("nameEdit"), QStringLiteral("good"));
        type(edit("accessKeyIdEdit"), QStringLiteral("GoodKey1"));
        type(edit("regionEdit"), QStringLiteral("cn-shanghai"));
        type(edit("secretEdit"), QStringLiteral("bad secret"));
        press(button("saveButton"));
        QCOMPARE(message(), QStringLiteral("The AccessKey secret has a space or line break inside it; copy it again."));
        QCOMPARE(test::keychainUsers(), QStringList());
    }

    void stsTokenProfile()
    {
        press(button("addButton"));
        type(edit("nameEdit"), QStringLiteral("temp"));
        QCOMPARE(chooseNext("modeCombo")->currentData().toString(), QStringLiteral("StsToken"));
        QVERIFY(edit("tokenEdit")->isVisible());
        type(edit("accessKeyIdEdit"), QStringLiteral("StsKeyId1"));
        type(edit("secretEdit"), QStringLiteral("sts-secret-1"));
        press(button("saveButton"));
        QCOMPARE(message(), QStringLiteral("Enter the STS security token."));
        type(edit("tokenEdit"), QStringLiteral("CAIS+dialog/token=="));
        QVERIFY(whenIdle([this] { press(button("saveButton")); }));
        QCOMPARE(message(), QStringLiteral("Profile “temp” saved."));
        checkStsProfile(QStringLiteral("temp"),
                        StoredSecret {QStringLiteral("sts-secret-1"), QStringLiteral("CAIS+dialog/token==")});
    }

    // A RAM role profile: the mode shows the role's fields, their rules are said as they are typed,
    // and the role is saved with the profile (the secret in the keychain as ever).
    void ramRoleProfile()
    {
        press(button("addButton"));
        type(edit("nameEdit"), QStringLiteral("buyer"));
        QVERIFY(!edit("roleArnEdit")->isVisible());
        chooseNext("modeCombo");
        QCOMPARE(chooseNext("modeCombo")->currentData().toString(), QStringLiteral("RamRoleArn"));
        QVERIFY(edit("roleArnEdit")->isVisible());
        QVERIFY(edit("sessionNameEdit")->isVisible());
        QVERIFY(edit("externalIdEdit")->isVisible());
        QVERIFY(widget<QSpinBox>("durationSpin")->isVisible());
        QVERIFY(!edit("tokenEdit")->isVisible());
        QCOMPARE(edit("sessionNameEdit")->text(), QStringLiteral("acr-purchase"));
        QCOMPARE(widget<QSpinBox>("durationSpin")->value(), 3600);
        auto* problems = widget<QLabel>("roleProblemLabel");
        QVERIFY(!problems->isVisible());

        // Inline: each rule as the field is typed.
        type(edit("roleArnEdit"), QStringLiteral("acs:ram::12x:role/acr-buyer"));
        QVERIFY(problems->isVisible());
        QCOMPARE(problems->text(),
                 QStringLiteral("“acs:ram::12x:role/acr-buyer” is not a RAM role ARN: it looks like "
                                "acs:ram::<account ID, digits only>:role/<role name>."));
        type(edit("roleArnEdit"), QStringLiteral("acs:ram::1380000000000001:role/acr-buyer"));
        QVERIFY(!problems->isVisible());
        type(edit("sessionNameEdit"), QStringLiteral("x"));
        QCOMPARE(problems->text(),
                 QStringLiteral("The session name must be 2 to 64 characters: letters, digits and . @ _ - only."));
        type(edit("sessionNameEdit"), QStringLiteral("nightly"));
        type(edit("externalIdEdit"), QStringLiteral("bad id"));
        QCOMPARE(problems->text(),
                 QStringLiteral("The external ID must be 2 to 1224 characters: letters, digits and "
                                "= , . @ : / _ - only."));
        type(edit("externalIdEdit"), QStringLiteral("ext-1"));
        QVERIFY(!problems->isVisible());
        auto* duration = widget<QSpinBox>("durationSpin");
        QCOMPARE(duration->minimum(), 900);
        QCOMPARE(duration->maximum(), 43200);
        duration->setFocus();
        duration->selectAll();
        QTest::keyClicks(duration, QStringLiteral("7200"));

        // Save without the ARN says so too.
        type(edit("accessKeyIdEdit"), QStringLiteral("RoleUserKey01"));
        type(edit("secretEdit"), QStringLiteral("role-user-secret-1"));
        const QString arn = edit("roleArnEdit")->text();
        type(edit("roleArnEdit"), QString());
        press(button("saveButton"));
        QCOMPARE(message(), QStringLiteral("Enter the ARN of the RAM role to assume."));
        QCOMPARE(m_profiles->profiles().size(), 1);
        type(edit("roleArnEdit"), arn);
        QVERIFY(whenIdle([this] { press(button("saveButton")); }));
        QCOMPARE(message(), QStringLiteral("Profile “buyer” saved."));
        const std::optional<Profile> saved = m_profiles->profile(QStringLiteral("buyer"));
        QVERIFY(saved);
        QCOMPARE(saved->mode, CredentialMode::RamRoleArn);
        QCOMPARE(saved->role.roleArn, QStringLiteral("acs:ram::1380000000000001:role/acr-buyer"));
        QCOMPARE(saved->role.sessionName, QStringLiteral("nightly"));
        QCOMPARE(saved->role.externalId, QStringLiteral("ext-1"));
        QCOMPARE(saved->role.durationSeconds, 7200);
        QCOMPARE(stored(QStringLiteral("buyer")), (StoredSecret {QStringLiteral("role-user-secret-1"), QString()}));
        // Shown again with its role.
        QCOMPARE(edit("roleArnEdit")->text(), QStringLiteral("acs:ram::1380000000000001:role/acr-buyer"));
        QCOMPARE(widget<QSpinBox>("durationSpin")->value(), 7200);
    }

    void renameMovesTheSecret()
    {
        QVERIFY(addProfile(QStringLiteral("work"), QStringLiteral("WorkKeyId01"), QStringLiteral("work-secret-01")));
        type(edit("nameEdit"), QStringLiteral("work2"));
        QVERIFY(whenIdle([this] { press(button("saveButton")); }));
        QCOMPARE(message(), QStringLiteral("Profile “work2” saved."));
        QVERIFY(!m_profiles->contains(QStringLiteral("work")));
        QVERIFY(m_profiles->contains(QStringLiteral("work2")));
        QCOMPARE(test::keychainUsers(), QStringList {QStringLiteral("work2")});
        QCOMPARE(stored(QStringLiteral("work2")).accessKeySecret, QStringLiteral("work-secret-01"));

        // Rename and replace the secret at once: still one entry, under the new name.
        type(edit("nameEdit"), QStringLiteral("work3"));
        type(edit("secretEdit"), QStringLiteral("work-secret-02"));
        QVERIFY(whenIdle([this] { press(button("saveButton")); }));
        QCOMPARE(message(), QStringLiteral("Profile “work3” saved."));
        QCOMPARE(test::keychainUsers(), QStringList {QStringLiteral("work3")});
        QCOMPARE(stored(QStringLiteral("work3")).accessKeySecret, QStringLiteral("work-secret-02"));
    }

    void removeDeletesTheSecret()
    {
        QVERIFY(addProfile(QStringLiteral("gone"), QStringLiteral("GoneKeyId1"), QStringLiteral("gone-secret-1")));
        press(button("removeButton"));
        QVERIFY(widget<QWidget>("removeConfirmation")->isVisible());
        QCOMPARE(widget<QLabel>("removeQuestionLabel")->text(),
                 QStringLiteral("Remove profile “gone” and its stored secret?"));
        QCOMPARE(QApplication::focusWidget(), button("cancelRemoveButton")); // the safe choice has the focus
        press(button("cancelRemoveButton"));
        QVERIFY(!widget<QWidget>("removeConfirmation")->isVisible());
        QVERIFY(m_profiles->contains(QStringLiteral("gone")));

        press(button("removeButton"));
        QVERIFY(whenIdle([this] { press(button("confirmRemoveButton")); }));
        QCOMPARE(message(), QStringLiteral("Profile “gone” and its secret were removed."));
        QVERIFY(!m_profiles->contains(QStringLiteral("gone")));
        QCOMPARE(test::keychainUsers(), QStringList());
        QCOMPARE(m_dialog->currentProfileName(), QStringLiteral("sandbox"));
    }

    void profileWithoutSecret()
    {
        Profile bare;
        bare.name = QStringLiteral("bare");
        bare.accessKeyId = QStringLiteral("BareKeyId1");
        QString error;
        QVERIFY(m_profiles->save(bare, QString(), &error));
        QVERIFY(select(QStringLiteral("bare")));
        QCOMPARE(widget<QLabel>("secretStatusLabel")->text(),
                 QStringLiteral("No secret stored for this profile. Enter it, then save."));
        QVERIFY(whenIdle([this] { press(button("checkButton")); }));
        QCOMPARE(message(), QStringLiteral("No secret stored for this profile. Enter it, then save."));
        QCOMPARE(QApplication::focusWidget(), edit("secretEdit")); // the way to enter it

        // Entering it and saving stores it without touching the rest.
        QTest::keyClicks(edit("secretEdit"), QStringLiteral("bare-secret-1"));
        QVERIFY(whenIdle([this] { QTest::keyClick(edit("secretEdit"), Qt::Key_Return); }));
        QCOMPARE(message(), QStringLiteral("Profile “bare” saved."));
        QCOMPARE(stored(QStringLiteral("bare")).accessKeySecret, QStringLiteral("bare-secret-1"));
    }

    // A RamRoleArn profile of the aliyun CLI is listed as a RAM role and imported with its role.
    void importRamRoleFromAliyunCli()
    {
        m_dialog->setAliyunConfigPath(QFINDTESTDATA("../core/store/data/aliyun-roles.json"));
        QVERIFY(whenIdle([this] { press(button("importAliyunButton")); }));
        auto* list = widget<QListWidget>("importList");
        QCOMPARE(list->count(), 11);
        QCOMPARE(list->item(0)->text(), QStringLiteral("buyer (RAM role, ExampleRoleUserKey1, current)"));
        QCOMPARE(list->item(3)->text(), QStringLiteral("chained (RAM role, ExampleChainBaseKey3)"));
        QVERIFY(!(list->item(4)->flags() & Qt::ItemIsEnabled)); // a chain of roles is skipped
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Space);
        QVERIFY(whenIdle([this] { press(button("importConfirmButton")); }));
        QCOMPARE(message(), QStringLiteral("Imported: buyer."));
        const std::optional<Profile> imported = m_profiles->profile(QStringLiteral("buyer"));
        QVERIFY(imported);
        QCOMPARE(imported->mode, CredentialMode::RamRoleArn);
        QCOMPARE(imported->role.roleArn, QStringLiteral("acs:ram::1380000000000001:role/acr-buyer"));
        QCOMPARE(imported->role.durationSeconds, 7200);
        QCOMPARE(stored(QStringLiteral("buyer")),
                 (StoredSecret {QStringLiteral("example-role-user-secret-1"), QString()}));
        QCOMPARE(edit("roleArnEdit")->text(), imported->role.roleArn);
        QVERIFY(edit("roleArnEdit")->isVisible());
    }

    void importFromAliyunCli()
    {
        m_dialog->setAliyunConfigPath(QFINDTESTDATA("../core/store/data/aliyun-unsupported.json"));
        QVERIFY(whenIdle([this] { press(button("importAliyunButton")); }));
        QCOMPARE(widget<QStackedWidget>("profilesStack")->currentWidget(), widget<QWidget>("importPanel"));
        auto* list = widget<QListWidget>("importList");
        QCOMPARE(list->count(), 7);
        QCOMPARE(list->item(0)->text(),
                 QStringLiteral(
                     "role (skipped: The session name must be 2 to 64 characters: letters, digits and . @ _ - only.)"));
        QVERIFY(!(list->item(0)->flags() & Qt::ItemIsEnabled));
        QCOMPARE(list->item(6)->text(), QStringLiteral("ak (AccessKey, ExampleImportKey5, current)"));
        QVERIFY(list->item(6)->flags() & Qt::ItemIsEnabled);
        QCOMPARE(list->item(6)->checkState(), Qt::Unchecked); // nothing is imported unless picked
        QVERIFY(!button("importConfirmButton")->isEnabled());

        list->setFocus();
        list->setCurrentRow(6);
        QTest::keyClick(list, Qt::Key_Space); // tick it
        QCOMPARE(list->item(6)->checkState(), Qt::Checked);
        auto* site = widget<QComboBox>("importSiteCombo");
        site->setCurrentIndex(site->findData(QStringLiteral("intl")));
        QVERIFY(whenIdle([this] { press(button("importConfirmButton")); }));
        QCOMPARE(message(), QStringLiteral("Imported: ak."));
        QCOMPARE(widget<QStackedWidget>("profilesStack")->currentWidget(), widget<QWidget>("profileEditor"));
        const std::optional<Profile> imported = m_profiles->profile(QStringLiteral("ak"));
        QVERIFY(imported);
        QCOMPARE(imported->site, Site::International);
        QCOMPARE(imported->accessKeyId, QStringLiteral("ExampleImportKey5"));
        QCOMPARE(test::keychainUsers(), QStringList {QStringLiteral("ak")});
        QCOMPARE(stored(QStringLiteral("ak")).accessKeySecret, QStringLiteral("example-import-secret-5"));
        QCOMPARE(m_dialog->currentProfileName(), QStringLiteral("ak"));
    }

    void importKeepsExistingNames()
    {
        m_dialog->setAliyunConfigPath(QFINDTESTDATA("../core/store/data/aliyun-ak.json"));
        for (const QString& expected :
             {QStringLiteral("Imported: default, work."), QStringLiteral("Imported: default-2, work-2.")}) {
            QVERIFY(whenIdle([this] { press(button("importAliyunButton")); }));
            auto* list = widget<QListWidget>("importList");
            QCOMPARE(list->count(), 2);
            list->item(0)->setCheckState(Qt::Checked);
            list->item(1)->setCheckState(Qt::Checked);
            QVERIFY(whenIdle([this] { press(button("importConfirmButton")); }));
            QCOMPARE(message(), expected);
        }
        QCOMPARE(test::keychainUsers(),
                 (QStringList {QStringLiteral("default"), QStringLiteral("default-2"), QStringLiteral("work"),
                               QStringLiteral("work-2")}));
        QCOMPARE(m_profiles->profile(QStringLiteral("work-2"))->defaultRegion, QStringLiteral("ap-southeast-1"));
    }

    void importMalformedChangesNothing()
    {
        const QString path = QFINDTESTDATA("../core/store/data/aliyun-malformed.json");
        m_dialog->setAliyunConfigPath(path);
        QVERIFY(whenIdle([this] { press(button("importAliyunButton")); }));
        QCOMPARE(message(),
                 QDir::toNativeSeparators(path)
                     + QStringLiteral(" is not valid JSON (object is missing after a comma at offset 172); nothing "
                                      "was imported."));
        QCOMPARE(widget<QStackedWidget>("profilesStack")->currentWidget(), widget<QWidget>("profileEditor"));
        QCOMPARE(m_profiles->profiles().size(), 1);
        QCOMPARE(test::keychainUsers(), QStringList());
    }

    void importFromEnvironment()
    {
        QVERIFY(whenIdle([this] { press(button("importEnvButton")); }));
        QCOMPARE(message(),
                 QStringLiteral("Neither ALIBABA_CLOUD_ACCESS_KEY_ID nor ALIBABA_CLOUD_ACCESS_KEY_SECRET "
                                "is set."));

        QProcessEnvironment env;
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("EnvKeyId1"));
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("env-secret-1\n"));
        env.insert(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), QStringLiteral("CAIS+env=="));
        m_dialog->setImportEnvironment(env);
        QVERIFY(whenIdle([this] { press(button("importEnvButton")); }));
        auto* list = widget<QListWidget>("importList");
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("environment (STS token, EnvKeyId1)"));
        QCOMPARE(list->item(0)->checkState(), Qt::Checked); // a single find is picked already
        QVERIFY(whenIdle([this] { press(button("importConfirmButton")); }));
        QCOMPARE(message(), QStringLiteral("Imported: environment."));
        checkStsProfile(QStringLiteral("environment"),
                        StoredSecret {QStringLiteral("env-secret-1"), QStringLiteral("CAIS+env==")});
    }

    void checkShowsDemoBalance()
    {
        QVERIFY(select(QStringLiteral("sandbox")));
        QVERIFY(whenIdle([this] { press(button("checkButton")); }));
        QCOMPARE(widget<QLabel>("checkResultLabel")->text(),
                 QStringLiteral("The credentials work. Available balance: 1000000.00 CNY."));
        QVERIFY(!button("switchSiteButton")->isVisible());
    }

    void checkWrongSecret()
    {
        QVERIFY(addProfile(QStringLiteral("typo"), QStringLiteral("SandboxDemoKeyCN"), QStringLiteral("sandbox-demo")));
        QVERIFY(whenIdle([this] { press(button("checkButton")); }));
        QCOMPARE(widget<QLabel>("checkResultLabel")->text(),
                 QStringLiteral("Wrong secret: the AccessKey ID is known but the secret does not match. Enter the "
                                "secret again."));
    }

    void checkWrongSiteOffersSwitch()
    {
        press(button("addButton"));
        type(edit("nameEdit"), QStringLiteral("abroad"));
        auto* site = chooseNext("siteCombo");
        QCOMPARE(site->currentData().toString(), QStringLiteral("intl"));
        type(edit("accessKeyIdEdit"), QStringLiteral("SandboxDemoKeyCN"));
        type(edit("secretEdit"), QStringLiteral("sandbox-demo-secret-cn"));
        QVERIFY(whenIdle([this] { press(button("saveButton")); }));
        QVERIFY(whenIdle([this] { press(button("checkButton")); }));
        QCOMPARE(widget<QLabel>("checkResultLabel")->text(),
                 QStringLiteral("This account belongs to the China site, not the International site. Switch the "
                                "profile to the China site?"));
        QVERIFY(button("switchSiteButton")->isVisible());
        QCOMPARE(button("switchSiteButton")->text(), QStringLiteral("S&witch to the China site"));
        QCOMPARE(QApplication::focusWidget(), button("switchSiteButton"));

        QVERIFY(whenIdle([this] { press(button("switchSiteButton")); }));
        QCOMPARE(message(), QStringLiteral("Profile “abroad” now uses the China site."));
        QCOMPARE(m_profiles->profile(QStringLiteral("abroad"))->site, Site::China);
        QCOMPARE(site->currentData().toString(), QStringLiteral("cn"));
        QVERIFY(whenIdle([this] { press(button("checkButton")); }));
        QCOMPARE(widget<QLabel>("checkResultLabel")->text(),
                 QStringLiteral("The credentials work. Available balance: 1000000.00 CNY."));
    }

    void mnemonicsAndTabOrder()
    {
        // Alt+letter of each label reaches its field. (Alt+P first: focusing the list selects a profile.)
        QTest::keyClick(m_dialog.get(), Qt::Key_P, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), widget<QWidget>("profileList"));
        QTest::keyClick(m_dialog.get(), Qt::Key_A, Qt::AltModifier); // Add (a button's mnemonic animates a click)
        QTRY_COMPARE(QApplication::focusWidget(), widget<QWidget>("nameEdit"));
        QCOMPARE(m_dialog->currentProfileName(), QString());
        const QList<std::pair<Qt::Key, const char*>> mnemonics {
            {Qt::Key_N, "nameEdit"},        {Qt::Key_T, "siteCombo"},  {Qt::Key_M, "modeCombo"},
            {Qt::Key_I, "accessKeyIdEdit"}, {Qt::Key_E, "secretEdit"}, {Qt::Key_G, "regionEdit"},
        };
        for (const auto& [key, name] : mnemonics) {
            QTest::keyClick(m_dialog.get(), key, Qt::AltModifier);
            QVERIFY2(QApplication::focusWidget() && QApplication::focusWidget()->objectName() == QLatin1String(name),
                     name);
        }
        // Tab walks the form top to bottom (the STS token field is hidden in AccessKey mode).
        edit("nameEdit")->setFocus();
        const QStringList order {QStringLiteral("siteCombo"),       QStringLiteral("modeCombo"),
                                 QStringLiteral("accessKeyIdEdit"), QStringLiteral("secretEdit"),
                                 QStringLiteral("regionEdit"),      QStringLiteral("saveButton")};
        for (const QString& next : order) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), next);
        }

        // In RAM role mode the role's fields follow the secret, with their own mnemonics.
        chooseNext("modeCombo");
        QCOMPARE(chooseNext("modeCombo")->currentData().toString(), QStringLiteral("RamRoleArn"));
        const QList<std::pair<Qt::Key, const char*>> roleMnemonics {
            {Qt::Key_O, "roleArnEdit"}, {Qt::Key_X, "externalIdEdit"}, {Qt::Key_U, "durationSpin"}};
        for (const auto& [key, name] : roleMnemonics) {
            QTest::keyClick(m_dialog.get(), key, Qt::AltModifier);
            QVERIFY2(QApplication::focusWidget() && QApplication::focusWidget()->objectName() == QLatin1String(name),
                     name);
        }
        edit("secretEdit")->setFocus();
        const QStringList roleOrder {QStringLiteral("roleArnEdit"), QStringLiteral("sessionNameEdit"),
                                     QStringLiteral("externalIdEdit"), QStringLiteral("durationSpin"),
                                     QStringLiteral("regionEdit")};
        for (const QString& next : roleOrder) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), next);
        }
    }

    void refusingKeychainIsSaidInWords()
    {
        // What gnome-keyring answers before the login keyring exists: the bar says it in words and
        // what to do; the D-Bus text is only in the details.
        const QString raw
            = QStringLiteral("Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d");
        CredentialReply reply(CredentialReply::Operation::Store, QStringLiteral("team"), nullptr);
        reply.finish(CredentialStatus::Failed, raw); // QtKeychain's OtherError with libsecret's text
        ui::ProfileMessageBar bar(m_store.get());
        bar.showKeychainProblem(reply, [] {});
        auto* label = bar.findChild<QLabel*>(QStringLiteral("messageLabel"));
        QVERIFY(label);
        QVERIFY(!bar.isHidden());
        QCOMPARE(label->text(), kLockedSentence);
        QVERIFY(!label->text().contains(u"freedesktop"));
        QCOMPARE(label->toolTip(), QStringLiteral("Details: ") + raw);
        QCOMPARE(label->accessibleDescription(), label->toolTip());
        QVERIFY(!bar.findChild<QPushButton*>(QStringLiteral("retryButton"))->isHidden());
        // The next message has no leftover details.
        bar.showMessage(ui::ProfileMessageBar::Kind::Info, QStringLiteral("Saved."));
        QCOMPARE(label->toolTip(), QString());
    }

    void lockedKeychainOffersRetry()
    {
        QVERIFY(addProfile(QStringLiteral("locked"), QStringLiteral("LockedKey1"), QStringLiteral("locked-secret-1")));
        QVERIFY(select(QStringLiteral("sandbox")));
        QVERIFY(test::lockDefaultCollection()); // last test: this run's keyring stays locked
        QVERIFY(select(QStringLiteral("locked")));
        QCOMPARE(message(), kLockedSentence);
        // The keychain's own text only in the details.
        const QString details = widget<QLabel>("messageLabel")->toolTip();
        QVERIFY2(details.startsWith(u"Details: ") && details.size() > 9, qPrintable(details));
        QVERIFY(!message().contains(details.mid(9)));
        QVERIFY(button("retryButton")->isVisible());
        QVERIFY(!button("sessionOnlyButton")->isVisible());
        QCOMPARE(widget<QLabel>("secretStatusLabel")->text(), QStringLiteral("The stored secret could not be read."));
        // Retry asks again (still locked here: no one can unlock it without a display).
        QVERIFY(whenIdle([this] { press(button("retryButton")); }));
        QCOMPARE(message(), kLockedSentence);

        // Removing must not drop the profile while its entry cannot be deleted.
        press(button("removeButton"));
        QVERIFY(whenIdle([this] { press(button("confirmRemoveButton")); }));
        QCOMPARE(message(), kLockedSentence);
        QVERIFY(m_profiles->contains(QStringLiteral("locked")));
    }

    void cleanupTestCase()
    {
        m_dialog.reset();
        // No secret of this suite in any file: not under HOME (config, data, cache), not in the settings.
        const QList<QByteArray> secrets {"work-secret-01",      "work-secret-02",  "sts-secret-1",
                                         "CAIS+dialog/token==", "bare-secret-1",   "example-import-secret",
                                         "env-secret-1",        "locked-secret-1", "gone-secret-1"};
        QCOMPARE(test::filesContaining(QDir::homePath(), secrets), QStringList());
        QCOMPARE(test::filesContaining(m_dir.path(), secrets), QStringList());
    }
};

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
