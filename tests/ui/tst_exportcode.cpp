// "Export as code…" (issue 18, part 1) driven by the keyboard offscreen: from the History window
// for a bought row (Terraform with its import block) and from the Templates window (ROS); the file
// written is the application layer's export byte for byte, the confirmation is inline in the
// dialog, and a profile's secret held in the keychain appears in no export.
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "core/app/InfraExportService.h"
#include "core/store/CredentialReply.h"
#include "core/store/CredentialStore.h"
#include "core/store/Journal.h"
#include "core/store/TemplateStore.h"
#include "ui/ExportCodeDialog.h"
#include "ui/HistoryWindow.h"
#include "ui/TemplatesDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace acrp;
using namespace acrp::test;
using acrp::ui::AppContext;
using acrp::ui::ExportCodeDialog;

namespace {

const QString kSecret = QStringLiteral("Sx9QmWv2Lp7Rt4Zk8Ny3Hb6Jc");
const QString kKeyId = QStringLiteral("LTAI-tst-exportcode-key");

OrderSpec order()
{
    OrderSpec spec
        = chinaOrder(QStringLiteral("gui-export"), QStringLiteral("Standard"), QStringLiteral("cn-beijing"), 6);
    spec.defaultBucket = false;
    spec.customBucket = QStringLiteral("gui-export-images");
    return spec;
}

// No part of the secret (any 6 characters of it) and not the key id.
void checkNoSecret(const QByteArray& text)
{
    const QString content = QString::fromUtf8(text);
    for (qsizetype i = 0; i + 6 <= kSecret.size(); ++i)
        QVERIFY2(!content.contains(kSecret.mid(i, 6)), qPrintable(kSecret.mid(i, 6)));
    QVERIFY(!content.contains(kKeyId));
}

} // namespace

class TestExportCode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void historyExportsBoughtRowByKeyboard();
    void templatesExportRosByKeyboard();
    void unwritableFileIsSaidInline();
    void browseFillsTheFileAndFormatSetsTheSuffix();

private:
    // Types `path` into the open dialog and presses Enter; returns the dialog.
    ExportCodeDialog* exportWithKeyboard(QWidget* window, Qt::Key mnemonicKey, const QString& path, bool ros);

    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<TemplateStore> m_templates;
    AppContext m_context;
    qint64 m_bought = 0;
    qint64 m_template = 0;
};

void TestExportCode::initTestCase()
{
    initGuiTestCase();
    QVERIFY(m_dir.isValid());
    // The row's profile has its secret in the keychain (the test's private Secret Service).
    CredentialStore store;
    CredentialReply* stored = store.store(QStringLiteral("work"), StoredSecret {kSecret, {}});
    QVERIFY(waitForSignal(stored, &CredentialReply::finished));
    QCOMPARE(stored->status(), CredentialStatus::Ok);
    delete stored;
    CredentialReply* read = store.read(QStringLiteral("work"));
    QVERIFY(waitForSignal(read, &CredentialReply::finished));
    QCOMPARE(read->secret().accessKeySecret, kSecret);
    delete read;

    m_journal = std::make_unique<Journal>(m_dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(m_journal->open());
    JournalEntry entry = sendingRow(QStringLiteral("work"), QStringLiteral("cn"), order(), QStringLiteral("tok-gui"));
    entry.createdAt = QDateTime(QDate(2026, 4, 2), QTime(8, 0), Qt::UTC);
    m_bought = m_journal->insert(entry);
    QVERIFY(m_bought > 0);
    QVERIFY(m_journal->finishSucceeded(m_bought, 1, QStringLiteral("cri-guiexport00001"), QStringLiteral("4440001"),
                                       QStringLiteral("RID-gui")));
    m_templates = std::make_unique<TemplateStore>(*m_journal);
    m_template = m_templates->add(QStringLiteral("gui template"), order());
    QVERIFY(m_template > 0);
    m_context.journal = m_journal.get();
    m_context.templates = m_templates.get();
}

ExportCodeDialog* TestExportCode::exportWithKeyboard(QWidget* window, Qt::Key mnemonicKey, const QString& path,
                                                     bool ros)
{
    QTest::keyClick(window, mnemonicKey, Qt::AltModifier);
    // A mnemonic clicks its button animated: the dialog opens a moment later.
    ExportCodeDialog* dialog = nullptr;
    waitFor([&] { return (dialog = window->findChild<ExportCodeDialog*>(QStringLiteral("exportCodeDialog"))); });
    if (!dialog)
        return nullptr;
    if (!QTest::qWaitForWindowActive(dialog))
        qWarning("the export dialog is not active");
    auto* format = need<QComboBox>(dialog, "exportFormatCombo");
    if (ros) {
        format->setFocus();
        QTest::keyClick(format, Qt::Key_Down);
    }
    QTest::keyClick(dialog, Qt::Key_I, Qt::AltModifier); // F&ile:
    auto* edit = need<QLineEdit>(dialog, "exportPathEdit");
    if (!edit->hasFocus())
        qWarning("Alt+I did not reach the file field");
    edit->selectAll();
    QTest::keyClicks(edit, path);
    QTest::keyClick(edit, Qt::Key_Return); // the default button: Export
    return dialog;
}

void TestExportCode::historyExportsBoughtRowByKeyboard()
{
    ui::HistoryWindow window(m_context);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.selectOrder(m_bought);
    auto* button = need<QPushButton>(&window, "historyExportCodeButton");
    QTRY_VERIFY(button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Export as co&de…"));

    const QString path = m_dir.filePath(QStringLiteral("history.tf"));
    ExportCodeDialog* dialog = exportWithKeyboard(&window, Qt::Key_D, path, false);
    QVERIFY(dialog);
    auto* message = need<QLabel>(dialog, "exportMessage");
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("Terraform configuration written to %1.").arg(path)),
             qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("adopts cri-guiexport00001")));
    // The wrapped message is shown whole, above Close (found under Xvfb: it ran under the button).
    const auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    const auto fitsWhole = [&] {
        return message->height() >= message->heightForWidth(message->width())
            && message->geometry().bottom() < buttons->geometry().top();
    };
    QTRY_VERIFY(fitsWhole());
    // Narrower, so it wraps onto more lines: exported again, the dialog grows to show it whole.
    dialog->resize(300, dialog->height());
    QTest::keyClick(dialog, Qt::Key_E, Qt::AltModifier);
    QTRY_VERIFY(fitsWhole());
    const QByteArray text = acrp::test::readFile(path).value_or(QByteArray());
    QCOMPARE(text, InfraExportService::fromJournal(*m_journal, m_bought, InfraFormat::Terraform).text);
    QVERIFY(text.contains("import {\n  to = alicloud_cr_ee_instance.gui_export\n  id = \"cri-guiexport00001\"\n}\n"));
    QVERIFY(text.contains("  custom_oss_bucket  = \"gui-export-images\"\n"));
    checkNoSecret(text);
    QVERIFY(dialog->isVisible()); // no pop-up: the answer stays in the dialog until it is closed
    dialog->close();
}

