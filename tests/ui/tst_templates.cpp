// Order templates in the GUI (issue 7) and "Save as template" on the Review page (issue 6): real
// widgets (offscreen) against the embedded sandbox, with the journal in a temporary SQLite file.
#include "MarkingTranslator.h"
#include "UiTestSupport.h"
#include "core/Formatting.h"
#include "core/order/Catalog.h"
#include "core/order/OrderFile.h"
#include "core/store/Journal.h"
#include "core/store/TemplateStore.h"
#include "sandbox/SandboxServer.h"
#include "ui/AppServices.h"
#include "ui/HistoryWindow.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/OrderDraft.h"
#include "ui/OrderText.h"
#include "ui/PurchaseWizard.h"
#include "ui/SaveTemplateRow.h"
#include "ui/TemplatesDialog.h"
#include "ui/pages/BillingPage.h"
#include "ui/pages/ResultPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUrl>

using namespace acrp;
using namespace acrp::ui;
using namespace std::chrono_literals;

namespace {

// A complete, valid order with every field away from its default.
OrderSpec fullOrder(const QString& name)
{
    OrderSpec order;
    order.site = Site::International;
    order.edition = QStringLiteral("Advanced");
    order.instanceName = name;
    order.region = QStringLiteral("ap-southeast-1");
    order.defaultBucket = false;
    order.customBucket = QStringLiteral("team-images");
    order.imageScanner = QStringLiteral("SAS");
    order.extraNamespaces = 10;
    order.extraRepositories = 2000;
    order.vpcQuota = 3;
    order.periodMonths = 24;
    order.autoRenewal = true;
    order.renewPeriodMonths = 12;
    return order;
}

// A small valid China-site order.
OrderSpec simpleOrder(const QString& name)
{
    OrderSpec order;
    order.instanceName = name;
    order.region = QStringLiteral("cn-shanghai");
    return order;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT

private:
    test::AppFixture m_app;

    // A window over the fixture's journal (or `journalPath`, for the broken journal), the sandbox
    // with room for several orders.
    void start(const QString& journalPath = {}, bool expectProblems = false)
    {
        AppServices::Options options = m_app.options(test::AppFixture::richSandbox());
        if (!journalPath.isEmpty())
            options.journalPath = journalPath;
        QVERIFY(m_app.start(
            options, expectProblems ? test::AppFixture::Problems::Expected : test::AppFixture::Problems::Refused));
    }

    TemplateStore* store() const { return m_app.context().templates; }
    PurchaseWizard* wizard() const { return m_app.wizard(); }
    QAbstractButton* nextButton() const { return m_app.nextButton(); }
    void next(PurchaseWizard::PageId expected) { m_app.next(expected); }

    template<typename T> static T* child(const QObject* root, const char* name) { return test::find<T>(root, name); }
    template<typename T> T* find(const char* name) const { return m_app.find<T>(name); }
    QAction* action(const char* name) const { return find<QAction>(name); }

    qint64 addTemplate(const QString& name, const OrderSpec& order)
    {
        QString error;
        const qint64 id = store()->add(name, order, &error);
        if (!id)
            qWarning("add %s: %s", qPrintable(name), qPrintable(error));
        return id;
    }

    // Window → Templates (or File → New order from template…).
    TemplatesDialog* openTemplates(const char* actionName = "templatesAction")
    {
        action(actionName)->trigger();
        TemplatesDialog* dialog = m_app.window()->templatesDialog();
        if (dialog && !QTest::qWaitForWindowExposed(dialog))
            qWarning("templates dialog not shown");
        QApplication::setActiveWindow(dialog); // the offscreen platform does not activate windows
        return dialog;
    }

    static QTableWidget* table(TemplatesDialog* dialog) { return child<QTableWidget>(dialog, "templatesTable"); }

    static QStringList names(TemplatesDialog* dialog)
    {
        QStringList result;
        QTableWidget* rows = table(dialog);
        for (int row = 0; row < rows->rowCount(); ++row)
            result << rows->item(row, TemplatesDialog::NameColumn)->text();
        return result;
    }

    static void selectRow(TemplatesDialog* dialog, const QString& name)
    {
        QTableWidget* rows = table(dialog);
        for (int row = 0; row < rows->rowCount(); ++row) {
            if (rows->item(row, TemplatesDialog::NameColumn)->text() == name) {
                rows->setFocus();
                rows->setCurrentCell(row, TemplatesDialog::NameColumn);
                return;
            }
        }
        qWarning("no template row %s", qPrintable(name));
    }

    // Sends a drag of `paths` (as file URLs) onto `target`, then drops it; whether the drag was accepted.
    static bool dropFiles(QWidget* target, const QStringList& paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString& path : paths)
            urls << QUrl::fromLocalFile(path);
        mime.setUrls(urls);
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        return drop.isAccepted();
    }

private slots:
    void initTestCase() { test::initGuiTestCase(); }

