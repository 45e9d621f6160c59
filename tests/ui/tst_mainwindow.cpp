// The main window's Help menu and the words of the windows around the wizard, offscreen through
// their widgets: Documentation (F1) shows the README shipped with the program, section by section;
// About names the versions of the program, Qt and QtKeychain; titles, menus, buttons and column
// headers are in sentence case.
#include "UiTestSupport.h"
#include "ui/HelpDialogs.h"
#include "ui/HistoryModel.h"
#include "ui/HistoryWindow.h"
#include "ui/Icons.h"
#include "ui/MainWindow.h"
#include "ui/TemplatesDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProxyStyle>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <memory>
#include <utility>

using namespace acrp;
using namespace acrp::ui;

namespace {

// The README's level-2 headings, read here on their own (outside ``` blocks).
QStringList readmeHeadings(const QString& text)
{
    QStringList headings;
    bool inCode = false;
    for (const QString& line : text.split(u'\n')) {
        if (line.trimmed().startsWith(u"```"))
            inCode = !inCode;
        else if (!inCode && line.startsWith(u"## "))
            headings << line.mid(3).trimmed().remove(u'`'); // "The BSS sandbox (acr-bss-sandbox)"
    }
    return headings;
}

QString sourceReadme()
{
    QFile file(QStringLiteral(ACRP_SOURCE_DIR "/README.md"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The word of `text` that breaks sentence case ("Credential Profiles": "Profiles"), or empty. A
// capital is fine at the start, in acronyms and mixed-case names (ID, CLI, InstanceId, AccessKey)
// and in the few proper names a window uses.
QString titleCaseWord(const QString& text)
{
    static const QStringList properNames
        = {QStringLiteral("Purchase"), QStringLiteral("Alibaba"), QStringLiteral("Cloud")};
    QString plain = text;
    plain.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(u'&');
    const QStringList words = plain.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    bool first = true; // the first word with a letter ("< &Back": "Back")
    for (QString word : words) {
        word.remove(QRegularExpression(QStringLiteral("^[^\\w]+|[^\\w]+$")));
        if (word.isEmpty())
            continue;
        if (std::exchange(first, false) || word.size() < 2 || !word.at(0).isUpper() || properNames.contains(word))
            continue;
        bool laterCapital = false;
        for (qsizetype c = 1; c < word.size(); ++c)
            laterCapital |= word.at(c).isUpper();
        if (!laterCapital)
            return word;
    }
    return {};
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    test::AppFixture m_app;

    MainWindow* window() const { return m_app.window(); }
    QAction* action(const char* name) const { return window()->findChild<QAction*>(QLatin1String(name)); }

    // Every text a person reads as a title, a menu, a button or a column header in `root`.
    static QStringList labelTexts(const QWidget* root)
    {
        QStringList texts;
        if (root->isWindow())
            texts << root->windowTitle();
        const QList<QAbstractButton*> buttons = root->findChildren<QAbstractButton*>();
        for (const QAbstractButton* button : buttons) {
            if (!button->text().isEmpty())
                texts << button->text();
        }
        const QList<QMenu*> menus = root->findChildren<QMenu*>();
        for (const QMenu* menu : menus) {
            texts << menu->title();
            const QList<QAction*> actions = menu->actions();
            for (const QAction* action : actions) {
                if (!action->isSeparator() && !action->menu())
                    texts << action->text();
            }
        }
        const QList<QTableView*> tables = root->findChildren<QTableView*>();
        for (const QTableView* table : tables) {
            for (int column = 0; column < table->model()->columnCount(); ++column)
                texts << table->model()->headerData(column, Qt::Horizontal).toString();
        }
        return texts;
    }

    static void checkSentenceCase(const QWidget* root)
    {
        for (const QString& text : labelTexts(root)) {
            const QString word = titleCaseWord(text);
            QVERIFY2(word.isEmpty(),
                     qPrintable(QStringLiteral("%1: “%2” has “%3” capitalised").arg(root->objectName(), text, word)));
        }
    }

private slots:
    void initTestCase()
    {
        test::initGuiTestCase();
        QVERIFY(m_app.start(test::AppFixture::richSandbox()));
    }
    void cleanup() { Language::apply(QStringLiteral("en"), false); }

    void sentenceCaseCheckItself_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("word");
        QTest::newRow("title case") << QStringLiteral("Credential Profiles") << QStringLiteral("Profiles");
        QTest::newRow("mnemonic") << QStringLiteral("&Order &History") << QStringLiteral("History");
        QTest::newRow("quoted") << QStringLiteral("Save “Order” now") << QStringLiteral("Order");
        QTest::newRow("sentence") << QStringLiteral("Order history") << QString();
        QTest::newRow("acronym") << QStringLiteral("Copy IDs") << QString();
        QTest::newRow("mixed case") << QStringLiteral("Import from a&liyun CLI (AccessKey)") << QString();
        QTest::newRow("product") << QStringLiteral("&About ACR Purchase") << QString();
        QTest::newRow("one word") << QStringLiteral("&Help") << QString();
        QTest::newRow("arrow first") << QStringLiteral("< &Back") << QString();
        QTest::newRow("arrow, then title case") << QStringLiteral("&Next Page >") << QStringLiteral("Page");
        QTest::newRow("chinese") << QStringLiteral("订单历史(&H)") << QString();
    }
    void sentenceCaseCheckItself()
    {
        QFETCH(QString, text);
        QFETCH(QString, word);
        QCOMPARE(titleCaseWord(text), word);
    }

    void windowsUseSentenceCase()
    {
        checkSentenceCase(window());
        checkSentenceCase(window()->openHistory());
        checkSentenceCase(window()->openTemplates());
        checkSentenceCase(window()->openDocumentation());
        window()->openProfiles();
        auto* profiles = window()->findChild<QDialog*>(QStringLiteral("profilesDialog"));
        QVERIFY(profiles);
        checkSentenceCase(profiles);
        profiles->close();
        QMessageBox* about = window()->showAbout();
        checkSentenceCase(about);
        about->close();
        window()->historyWindow()->close();
        window()->templatesDialog()->close();
    }

    void languageMenuNamesEachLanguageInItself()
    {
        // The shipped languages, each in its own words, whatever the language in force.
        for (const QString& shown : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            Language::apply(shown, false);
            QAction* english = action("language_enAction");
            QAction* chinese = action("language_zh_CNAction");
            QVERIFY(english && chinese);
            QCOMPARE(english->text(), QStringLiteral("English"));
            QCOMPARE(chinese->text(), QStringLiteral("简体中文"));
        }
    }

    void helpMenuOffersDocumentationAndAbout()
    {
        QAction* documentation = action("documentationAction");
        QAction* about = action("aboutAction");
        QVERIFY(documentation && about);
        QCOMPARE(documentation->text(), QStringLiteral("&Documentation"));
        QCOMPARE(documentation->shortcut(), QKeySequence(QKeySequence::HelpContents));
        QCOMPARE(about->text(), QStringLiteral("&About ACR Purchase"));
        // Both in the Help menu, the last of the menu bar.
        QMenu* help = window()->menuBar()->actions().constLast()->menu();
        QVERIFY(help);
        QCOMPARE(help->title(), QStringLiteral("&Help"));
        QVERIFY(help->actions().contains(documentation));
        QVERIFY(help->actions().contains(about));
    }

    void documentationShowsTheReadmeSections()
    {
        const QString readme = sourceReadme();
        QVERIFY(!readme.isEmpty());
        // The program carries the README of its sources, whole: no network needed.
        QCOMPARE(DocumentationDialog::readme(), readme);
        const QStringList headings = readmeHeadings(readme);
        QVERIFY(headings.contains(QStringLiteral("Walkthrough")));
        QVERIFY(headings.size() > 5);

        // F1 opens it.
        QApplication::setActiveWindow(window());
        window()->activateWindow();
        QTest::keyClick(window(), Qt::Key_F1);
        auto* dialog = window()->findChild<DocumentationDialog*>(QStringLiteral("documentationDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Documentation"));
        QVERIFY(!test::need<QLabel>(dialog, "documentationNote")->isVisible()); // English already

        auto* contents = test::need<QListWidget>(dialog, "documentationContents");
        QStringList listed;
        for (int row = 0; row < contents->count(); ++row)
            listed << contents->item(row)->text();
        QCOMPARE(listed, headings);
        QCOMPARE(contents->accessibleName(), QStringLiteral("Sections"));
        auto* text = test::need<QTextBrowser>(dialog, "documentationText");
        QCOMPARE(text->document()->firstBlock().text(), headings.first());

        // The keyboard picks a section; it is shown as markdown: a heading, its subsections, no
        // images the program does not have.
        contents->setFocus();
        const int walkthrough = int(headings.indexOf(QStringLiteral("Walkthrough")));
        for (int row = 0; row < walkthrough; ++row)
            QTest::keyClick(contents, Qt::Key_Down);
        QCOMPARE(dialog->currentSection(), walkthrough);
        const QTextBlock first = text->document()->firstBlock();
        QCOMPARE(first.text(), QStringLiteral("Walkthrough"));
        QCOMPARE(first.blockFormat().headingLevel(), 2);
        const QString plain = text->document()->toPlainText();
        QVERIFY(plain.contains(QStringLiteral("Templates and history")));
        QVERIFY(!plain.contains(QStringLiteral("## ")));
        QVERIFY(plain.contains(QStringLiteral("wizard-review-en.png")));
        for (QTextBlock block = text->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it)
                QVERIFY2(!it.fragment().charFormat().isImageFormat(), qPrintable(block.text()));
        }

        // F1 again: the same window.
        QApplication::setActiveWindow(window());
        QTest::keyClick(window(), Qt::Key_F1);
        QCOMPARE(window()->findChildren<DocumentationDialog*>().size(), 1);
        QCOMPARE(dialog->currentSection(), walkthrough);

        // In Chinese the window says the documentation is in English.
        Language::apply(QStringLiteral("zh_CN"), false);
        QTRY_VERIFY(test::need<QLabel>(dialog, "documentationNote")->isVisible());
        Language::apply(QStringLiteral("en"), false);
        QTRY_VERIFY(!test::need<QLabel>(dialog, "documentationNote")->isVisible());

        dialog->close(); // deletes itself
        QTRY_VERIFY(window()->findChildren<DocumentationDialog*>().isEmpty());
    }

    void documentationSections_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QStringList>("bodies");
        QTest::newRow("empty") << QString() << QStringList() << QStringList();
        QTest::newRow("no level-2 heading")
            << QStringLiteral("# Title\n\ntext\n### Deep\n") << QStringList() << QStringList();
        QTest::newRow("title left out, subsections kept")
            << QStringLiteral("# Title\nintro\n## One\na\n### One.1\nb\n## Two\nc\n")
            << QStringList {QStringLiteral("One"), QStringLiteral("Two")}
            << QStringList {QStringLiteral("## One\na\n### One.1\nb\n"), QStringLiteral("## Two\nc\n\n")};
        QTest::newRow("heading-like lines in code")
            << QStringLiteral("## Use\n```sh\n## not a heading\n```\n~~~\n## nor this\n~~~\n##also not\n")
            << QStringList {QStringLiteral("Use")}
            << QStringList {
                   QStringLiteral("## Use\n```sh\n## not a heading\n```\n~~~\n## nor this\n~~~\n##also not\n\n")};
        QTest::newRow("marks left out of titles")
            << QStringLiteral("## The `tool` and **bold**\n") << QStringList {QStringLiteral("The tool and bold")}
            << QStringList {QStringLiteral("## The `tool` and **bold**\n\n")};
        QTest::newRow("images become their file names")
            << QStringLiteral("## Shots\n| a | ![](resources/screenshots/x-en.png) | ![alt text](y.png \"t\") |")
            << QStringList {QStringLiteral("Shots")}
            << QStringList {QStringLiteral("## Shots\n| a | *x-en.png* | *y.png* |\n")};
    }
    void documentationSections()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, titles);
        QFETCH(QStringList, bodies);
        const QList<DocumentationDialog::Section> sections = DocumentationDialog::sections(markdown);
        QStringList gotTitles, gotBodies;
        for (const DocumentationDialog::Section& section : sections) {
            gotTitles << section.title;
            gotBodies << section.markdown;
        }
        QCOMPARE(gotTitles, titles);
        QCOMPARE(gotBodies, bodies);
    }

    void aboutNamesTheVersions()
    {
        action("aboutAction")->trigger();
        auto* box = window()->findChild<QMessageBox*>(QStringLiteral("aboutBox"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QCOMPARE(box->windowTitle(), QStringLiteral("About ACR Purchase"));
        const QString text = box->text();
        QVERIFY2(text.startsWith(QStringLiteral("ACR Purchase " ACRP_EXPECTED_VERSION "\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Qt %1 (built with Qt %2)")
                                   .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("QtKeychain " ACRP_EXPECTED_QTKEYCHAIN_VERSION)), qPrintable(text));
        QCOMPARE(qtKeychainVersion(), QStringLiteral(ACRP_EXPECTED_QTKEYCHAIN_VERSION));
        QVERIFY(!qtKeychainVersion().isEmpty());
        // The icon is drawn for the screen's scale: 64 points, as many pixels as the scale asks.
        const QPixmap icon = box->iconPixmap();
        QVERIFY(!icon.isNull());
        QCOMPARE(icon.devicePixelRatio(), box->devicePixelRatio());
        QCOMPARE(icon.deviceIndependentSize().toSize(), QSize(64, 64));
        // Close ends it.
        QTest::mouseClick(box->button(QMessageBox::Close), Qt::LeftButton);
        QTRY_VERIFY(!window()->findChild<QMessageBox*>(QStringLiteral("aboutBox")));
    }

    // The program's style (runGui) is Fusion with two of Qt's images read as PNG, so that building
    // the first page loads no image plugin: the same pictures, the same palette. Another style, or
    // a right-to-left layout, is left alone. Last: it changes the application's style.
    void fusionStyleDrawsQtsOwnImages()
    {
        QApplication::setStyle(QStringLiteral("fusion"));
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("fusion")));
        const QPalette palette = QApplication::palette();
        auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());

        app->setLayoutDirection(Qt::RightToLeft);
        Icons::useFusionWithoutImagePlugins(*app);
        QVERIFY(!QApplication::style()->inherits("QProxyStyle"));
        app->setLayoutDirection(Qt::LeftToRight);
        QApplication::setStyle(QStringLiteral("windows"));
        Icons::useFusionWithoutImagePlugins(*app);
        QVERIFY(!QApplication::style()->inherits("QProxyStyle"));
        QCOMPARE(QApplication::style()->name(), QStringLiteral("windows"));

        QApplication::setStyle(QStringLiteral("fusion"));
        Icons::useFusionWithoutImagePlugins(*app);
        QStyle* style = QApplication::style();
        QVERIFY(style->inherits("QProxyStyle"));
        QCOMPARE(static_cast<QProxyStyle*>(style)->baseStyle()->name(), QStringLiteral("fusion"));
        QCOMPARE(QApplication::palette(), palette);
        const auto image
            = [](const QPixmap& pixmap) { return pixmap.toImage().convertToFormat(QImage::Format_ARGB32); };
        const QPixmap clear = style->standardPixmap(QStyle::SP_LineEditClearButton);
        QVERIFY(!clear.isNull());
        QCOMPARE(image(clear), image(fusion->standardPixmap(QStyle::SP_LineEditClearButton)));
        const QIcon extension = style->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
        const QIcon fusionExtension = fusion->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
        for (const int size : {8, 16, 32}) {
            QVERIFY(!extension.pixmap(size).isNull());
            QCOMPARE(image(extension.pixmap(size)), image(fusionExtension.pixmap(size)));
        }
        // The rest is Fusion's.
        QCOMPARE(image(style->standardPixmap(QStyle::SP_DialogOkButton)),
                 image(fusion->standardPixmap(QStyle::SP_DialogOkButton)));
        // A line edit's clear button shows that picture.
        QLineEdit edit;
        edit.setClearButtonEnabled(true);
        const auto* action = edit.findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction"));
        QVERIFY(action);
        QCOMPARE(image(action->icon().pixmap(clear.size())), image(clear));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