void TestExportCode::templatesExportRosByKeyboard()
{
    ui::TemplatesDialog window(m_context);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.selectTemplate(m_template);
    QTRY_VERIFY(need<QPushButton>(&window, "templateExportCodeButton")->isEnabled());
    const QString path = m_dir.filePath(QStringLiteral("template.json"));
    ExportCodeDialog* dialog = exportWithKeyboard(&window, Qt::Key_O, path, true);
    QVERIFY(dialog);
    auto* message = need<QLabel>(dialog, "exportMessage");
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("ROS template written to %1.").arg(path));
    const QByteArray text = acrp::test::readFile(path).value_or(QByteArray());
    const std::optional<OrderTemplate> item = m_templates->byId(m_template);
    QVERIFY(item);
    QCOMPARE(text, InfraExportService::fromTemplate(*item, InfraFormat::Ros).text);
    const QJsonObject properties = QJsonDocument::fromJson(text)
                                       .object()
                                       .value(QLatin1String("Resources"))
                                       .toObject()
                                       .value(QLatin1String("GuiExport"))
                                       .toObject()
                                       .value(QLatin1String("Properties"))
                                       .toObject();
    QCOMPARE(properties.value(QLatin1String("InstanceStorageName")).toString(), QStringLiteral("gui-export-images"));
    QCOMPARE(properties.value(QLatin1String("InstanceType")).toString(), QStringLiteral("Standard"));
    checkNoSecret(text);
    dialog->close();
}

void TestExportCode::unwritableFileIsSaidInline()
{
    ui::HistoryWindow window(m_context);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.selectOrder(m_bought);
    const QString path = m_dir.filePath(QStringLiteral("missing/folder/main.tf"));
    ExportCodeDialog* dialog = exportWithKeyboard(&window, Qt::Key_D, path, false);
    QVERIFY(dialog);
    auto* message = need<QLabel>(dialog, "exportMessage");
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("Cannot write ")), qPrintable(message->text()));
    QVERIFY(!QFile::exists(path));
    dialog->close();
}

void TestExportCode::browseFillsTheFileAndFormatSetsTheSuffix()
{
    QString offered;
    const QString chosen = m_dir.filePath(QStringLiteral("chosen.tf"));
    ExportCodeDialog::setFileChooser([&](const QString& suggested) {
        offered = suggested;
        return chosen;
    });
    ExportCodeDialog* dialog = ExportCodeDialog::openFor(
        nullptr, [](InfraFormat format) { return InfraExportService::fromOrder(order(), format); },
        QStringLiteral("gui-export"));
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto* edit = need<QLineEdit>(dialog, "exportPathEdit");
    QVERIFY(edit->text().endsWith(QStringLiteral("gui-export.tf")));
    QTest::keyClick(dialog, Qt::Key_B, Qt::AltModifier); // &Browse…
    QTRY_COMPARE(edit->text(), QDir::toNativeSeparators(chosen));
    QVERIFY(offered.endsWith(QStringLiteral("gui-export.tf")));
    // Choosing ROS turns the .tf file into a .json one.
    auto* format = need<QComboBox>(dialog, "exportFormatCombo");
    format->setFocus();
    QTest::keyClick(format, Qt::Key_Down);
    QCOMPARE(edit->text(), QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("chosen.json"))));
    ExportCodeDialog::setFileChooser({});
    dialog->close();
}

QTEST_MAIN(TestExportCode)
#include "tst_exportcode.moc"