    void cleanup() { m_app.clear(); }

    // Review page: save under the suggested name with Enter; empty, too long and taken names are
    // refused with their message, which goes when the name is fixed.
    void reviewPageSavesTheOrder()
    {
        start();
        const OrderSpec order = simpleOrder(QStringLiteral("review-save"));
        wizard()->startWith(order);
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::AccountPageId));
        m_app.nextUntil(PurchaseWizard::ReviewPageId);

        auto* row = find<SaveTemplateRow>("reviewSaveTemplateRow");
        QVERIFY(row && row->isVisible());
        auto* name = child<QLineEdit>(row, "templateNameEdit");
        auto* save = child<QPushButton>(row, "saveTemplateButton");
        auto* message = child<QLabel>(row, "saveTemplateMessage");
        auto* label = child<QLabel>(row, "templateNameLabel");
        QCOMPARE(label->buddy(), name);
        QVERIFY(label->text().contains(u'&'));
        QCOMPARE(name->text(), QStringLiteral("review-save")); // the instance name is offered
        QVERIFY(!message->isVisible());

        // Enter in the field saves.
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("Saved as template “review-save”."));
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::ReviewPageId)); // Enter did not buy
        const std::optional<OrderTemplate> saved = store()->byName(QStringLiteral("review-save"));
        QVERIFY(saved);
        QCOMPARE(saved->order, order);

        // Empty: shown as typed and on Save; nothing saved.
        name->setFocus();
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Backspace);
        QVERIFY(message->isVisible());
        const QString emptyMessage = store()->nameProblem(QString());
        QVERIFY(!emptyMessage.isEmpty());
        QCOMPARE(message->text(), emptyMessage);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(message->text(), emptyMessage);
        QCOMPARE(store()->list().size(), 1);
        // The shown problem follows a language change, and back.
        {
            MarkingTranslator translator("acrp::TemplateStore");
            QVERIFY(QCoreApplication::installTranslator(&translator));
            QTRY_COMPARE_WITH_TIMEOUT(message->text(), store()->nameProblem(QString()), test::kWaitMs);
            QVERIFY(message->text().startsWith(u"ZH "));
            QCOMPARE(name->accessibleDescription(), message->text());
            QVERIFY(QCoreApplication::removeTranslator(&translator));
            QTRY_COMPARE_WITH_TIMEOUT(message->text(), emptyMessage, test::kWaitMs);
        }
        QTest::keyClicks(name, QStringLiteral("ok"));
        QVERIFY(!message->isVisible());

        // Too long.
        const QString tooLong(TemplateStore::kMaxNameLength + 1, u'x');
        name->selectAll();
        QTest::keyClicks(name, tooLong);
        QCOMPARE(name->text(), tooLong); // not cut silently
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), store()->nameProblem(tooLong));
        QVERIFY(!message->text().isEmpty());
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(store()->list().size(), 1);
        QTest::keyClick(name, Qt::Key_Backspace);
        QVERIFY(!message->isVisible());

        // Taken (ignoring case).
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("REVIEW-SAVE"));
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), store()->nameProblem(QStringLiteral("REVIEW-SAVE")));
        QVERIFY(!message->text().isEmpty());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(store()->list().size(), 1);
        QTest::keyClicks(name, QStringLiteral("-2"));
        QVERIFY(!message->isVisible());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(message->text(), QStringLiteral("Saved as template “REVIEW-SAVE-2”."));
        QCOMPARE(store()->list().size(), 2);
    }

    // File → Save order as template…: an inline bar at the top, focused; Enter saves, Esc hides it.
    void menuSaveBar()
    {
        start();
        wizard()->startWith(simpleOrder(QStringLiteral("from-menu")));
        auto* bar = find<QWidget>("saveTemplateBar");
        QVERIFY(!bar->isVisible());
        action("saveAsTemplateAction")->trigger();
        QVERIFY(bar->isVisible());
        auto* name = child<QLineEdit>(bar, "templateNameEdit");
        QTRY_VERIFY(name->hasFocus());
        QCOMPARE(name->text(), QStringLiteral("from-menu"));
        QCOMPARE(name->selectedText(), QStringLiteral("from-menu")); // typing replaces it
        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClicks(name, QStringLiteral("-tpl"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(child<QLabel>(bar, "saveTemplateMessage")->text(),
                 QStringLiteral("Saved as template “from-menu-tpl”."));
        QVERIFY(store()->byName(QStringLiteral("from-menu-tpl")));
        QVERIFY(m_app.window()->isVisible());
        QTest::keyClick(name, Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QVERIFY(m_app.window()->isVisible()); // Esc hid the bar, it did not close the wizard

        // Shown again: the message of the last save is gone, the same name is now taken.
        action("saveAsTemplateAction")->trigger();
        QVERIFY(bar->isVisible());
        QVERIFY(!child<QLabel>(bar, "saveTemplateMessage")->isVisible());
        QTest::mouseClick(child<QToolButton>(bar, "closeSaveTemplateBarButton"), Qt::LeftButton);
        QVERIFY(!bar->isVisible());
    }

    // The journal cannot be opened: every templates entry point says so inline.
    void journalUnavailable()
    {
        QVERIFY(writeFile(m_app.filePath(QStringLiteral("not-a-folder")), "x"));
        start(m_app.filePath(QStringLiteral("not-a-folder/journal.sqlite")), true);
        QVERIFY(!store());
        const QString unavailable = QStringLiteral("Templates are unavailable: the order journal could not be opened.");

        action("saveAsTemplateAction")->trigger();
        auto* bar = find<QWidget>("saveTemplateBar");
        QVERIFY(bar->isVisible());
        QCOMPARE(child<QLabel>(bar, "saveTemplateMessage")->text(), unavailable);
        QVERIFY(child<QLabel>(bar, "saveTemplateMessage")->isVisible());
        QVERIFY(!child<QPushButton>(bar, "saveTemplateButton")->isEnabled());

        TemplatesDialog* dialog = openTemplates();
        QVERIFY(dialog);
        QCOMPARE(child<QLabel>(dialog, "templatesIntro")->text(), unavailable);
        QVERIFY(!child<QPushButton>(dialog, "importTemplatesButton")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "newOrderFromTemplateButton")->isEnabled());

        QVERIFY(writeFile(m_app.filePath(QStringLiteral("order.json")),
                          OrderFile::serialize(simpleOrder(QStringLiteral("x")))));
        m_app.window()->importTemplates({m_app.filePath(QStringLiteral("order.json"))});
        QVERIFY(find<QWidget>("importBar")->isVisible());
        QCOMPARE(find<QLabel>("importResultsLabel")->text(), unavailable);
    }

    // The dialog lists the templates; rename in place (F2), refused names revert with a message.
    void dialogListsAndRenames()
    {
        start();
        QVERIFY(addTemplate(QStringLiteral("beta"), simpleOrder(QStringLiteral("beta-registry"))));
        QVERIFY(addTemplate(QStringLiteral("alpha"), fullOrder(QStringLiteral("alpha-registry"))));
        TemplatesDialog* dialog = openTemplates("newFromTemplateAction");
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->objectName(), QStringLiteral("templatesDialog"));
        QVERIFY(!dialog->isModal());
        QTableWidget* rows = table(dialog);
        QCOMPARE(names(dialog), (QStringList {QStringLiteral("alpha"), QStringLiteral("beta")}));
        QCOMPARE(rows->item(0, TemplatesDialog::SiteColumn)->text(), QStringLiteral("International site"));
        QCOMPARE(rows->item(0, TemplatesDialog::EditionColumn)->text(),
                 Catalog::builtIn().edition(QStringLiteral("Advanced"))->name.forLocale(QStringLiteral("en")));
        QCOMPARE(rows->item(0, TemplatesDialog::RegionColumn)->text(), QStringLiteral("ap-southeast-1"));
        QCOMPARE(rows->item(0, TemplatesDialog::PeriodColumn)->text(), QStringLiteral("2 years"));
        QCOMPARE(rows->item(1, TemplatesDialog::PeriodColumn)->text(), QStringLiteral("1 year"));
        // The one date-time format of the windows (History, Templates, the CLI's tables).
        const std::optional<OrderTemplate> first = m_app.context().templates->byId(dialog->selectedId());
        QVERIFY(first);
        QCOMPARE(rows->item(0, TemplatesDialog::UpdatedColumn)->text(), format::dateTime(first->updatedAt));
        QVERIFY(!rows->item(0, TemplatesDialog::UpdatedColumn)->text().isEmpty());
        QVERIFY(dialog->selectedId() != 0); // the first row is selected: keyboard ready

        // F2, type, Enter.
        selectRow(dialog, QStringLiteral("alpha"));
        const qint64 alpha = dialog->selectedId();
        QTest::keyClick(rows, Qt::Key_F2);
        QLineEdit* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("gamma"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The view commits the editor's text from the event loop.
        QTRY_COMPARE(store()->byId(alpha)->name, QStringLiteral("gamma"));
        QVERIFY(dialog->isVisible()); // Enter in the editor renames; it does not start an order
        QCOMPARE(dialog->messageText(), QStringLiteral("Renamed “alpha” to “gamma”."));
        QTRY_COMPARE(names(dialog), (QStringList {QStringLiteral("beta"), QStringLiteral("gamma")}));
        QCOMPARE(dialog->selectedId(), alpha);

        // Refused (taken, ignoring case): the message, and the cell shows the name the template kept.
        QTest::mouseClick(child<QPushButton>(dialog, "renameTemplateButton"), Qt::LeftButton);
        editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("BETA"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(dialog->messageText(), store()->nameProblem(QStringLiteral("BETA"), alpha));
        QVERIFY(!dialog->messageText().isEmpty());
        QCOMPARE(store()->byId(alpha)->name, QStringLiteral("gamma"));
        QCOMPARE(names(dialog), (QStringList {QStringLiteral("beta"), QStringLiteral("gamma")}));

        // Refused (empty).
        selectRow(dialog, QStringLiteral("gamma"));
        QTest::keyClick(rows, Qt::Key_F2);
        editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Backspace);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(dialog->messageText(), store()->nameProblem(QString()));
        QCOMPARE(names(dialog), (QStringList {QStringLiteral("beta"), QStringLiteral("gamma")}));
    }

    void dialogDuplicatesAndDeletes()
    {
        start();
        QVERIFY(addTemplate(QStringLiteral("base"), simpleOrder(QStringLiteral("base-registry"))));
        TemplatesDialog* dialog = openTemplates();
        QVERIFY(dialog);
        selectRow(dialog, QStringLiteral("base"));
        QTest::mouseClick(child<QPushButton>(dialog, "duplicateTemplateButton"), Qt::LeftButton);
        QCOMPARE(names(dialog), (QStringList {QStringLiteral("base"), QStringLiteral("base (copy)")}));
        QCOMPARE(dialog->messageText(), QStringLiteral("Duplicated as “base (copy)”."));
        const std::optional<OrderTemplate> copy = store()->byName(QStringLiteral("base (copy)"));
        QVERIFY(copy);
        QCOMPARE(copy->order, simpleOrder(QStringLiteral("base-registry")));
        QCOMPARE(dialog->selectedId(), copy->id);

        // Delete asks inline; Esc keeps the template (and the window).
        auto* confirmBar = child<QWidget>(dialog, "deleteConfirmBar");
        QVERIFY(!confirmBar->isVisible());
        table(dialog)->setFocus();
        QTest::keyClick(table(dialog), Qt::Key_Delete);
        QVERIFY(confirmBar->isVisible());
        QCOMPARE(child<QLabel>(dialog, "deleteConfirmText")->text(),
                 QStringLiteral("Delete the template “base (copy)”? This cannot be undone."));
        QVERIFY(child<QPushButton>(dialog, "cancelDeleteButton")->hasFocus() || !dialog->isActiveWindow());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(!confirmBar->isVisible());
        QVERIFY(dialog->isVisible());
        QCOMPARE(store()->list().size(), 2);

        // "Keep it" keeps it too.
        QTest::mouseClick(child<QPushButton>(dialog, "deleteTemplateButton"), Qt::LeftButton);
        QVERIFY(confirmBar->isVisible());
        QTest::mouseClick(child<QPushButton>(dialog, "cancelDeleteButton"), Qt::LeftButton);
        QVERIFY(!confirmBar->isVisible());
        QCOMPARE(store()->list().size(), 2);

        // Confirmed: gone, with a message.
        QTest::mouseClick(child<QPushButton>(dialog, "deleteTemplateButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(dialog, "confirmDeleteButton"), Qt::LeftButton);
        QVERIFY(!confirmBar->isVisible());
        QVERIFY(!store()->byName(QStringLiteral("base (copy)")));
        QCOMPARE(names(dialog), QStringList {QStringLiteral("base")});
        QCOMPARE(dialog->messageText(), QStringLiteral("Deleted the template “base (copy)”."));
        QVERIFY(dialog->selectedId() != 0);
    }

    // New order from template (Enter on the row): the dialog closes and every page shows the order.
    void newOrderFromTemplatePrefillsTheWizard()
    {
        start();
        const OrderSpec order = fullOrder(QStringLiteral("prefilled"));
        QVERIFY(addTemplate(QStringLiteral("full"), order));
        QVERIFY(addTemplate(QStringLiteral("other"), simpleOrder(QStringLiteral("other"))));
        TemplatesDialog* dialog = openTemplates();
        QVERIFY(dialog);
        selectRow(dialog, QStringLiteral("full"));
        QTest::keyClick(table(dialog), Qt::Key_Return);
        QVERIFY(!dialog->isVisible());

        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::AccountPageId));
        QCOMPARE(wizard()->draft()->order(), order);
        QCOMPARE(find<QComboBox>("siteCombo")->currentData().toString(), QStringLiteral("intl"));
        next(PurchaseWizard::InstancePageId);
        QCOMPARE(wizard()->draft()->order(), order); // the Account page kept the template's site
        QCOMPARE(find<QComboBox>("editionCombo")->currentData().toString(), QStringLiteral("Advanced"));
        QCOMPARE(find<QLineEdit>("instanceNameEdit")->text(), QStringLiteral("prefilled"));
        QCOMPARE(find<QListWidget>("regionList")->currentItem()->data(Qt::UserRole).toString(),
                 QStringLiteral("ap-southeast-1"));
        next(PurchaseWizard::StoragePageId);
        QVERIFY(!find<QCheckBox>("defaultBucketCheck")->isChecked());
        QCOMPARE(find<QLineEdit>("customBucketEdit")->text(), QStringLiteral("team-images"));
        QCOMPARE(find<QComboBox>("scannerCombo")->currentData().toString(), QStringLiteral("SAS"));
        next(PurchaseWizard::QuotaPageId);
        QCOMPARE(find<QSpinBox>("namespacesSpin")->value(), 10);
        QCOMPARE(find<QSpinBox>("repositoriesSpin")->value(), 2000);
        QCOMPARE(find<QSpinBox>("vpcSpin")->value(), 3);
        next(PurchaseWizard::BillingPageId);
        QCOMPARE(find<QComboBox>("periodCombo")->currentData().toInt(), 24);
        QVERIFY(find<QCheckBox>("autoRenewalCheck")->isChecked());
        QCOMPARE(find<QComboBox>("renewPeriodCombo")->currentData().toInt(), 12);
        next(PurchaseWizard::ReviewPageId);
        QCOMPARE(wizard()->draft()->order(), order);

        // The double-click path too.
        dialog = openTemplates();
        selectRow(dialog, QStringLiteral("other"));
        QTableWidget* rows = table(dialog);
        const QRect cell = rows->visualItemRect(rows->currentItem());
        QTest::mouseClick(rows->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        QTest::mouseDClick(rows->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        QVERIFY(!dialog->isVisible());
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::AccountPageId));
        QCOMPARE(wizard()->draft()->order(), simpleOrder(QStringLiteral("other")));
        QCOMPARE(find<QComboBox>("siteCombo")->currentData().toString(), QStringLiteral("cn"));
    }

    // A template that no longer validates opens on the wrong field, marked, its value unchanged.
    void invalidTemplateOpensWithTheFieldMarked()
    {
        start();
        OrderSpec order = simpleOrder(QStringLiteral("old-template"));
        order.region = QStringLiteral("cn-atlantis"); // not (or no longer) in the catalog
        order.extraNamespaces = 7; // not a step of 5
        QVERIFY(addTemplate(QStringLiteral("stale"), order));
        TemplatesDialog* dialog = openTemplates();
        selectRow(dialog, QStringLiteral("stale"));
        QTest::mouseClick(child<QPushButton>(dialog, "newOrderFromTemplateButton"), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());

        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::InstancePageId));
        auto* message = find<QLabel>("regionMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("cn-atlantis")), qPrintable(message->text()));
        QCOMPARE(wizard()->draft()->order().region, QStringLiteral("cn-atlantis"));
        QVERIFY(!find<QListWidget>("regionList")->currentItem());
        QVERIFY(find<QListWidget>("regionList")->selectedItems().isEmpty());
        QCOMPARE(find<QLineEdit>("instanceNameEdit")->text(), QStringLiteral("old-template"));
        QVERIFY(!find<QLabel>("instanceNameMessage")->isVisible());
        QVERIFY(!nextButton()->isEnabled());
        QCOMPARE(m_app.window()->focusWidget(), find<QLineEdit>("regionFilterEdit"));

        // Fixing the region lets the user on, to the next marked field, its value kept too.
        QTest::keyClicks(find<QLineEdit>("regionFilterEdit"), QStringLiteral("hangzhou"));
        QTest::keyClick(find<QLineEdit>("regionFilterEdit"), Qt::Key_Return); // the one match left
        QCOMPARE(wizard()->draft()->order().region, QStringLiteral("cn-hangzhou"));
        QVERIFY(!message->isVisible());
        next(PurchaseWizard::StoragePageId);
        next(PurchaseWizard::QuotaPageId);
        QVERIFY(find<QLabel>("extraNamespacesMessage")->isVisible());
        QCOMPARE(find<QSpinBox>("namespacesSpin")->value(), 7);
        QCOMPARE(wizard()->draft()->order().extraNamespaces, 7);
        QVERIFY(!nextButton()->isEnabled());
        QCOMPARE(store()->byName(QStringLiteral("stale"))->order, order); // the template is untouched
    }

    // Import: all-or-nothing per file, one line per file.
    void importReportsEveryFile()
    {
        start();
        QVERIFY(addTemplate(QStringLiteral("taken"), simpleOrder(QStringLiteral("taken"))));
        const QString good = m_app.filePath(QStringLiteral("good.json"));
        const QString malformed = m_app.filePath(QStringLiteral("malformed.json"));
        const QString newer = m_app.filePath(QStringLiteral("newer.json"));
        const QString duplicate = m_app.filePath(QStringLiteral("taken.json"));
        const QString token = m_app.filePath(QStringLiteral("with-token.json"));
        QVERIFY(writeFile(good, OrderFile::serialize(fullOrder(QStringLiteral("good-registry")))));
        QVERIFY(writeFile(malformed, "{\"format\": \"acr-purchase/order\", \"version\": 1, \"order\": {"));
        QByteArray newerBytes = OrderFile::serialize(simpleOrder(QStringLiteral("newer")));
        newerBytes.replace("\"version\": 1", "\"version\": 99");
        QVERIFY(newerBytes.contains("\"version\": 99"));
        QVERIFY(writeFile(newer, newerBytes));
        QVERIFY(writeFile(duplicate, OrderFile::serialize(simpleOrder(QStringLiteral("dup")))));
        QByteArray tokenBytes = OrderFile::serialize(simpleOrder(QStringLiteral("tok")));
        tokenBytes.replace("\"order\": {", "\"order\": {\n        \"clientToken\": \"abc\",");
        QVERIFY(tokenBytes.contains("clientToken"));
        QVERIFY(writeFile(token, tokenBytes));

        TemplatesDialog* dialog = openTemplates();
        const QList<TemplateImportResult> results = dialog->importFiles({good, malformed, newer, duplicate, token});
        QCOMPARE(results.size(), 5);
        QVERIFY(results.at(0).ok());
        for (int i = 1; i < 5; ++i)
            QVERIFY2(!results.at(i).ok(), qPrintable(results.at(i).file));
        const QStringList lines = dialog->messageText().split(u'\n');
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0), QStringLiteral("good.json: imported as template “good”."));
        for (int i = 1; i < 5; ++i) {
            QVERIFY2(lines.at(i).contains(QFileInfo(results.at(i).file).fileName()), qPrintable(lines.at(i)));
            QCOMPARE(lines.at(i), results.at(i).error);
        }
        QVERIFY2(lines.at(2).contains(u"version"), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).contains(u"taken"), qPrintable(lines.at(3)));
        QVERIFY2(lines.at(4).contains(u"clientToken"), qPrintable(lines.at(4)));
        // The refused ones in the palette's error colour, the imported one in the normal text colour.
        auto* label = test::need<QLabel>(dialog, "templatesMessage");
        const QString error = OrderText::color(OrderText::Tone::Error, label->palette()).name();
        QCOMPARE(label->text().count(error), 4);
        QVERIFY(label->text().startsWith(QStringLiteral("<div>good.json: imported")));
        QCOMPARE(names(dialog), (QStringList {QStringLiteral("good"), QStringLiteral("taken")}));
        QCOMPARE(store()->byName(QStringLiteral("good"))->order, fullOrder(QStringLiteral("good-registry")));
        QCOMPARE(store()->byName(QStringLiteral("taken"))->order, simpleOrder(QStringLiteral("taken")));
        QCOMPARE(dialog->selectedId(), store()->byName(QStringLiteral("good"))->id);

        // The same good file again: now its name is taken.
        dialog->importFiles({good});
        QCOMPARE(dialog->messageText().split(u'\n').size(), 1);
        QVERIFY(dialog->messageText().contains(QStringLiteral("good.json")));
        QCOMPARE(store()->list().size(), 2);
    }

    // Export: an order file with the order only (no credentials, no ClientToken) that reads back.
    void exportWritesAnOrderFile()
    {
        start();
        const OrderSpec order = fullOrder(QStringLiteral("exported"));
        QVERIFY(addTemplate(QStringLiteral("to-export"), order));
        TemplatesDialog* dialog = openTemplates();
        selectRow(dialog, QStringLiteral("to-export"));
        const QString path = m_app.filePath(QStringLiteral("out.json"));
        QVERIFY(dialog->exportSelected(path));
        QCOMPARE(dialog->messageText(),
                 QStringLiteral("Exported “to-export” to %1.").arg(QDir::toNativeSeparators(path)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QString error;
        const std::optional<OrderSpec> read = OrderFile::parse(bytes, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, order);
        for (const char* secret : {"clientToken", "ClientToken", "accessKey", "AccessKey", "secret", "sandbox-demo"})
            QVERIFY2(!bytes.contains(secret), secret);

        // A folder that does not exist: refused with the reason, nothing half-written.
        const QString bad = m_app.filePath(QStringLiteral("missing/out.json"));
        QVERIFY(!dialog->exportSelected(bad));
        QVERIFY(!dialog->messageText().isEmpty());
        QVERIFY(!QFile::exists(bad));
    }

    // Files dropped on the dialog or on the main window are imported, one line per file.
    void dragAndDropImports()
    {
        start();
        const QString one = m_app.filePath(QStringLiteral("dropped-one.json"));
        const QString two = m_app.filePath(QStringLiteral("dropped-two.json"));
        const QString bad = m_app.filePath(QStringLiteral("dropped-bad.json"));
        QVERIFY(writeFile(one, OrderFile::serialize(simpleOrder(QStringLiteral("one")))));
        QVERIFY(writeFile(two, OrderFile::serialize(simpleOrder(QStringLiteral("two")))));
        QVERIFY(writeFile(bad, "not json"));

        TemplatesDialog* dialog = openTemplates();
        QVERIFY(dropFiles(dialog, {one, bad}));
        QCOMPARE(names(dialog), QStringList {QStringLiteral("dropped-one")});
        QStringList lines = dialog->messageText().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QStringLiteral("dropped-one.json: imported as template “dropped-one”."));
        QVERIFY(lines.at(1).contains(QStringLiteral("dropped-bad.json")));
        dialog->close();

        // Onto the window: the result shows in the window, and the open dialog follows.
        QVERIFY(!find<QWidget>("importBar")->isVisible());
        QVERIFY(dropFiles(m_app.window(), {two, bad}));
        QVERIFY(find<QWidget>("importBar")->isVisible());
        const QString report = find<QLabel>("importResultsLabel")->accessibleDescription();
        lines = report.split(u'\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QStringLiteral("dropped-two.json: imported as template “dropped-two”."));
        QVERIFY(lines.at(1).contains(QStringLiteral("dropped-bad.json")));
        QVERIFY(find<QLabel>("importResultsLabel")->text().contains(QStringLiteral("dropped-two.json")));
        QVERIFY(store()->byName(QStringLiteral("dropped-two")));
        QTest::mouseClick(find<QToolButton>("closeImportBarButton"), Qt::LeftButton);
        QVERIFY(!find<QWidget>("importBar")->isVisible());

        // A drag without files is not taken.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_app.window(), &enter);
        QVERIFY(!enter.isAccepted());
        QDragEnterEvent enterDialog(QPoint(5, 5), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(dialog, &enterDialog);
        QVERIFY(!enterDialog.isAccepted());
    }

    // Templates live in the journal's file: a new start on the same file lists them.
    void templatesSurviveARestart()
    {
        start();
        wizard()->startWith(fullOrder(QStringLiteral("kept")));
        action("saveAsTemplateAction")->trigger();
        QTest::keyClick(child<QLineEdit>(find<QWidget>("saveTemplateBar"), "templateNameEdit"), Qt::Key_Return);
        QVERIFY(store()->byName(QStringLiteral("kept")));

        start(m_app.journalPath());
        const std::optional<OrderTemplate> kept = store()->byName(QStringLiteral("kept"));
        QVERIFY(kept);
        QCOMPARE(kept->order, fullOrder(QStringLiteral("kept")));
        TemplatesDialog* dialog = openTemplates();
        QCOMPARE(names(dialog), QStringList {QStringLiteral("kept")});
    }

    // Window → History opens the history window; its Order again and Resume buttons reach the wizard.
    void historyMenuReachesTheWizard()
    {
        start();
        const JournalEntry entry
            = test::sendingRow(QStringLiteral("sandbox"), QStringLiteral("sandbox"),
                               simpleOrder(QStringLiteral("from-history")), QStringLiteral("history-resume-token"));
        const qint64 row = m_app.insert(entry);
        QVERIFY(row);

        QVERIFY(!m_app.window()->historyWindow());
        QCOMPARE(action("historyAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
        QTest::keyClick(m_app.window(), Qt::Key_H, Qt::ControlModifier);
        HistoryWindow* history = m_app.window()->historyWindow();
        QVERIFY(history);
        QVERIFY(QTest::qWaitForWindowExposed(history));
        QCOMPARE(history->objectName(), QStringLiteral("historyWindow"));
        QVERIFY(history->isWindow());
        QApplication::setActiveWindow(history);

        // Order again: the wizard starts over with the row's order, as a new order.
        history->selectOrder(row);
        auto* orderAgain = child<QPushButton>(history, "orderAgainButton");
        QTRY_VERIFY(orderAgain->isEnabled());
        QTest::mouseClick(orderAgain, Qt::LeftButton);
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::AccountPageId));
        QCOMPARE(wizard()->draft()->order(), entry.order);

        // Resume: straight to the result page, resending the row's ClientToken.
        history->selectOrder(row);
        auto* resume = child<QPushButton>(history, "historyResumeButton");
        QTRY_VERIFY(resume->isEnabled());
        QTest::mouseClick(resume, Qt::LeftButton);
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::ResultPageId));
        QTRY_VERIFY_WITH_TIMEOUT(m_app.headline().startsWith(QStringLiteral("Paid")), test::kWaitMs);
        QCOMPARE(find<QLineEdit>("clientTokenEdit")->text(), QStringLiteral("history-resume-token"));
        QCOMPARE(m_app.sandbox().orders().size(), 1);
        QCOMPARE(m_app.sandbox().orders().first().clientToken, QStringLiteral("history-resume-token"));

        // Order again on the finished row, bought: a new ClientToken, not the row's.
        history = m_app.window()->openHistory();
        history->selectOrder(row);
        QTRY_VERIFY(orderAgain->isEnabled());
        QTest::mouseClick(orderAgain, Qt::LeftButton);
        QCOMPARE(wizard()->draft()->order(), entry.order);
        wizard()->draft()->edit([](OrderSpec& order) { order.instanceName = QStringLiteral("from-history-2"); });
        m_app.nextUntil(PurchaseWizard::ReviewPageId);
        // Its own Review says it buys another instance, and asks, even on the sandbox.
        QVERIFY(find<QLabel>("anotherInstanceNotice")->isVisible());
        QVERIFY(!m_app.nextButton()->isEnabled());
        find<QCheckBox>("confirmCheck")->setFocus();
        QTest::keyClick(find<QCheckBox>("confirmCheck"), Qt::Key_Space);
        m_app.next(PurchaseWizard::ResultPageId);
        QTRY_VERIFY_WITH_TIMEOUT(m_app.headline().startsWith(QStringLiteral("Paid")), test::kWaitMs);
        QCOMPARE(m_app.sandbox().orders().size(), 2);
        const QString token = m_app.sandbox().orders().last().clientToken;
        QVERIFY(!token.isEmpty());
        QVERIFY(token != QStringLiteral("history-resume-token"));
        QCOMPARE(find<QLineEdit>("clientTokenEdit")->text(), token);

        // Window → Templates opens the templates dialog as well.
        action("templatesAction")->trigger();
        QVERIFY(m_app.window()->templatesDialog() && m_app.window()->templatesDialog()->isVisible());
    }

    // A new order after a resume that did not get through uses a new ClientToken, never the row's.
    void newOrderAfterAResumeGetsANewToken()
    {
        start();
        // No such profile as "nobody": the resume cannot be sent.
        const qint64 row
            = m_app.insert(test::sendingRow(QStringLiteral("nobody"), QStringLiteral("cn"),
                                            simpleOrder(QStringLiteral("stuck")), QStringLiteral("stuck-token")));
        QVERIFY(row);
        wizard()->resumeRow(row);
        QCOMPARE(wizard()->currentId(), int(PurchaseWizard::ResultPageId));
        QTRY_VERIFY_WITH_TIMEOUT(m_app.headline().startsWith(QStringLiteral("Not resent")), test::kWaitMs);

        const OrderSpec order = simpleOrder(QStringLiteral("fresh-token"));
        wizard()->startWith(order);
        m_app.nextUntil(PurchaseWizard::ResultPageId);
        QTRY_VERIFY_WITH_TIMEOUT(m_app.headline().startsWith(QStringLiteral("Paid")), test::kWaitMs);
        const QString token = find<QLineEdit>("clientTokenEdit")->text();
        QVERIFY(!token.isEmpty());
        QVERIFY(token != QStringLiteral("stuck-token"));
        QCOMPARE(m_app.sandbox().orders().size(), 1);
        QCOMPARE(m_app.sandbox().orders().first().order.instanceName, QStringLiteral("fresh-token"));
        QCOMPARE(m_app.context().journal->entry(row)->state, OrderState::Sending); // not resent
    }

    // The copy buttons of the Review and Result pages share one widget: icon, tooltip, clipboard.
    void copyButtons()
    {
        start();
        wizard()->startWith(simpleOrder(QStringLiteral("copy-me")));
        m_app.nextUntil(PurchaseWizard::ReviewPageId);
        auto* copyAliyun = find<QPushButton>("copyAliyunButton");
        QVERIFY(!copyAliyun->icon().isNull());
        QCOMPARE(copyAliyun->toolTip(), QStringLiteral("Copy the aliyun command"));
        QCOMPARE(copyAliyun->accessibleName(), QStringLiteral("Copy the aliyun command"));
        QTest::mouseClick(copyAliyun, Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("aliyun bssopenapi CreateInstance")));
        QTest::mouseClick(find<QPushButton>("copyOrderFileButton"), Qt::LeftButton);
        QString error;
        QCOMPARE(OrderFile::parse(QApplication::clipboard()->text().toUtf8(), &error).value_or(OrderSpec()),
                 simpleOrder(QStringLiteral("copy-me")));
        next(PurchaseWizard::ResultPageId);
        QTRY_VERIFY_WITH_TIMEOUT(m_app.headline().startsWith(QStringLiteral("Paid")), test::kWaitMs);
        auto* copyId = find<QPushButton>("instanceIdEditCopy");
        QCOMPARE(copyId->toolTip(), QStringLiteral("Copy the instance ID"));
        QVERIFY(!copyId->icon().isNull());
        QTest::mouseClick(copyId, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), find<QLineEdit>("instanceIdEdit")->text());
        QVERIFY(!QApplication::clipboard()->text().isEmpty());
    }
};

QTEST_MAIN(TestTemplates)
#include "tst_templates.moc"
