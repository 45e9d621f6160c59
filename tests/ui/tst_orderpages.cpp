// The order pages of the purchase wizard (Instance, Storage, Quotas, Billing, and the Account page that
// decides the site), driven through their real widgets offscreen: typing, ticking, choosing, Tab and
// mnemonics, exactly as a user would, and checking what the user sees (inline messages, Next button,
// focus) and what the shared OrderDraft holds.

#include "MarkingTranslator.h"
#include "UiTestSupport.h"
#include "core/Formatting.h"
#include "core/Translations.h"
#include "core/api/Endpoint.h"
#include "core/order/Catalog.h"
#include "core/order/OrderSpec.h"
#include "core/store/Profiles.h"
#include "ui/AppContext.h"
#include "ui/Language.h"
#include "ui/OrderDraft.h"
#include "ui/OrderPage.h"
#include "ui/OrderText.h"
#include "ui/pages/AccountPage.h"
#include "ui/pages/BillingPage.h"
#include "ui/pages/InstancePage.h"
#include "ui/pages/QuotaPage.h"
#include "ui/pages/ResultPage.h"
#include "ui/pages/StoragePage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFocusEvent>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTest>
#include <QTextLayout>
#include <QTranslator>
#include <QWizard>
#include <cmath>
#include <functional>
#include <memory>
#include <optional>

using namespace acrp;
using namespace acrp::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeout = 5000;

// Types text the way a keyboard does, one key event per character; unlike QTest::keyClicks it also
// types characters outside Latin-1 (and a surrogate pair as one key).
void typeText(QWidget* widget, const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, char(c.unicode()));
            continue;
        }
        const bool pair = c.isHighSurrogate() && i + 1 < text.size();
        const QString chunk = text.mid(i, pair ? 2 : 1);
        if (pair)
            ++i;
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, chunk);
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, chunk);
        QApplication::sendEvent(widget, &release);
    }
}

// Replaces the whole text of a line edit or spin box, as Ctrl+A then typing does.
void retype(QWidget* widget, const QString& text)
{
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(widget, Qt::Key_Backspace);
    else
        typeText(widget, text);
}

// What `label` reads: a message keeps its last two words together with a no-break space, which reads
// as a space (the wrapping itself is checked in messageNeverEndsWithOneWordAlone).
QString readText(const QLabel* label)
{
    return QString(label->text()).replace(QChar::Nbsp, u' ');
}

// The inline message shown under `field`, or an empty string when the message label is hidden.
QString shownMessage(const QWidget* page, OrderField field)
{
    const auto* label = page->findChild<QLabel*>(orderFieldKey(field) + u"Message");
    if (!label)
        return QStringLiteral("<no message label for %1>").arg(orderFieldKey(field));
    return label->isHidden() ? QString() : readText(label);
}

QStringList itemData(const QComboBox* combo)
{
    QStringList data;
    for (int i = 0; i < combo->count(); ++i)
        data.append(combo->itemData(i).toString());
    return data;
}

QStringList itemTexts(const QComboBox* combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts.append(combo->itemText(i));
    return texts;
}

int visibleItems(const QListWidget* list)
{
    int count = 0;
    for (int row = 0; row < list->count(); ++row)
        count += list->item(row)->isHidden() ? 0 : 1;
    return count;
}

QListWidgetItem* regionItem(const QListWidget* list, const QString& id)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == id)
            return list->item(row);
    }
    return nullptr;
}

// The focused widget, with a spin box's inner line edit reported as its spin box.
QWidget* focused()
{
    QWidget* widget = QApplication::focusWidget();
    if (widget && widget->parentWidget() && qobject_cast<QAbstractSpinBox*>(widget->parentWidget()))
        return widget->parentWidget();
    return widget;
}

QString focusedName()
{
    const QWidget* widget = focused();
    return widget ? widget->objectName() : QStringLiteral("<none>");
}

// One page (or several) in a real QWizard, followed by an empty page so the Next button exists.
class Harness
{
public:
    explicit Harness(OrderDraft* draft)
        : m_draft(draft)
        , m_wizard(std::make_unique<QWizard>())
    {
        m_wizard->setWizardStyle(QWizard::ClassicStyle);
    }

    template<typename Page> Page* add()
    {
        auto* page = new Page(m_draft);
        m_wizard->addPage(page);
        return page;
    }
    void add(QWizardPage* page) { m_wizard->addPage(page); }
    // The Account page, which needs the profiles and the sandbox's URL besides the draft.
    AccountPage* addAccount(const AppContext& context)
    {
        auto* page = new AccountPage(m_draft, context);
        m_wizard->addPage(page);
        return page;
    }

    // Shows the wizard on its first page (at `size` when one is given) and makes it the active window
    // (keyboard focus works).
    bool show(QSize size = QSize())
    {
        if (size.isValid())
            m_wizard->resize(size);
        m_wizard->addPage(new QWizardPage);
        m_wizard->show();
        if (!QTest::qWaitForWindowExposed(m_wizard.get()))
            return false;
        QApplication::setActiveWindow(m_wizard.get());
        m_wizard->activateWindow();
        return QTest::qWaitForWindowActive(m_wizard.get());
    }

    QWizard* wizard() const { return m_wizard.get(); }
    bool nextEnabled() const { return m_wizard->button(QWizard::NextButton)->isEnabled(); }

private:
    OrderDraft* m_draft;
    std::unique_ptr<QWizard> m_wizard;
};

using test::find;

const QString kNameRequired = QStringLiteral("Enter an instance name: 3 to 30 lowercase letters, digits and hyphens.");
const QString kBucketRequired = QStringLiteral("Enter the name of your OSS bucket, or use the default bucket.");
const QString kMonths = QStringLiteral("1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48 or 60");

} // namespace

class TestOrderPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    // Instance page
    void freshInstancePageShowsNoMessage();
    void instanceName_data();
    void instanceName();
    void leavingEmptyNameWithTabShowsRequired();
    void editions_data();
    void editions();
    void editionsFollowAccountPageSite();
    void editionNoLongerSoldIsExplained();
    void regionFilter();
    void regionFilterGarbageOnFreshPage();
    void regionFilterDoesNotPickOnLoad();
    void regionFilterNeverChoosesByTyping();
    void regionFilterEmptiesForANewOrLoadedOrder();
    void missingLineSaysWhatKeepsNextDisabled();
    void rowsStayPutWhenTheMissingLineGoes();
    void regionNamesInChinese();
    void languageChangeRetranslatesPage();
    void languageSwitchRewordsShownMessage();

    // Storage page
    void customBucket_data();
    void customBucket();
    void tickingDefaultBucketAgainClearsCustomName();

    // Quota page
    void quota_data();
    void quota();
    void quotaStepsLandOnValidValues_data();
    void quotaStepsLandOnValidValues();
    void quotaDigitsAreGroupedAsTyped_data();
    void quotaDigitsAreGroupedAsTyped();
    void quotaBoxesFitTheirLargestNumber();

    // Billing page
    void periodTexts();
    void autoRenewalNeedsRenewPeriod();
    void checkBoxRowsShowTheServiceReason_data();
    void checkBoxRowsShowTheServiceReason();
    void messageNeverEndsWithOneWordAlone();

    // All pages
    void loadShowsEveryMessageAtOnce();
    void validatePageFocusesFirstInvalidField_data();
    void validatePageFocusesFirstInvalidField();
    void labelsHaveMnemonicsAndBuddies();
    void labelsSitOnTheirFieldsCentre_data();
    void labelsSitOnTheirFieldsCentre();
    void wizardButtonsFitTheirText_data();
    void wizardButtonsFitTheirText();
    void tabOrderFollowsReadingOrder_data();
    void tabOrderFollowsReadingOrder();

    // Account page
    void accountPageSandboxBanner();
    void accountPageRealProfileSiteEndpoint();
    void accountPageCustomUrl();
    void accountPageEmptyAndSandboxUrls();
    void languageApplyWithoutTranslationFile();

private:
    QLocale m_startLocale;
};

void TestOrderPages::initTestCase()
{
    m_startLocale = QLocale();
    // The messages below are the English source texts, with English plural forms installed as the
    // program installs them at start-up.
    QCOMPARE(QLocale().language() == QLocale::Chinese, false);
    installTranslations(m_startLocale);
}

void TestOrderPages::cleanup()
{
    QLocale::setDefault(m_startLocale);
    installTranslations(m_startLocale);
}

// ---------------------------------------------------------------------------------------------
// Instance page

void TestOrderPages::freshInstancePageShowsNoMessage()
{
    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.add<InstancePage>();
    QVERIFY(harness.show());

    // The order is invalid (no name, no region) but the user has done nothing yet: no red text.
    QVERIFY(!draft.validation().isValid(OrderField::InstanceName));
    QVERIFY(!draft.validation().isValid(OrderField::Region));
    for (const OrderField field : {OrderField::Edition, OrderField::InstanceName, OrderField::Region})
        QCOMPARE(shownMessage(page, field), QString());
    QVERIFY(!page->isComplete());
    QVERIFY(!harness.nextEnabled());

    // Switching to another application and back, or opening a context menu on the field, is not
    // working on it: still no message.
    auto* name = find<QLineEdit>(page, "instanceNameEdit");
    QVERIFY(name);
    for (const Qt::FocusReason reason : {Qt::ActiveWindowFocusReason, Qt::PopupFocusReason}) {
        QFocusEvent out(QEvent::FocusOut, reason);
        QApplication::sendEvent(name, &out);
        QCOMPARE(shownMessage(page, OrderField::InstanceName), QString());
    }
}

void TestOrderPages::instanceName_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");

    QTest::newRow("too short") << u"ab"_s << u"The instance name must be 3 to 30 characters long (it has 2)."_s;
    QTest::newRow("too long (31)") << QString(31, u'a')
                                   << u"The instance name must be 3 to 30 characters long (it has 31)."_s;
    QTest::newRow("upper case")
        << u"Team-registry"_s
        << u"The instance name may contain only lowercase letters, digits and hyphens (not “T”)."_s;
    QTest::newRow("underscore")
        << u"team_registry"_s
        << u"The instance name may contain only lowercase letters, digits and hyphens (not “_”)."_s;
    QTest::newRow("space") << u"team registry"_s
                           << u"The instance name may contain only lowercase letters, digits and hyphens (not “ ”)."_s;
    QTest::newRow("non-ASCII Latin")
        << u"équipe"_s << u"The instance name may contain only lowercase letters, digits and hyphens (not “é”)."_s;
    QTest::newRow("Chinese")
        << u"镜像仓库"_s << u"The instance name may contain only lowercase letters, digits and hyphens (not “镜”)."_s;
    QTest::newRow("emoji (surrogate pair)")
        << u"reg-\U0001F600"_s
        << u"The instance name may contain only lowercase letters, digits and hyphens (not “\U0001F600”)."_s;
    QTest::newRow("leading hyphen") << u"-team"_s << u"The instance name cannot start or end with a hyphen."_s;
    QTest::newRow("trailing hyphen") << u"team-"_s << u"The instance name cannot start or end with a hyphen."_s;
}

void TestOrderPages::instanceName()
{
    QFETCH(QString, typed);
    QFETCH(QString, message);

    OrderDraft draft;
    draft.edit([](OrderSpec& order) { order.region = QStringLiteral("cn-shanghai"); });
    Harness harness(&draft);
    auto* page = harness.add<InstancePage>();
    QVERIFY(harness.show());
    auto* name = find<QLineEdit>(page, "instanceNameEdit");
    QVERIFY(name);
    QCOMPARE(shownMessage(page, OrderField::InstanceName), QString());
    QVERIFY(!harness.nextEnabled());

    typeText(name, typed);
    QCOMPARE(name->text(), typed);
    QCOMPARE(draft.order().instanceName, typed);
    QCOMPARE(shownMessage(page, OrderField::InstanceName), message);
    QCOMPARE(name->accessibleDescription(), message);
    QVERIFY(!page->isComplete());
    QVERIFY(!harness.nextEnabled());

    retype(name, QStringLiteral("team-registry"));
    QCOMPARE(draft.order().instanceName, u"team-registry"_s);
    QCOMPARE(shownMessage(page, OrderField::InstanceName), QString());
    QVERIFY(page->isComplete());
    QVERIFY(harness.nextEnabled());

    // Erasing it again: the required message, live.
    retype(name, QString());
    QCOMPARE(draft.order().instanceName, QString());
    QCOMPARE(shownMessage(page, OrderField::InstanceName), kNameRequired);
    QVERIFY(!harness.nextEnabled());
}

void TestOrderPages::leavingEmptyNameWithTabShowsRequired()
{
    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.add<InstancePage>();
    QVERIFY(harness.show());
    auto* name = find<QLineEdit>(page, "instanceNameEdit");
    QVERIFY(name);
    name->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), name, kTimeout);
    QCOMPARE(shownMessage(page, OrderField::InstanceName), QString());
    QTest::keyClick(name, Qt::Key_Tab);
    QCOMPARE(focusedName(), u"regionFilterEdit"_s);
    QCOMPARE(shownMessage(page, OrderField::InstanceName), kNameRequired);
    // The region was only entered, not left: its message waits.
    QCOMPARE(shownMessage(page, OrderField::Region), QString());
}

void TestOrderPages::editions_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QStringList>("editions");
    QTest::addColumn<QStringList>("descriptions");

    const QString basic = QStringLiteral("Entry level for individuals and small teams, with the smallest quotas.");
    const QString standard = QStringLiteral("For production workloads, with larger namespace and repository quotas.");
    const QString advanced = QStringLiteral("For large teams and global delivery, with the largest quotas.");
    QTest::newRow("China") << u"cn"_s << QStringList {u"Basic"_s, u"Standard"_s, u"Advanced"_s}
                           << QStringList {basic, standard, advanced};
    QTest::newRow("International") << u"intl"_s << QStringList {u"Basic"_s, u"Advanced"_s}
                                   << QStringList {basic, advanced};
}

void TestOrderPages::editions()
{
    QFETCH(QString, site);
    QFETCH(QStringList, editions);
    QFETCH(QStringList, descriptions);

    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.add<InstancePage>();
    QVERIFY(harness.show());
    Site siteValue = Site::China;
    QVERIFY(siteFromId(site, &siteValue));
    draft.edit([&](OrderSpec& order) { order.site = siteValue; });

    auto* combo = find<QComboBox>(page, "editionCombo");
    auto* description = find<QLabel>(page, "editionDescription");
    QVERIFY(combo && description);
    QCOMPARE(itemData(combo), editions);
    QCOMPARE(itemTexts(combo), editions); // English names equal the ids
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(description->text(), descriptions.at(0));

    // Down arrow walks through the editions; each shows its one-line description.
    for (int i = 1; i < editions.size(); ++i) {
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentIndex(), i);
        QCOMPARE(draft.order().edition, editions.at(i));
        QCOMPARE(description->text(), descriptions.at(i));
        QCOMPARE(shownMessage(page, OrderField::Edition), QString());
    }
}

void TestOrderPages::editionsFollowAccountPageSite()
{
    test::ProfilesContext profilesContext(QUrl(QStringLiteral("http://127.0.0.1:9")));
    QVERIFY(profilesContext.isValid());
    const AppContext& context = profilesContext.context();

    OrderDraft draft;
    Harness harness(&draft);
    auto* account = harness.addAccount(context);
    auto* instance = harness.add<InstancePage>();
    QVERIFY(harness.show());

    auto* site = find<QComboBox>(account, "siteCombo");
    auto* editions = find<QComboBox>(instance, "editionCombo");
    QVERIFY(site && editions);
    QCOMPARE(draft.profileName(), u"sandbox"_s);
    QVERIFY(site->isEnabled()); // the sandbox profile may try both sites
    QCOMPARE(site->currentData().toString(), u"cn"_s);
    QCOMPARE(itemData(editions), (QStringList {u"Basic"_s, u"Standard"_s, u"Advanced"_s}));

    site->setFocus();
    QTest::keyClick(site, Qt::Key_Down);
    QCOMPARE(site->currentData().toString(), u"intl"_s);
    QCOMPARE(draft.order().site, Site::International);
    QCOMPARE(itemData(editions), (QStringList {u"Basic"_s, u"Advanced"_s}));
    QCOMPARE(find<QLabel>(account, "endpointInfo")->text(),
             u"Requests go to the sandbox. ProductType: acr_ee_public_intl."_s);

    QTest::keyClick(site, Qt::Key_Up);
    QCOMPARE(draft.order().site, Site::China);
    QCOMPARE(itemData(editions), (QStringList {u"Basic"_s, u"Standard"_s, u"Advanced"_s}));
}

void TestOrderPages::editionNoLongerSoldIsExplained()
{
    // Standard chosen on the China site, then the site switches to International (another page):
    // the combo cannot show Standard, so the page must say why it cannot go on.
    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.add<InstancePage>();
    QVERIFY(harness.show());
    auto* combo = find<QComboBox>(page, "editionCombo");
    QVERIFY(combo);
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(draft.order().edition, u"Standard"_s);

    draft.edit([](OrderSpec& order) { order.site = Site::International; });
    QCOMPARE(combo->currentIndex(), -1);
    QCOMPARE(find<QLabel>(page, "editionDescription")->text(), QString());
    QCOMPARE(shownMessage(page, OrderField::Edition), u"The International site sells only Basic and Advanced."_s);
    QVERIFY(!page->isComplete());

    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(draft.order().edition, u"Basic"_s);
    QCOMPARE(shownMessage(page, OrderField::Edition), QString());
}

void TestOrderPages::regionFilter()
{
    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.add<InstancePage>();
    QVERIFY(harness.show());
    auto* filter = find<QLineEdit>(page, "regionFilterEdit");
    auto* list = find<QListWidget>(page, "regionList");
    QVERIFY(filter && list);
    const int all = int(Catalog::builtIn().regions().size());
    QCOMPARE(list->count(), all);
    QCOMPARE(visibleItems(list), all);
    QCOMPARE(list->currentItem(), nullptr);
    QCOMPARE(regionItem(list, u"cn-shanghai"_s)->text(), u"China (Shanghai)  (cn-shanghai)"_s);

    // Typing narrows the list; Enter takes the one match left.
    QTest::keyClicks(filter, QStringLiteral("shang"));
    QCOMPARE(visibleItems(list), 1);
    QCOMPARE(list->currentItem(), nullptr);
    QCOMPARE(draft.order().region, QString());
    QTest::keyClick(filter, Qt::Key_Return);
    QVERIFY(list->currentItem());
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), u"cn-shanghai"_s);
    QCOMPARE(draft.order().region, u"cn-shanghai"_s);
    QCOMPARE(shownMessage(page, OrderField::Region), QString());

    // Garbage: nothing matches, the list is empty, the chosen region stays.
    QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(filter, 'z');
    QCOMPARE(draft.order().region, u"cn-shanghai"_s);
    QTest::keyClicks(filter, QStringLiteral("zqx"));
    QCOMPARE(visibleItems(list), 0);
    QVERIFY(list->isVisible());
    QCOMPARE(draft.order().region, u"cn-shanghai"_s);
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), u"cn-shanghai"_s);
    QCOMPARE(shownMessage(page, OrderField::Region), QString());

    // A region id works too, and Enter switches to it.
    retype(filter, QStringLiteral("ap-northeast-1"));
    QCOMPARE(visibleItems(list), 1);
    QCOMPARE(draft.order().region, u"cn-shanghai"_s);
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(draft.order().region, u"ap-northeast-1"_s);

    // Clearing the filter shows every region again, the choice kept.
    retype(filter, QString());
    QCOMPARE(visibleItems(list), all);
    QCOMPARE(draft.order().region, u"ap-northeast-1"_s);
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), u"ap-northeast-1"_s);

    // A region chosen in the list with the keyboard is kept through garbage as well.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    const QString chosen = draft.order().region;
    QVERIFY(chosen != u"ap-northeast-1"_s);
    QTest::keyClicks(filter, QStringLiteral("chqqq"));
    QCOMPARE(visibleItems(list), 0);
    QCOMPARE(draft.order().region, chosen);
}

void TestOrderPages::regionFilterGarbageOnFreshPage()
{
    // Nothing was chosen before, and typing chooses nothing.
    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.add<InstancePage>();
    QVERIFY(harness.show());
    auto* filter = find<QLineEdit>(page, "regionFilterEdit");
    auto* list = find<QListWidget>(page, "regionList");
    QVERIFY(filter && list);
    QTest::keyClick(filter, 'z');
    QVERIFY(visibleItems(list) > 0);
    QCOMPARE(draft.order().region, QString());
    QTest::keyClick(filter, 'z');
    QCOMPARE(visibleItems(list), 0);
    QCOMPARE(draft.order().region, QString());
    QCOMPARE(list->currentItem(), nullptr);
    QCOMPARE(list->selectedItems().size(), 0);
    // Enter with nothing to take does nothing, and says why.
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(harness.wizard()->currentPage(), page);
    QCOMPARE(draft.order().region, QString());
    QCOMPARE(shownMessage(page, OrderField::Region), u"Choose a region."_s);

    // A region moved to with the arrow keys is chosen: later garbage keeps it.
    retype(filter, QStringLiteral("ch"));
    QVERIFY(visibleItems(list) > 1);
    QTest::keyClick(filter, Qt::Key_Down);
    const QString picked = draft.order().region;
    QVERIFY(!picked.isEmpty());
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("qqq"));
    QCOMPARE(visibleItems(list), 0);
    QCOMPARE(draft.order().region, picked);
}

void TestOrderPages::regionFilterDoesNotPickOnLoad()
{
    // A loaded order without a region must not get one from the leftover filter text: the list
    // shows what the draft holds.
    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.add<InstancePage>();
    QVERIFY(harness.show());
    auto* filter = find<QLineEdit>(page, "regionFilterEdit");
    auto* list = find<QListWidget>(page, "regionList");
    QVERIFY(filter && list);
    QTest::keyClicks(filter, QStringLiteral("shang"));
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(draft.order().region, u"cn-shanghai"_s);

    OrderSpec loaded;
    loaded.instanceName = QStringLiteral("from-template");
    draft.load(loaded);
    QCOMPARE(draft.order().region, QString());
    QCOMPARE(list->currentItem(), nullptr);
    QCOMPARE(shownMessage(page, OrderField::Region), u"Choose a region."_s);
}

void TestOrderPages::regionFilterNeverChoosesByTyping()
{
    // "hang" matches Hangzhou, Shanghai and Zhangjiakou: typing it must not choose one of them, nor
    // may Enter, whichever comes first in the list.
    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.add<InstancePage>();
    QVERIFY(harness.show());
    auto* name = find<QLineEdit>(page, "instanceNameEdit");
    auto* filter = find<QLineEdit>(page, "regionFilterEdit");
    auto* list = find<QListWidget>(page, "regionList");
    QVERIFY(name && filter && list);
    QTest::keyClicks(name, QStringLiteral("team-registry"));
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("hang"));
    QVERIFY(visibleItems(list) > 1);
    QCOMPARE(list->currentItem(), nullptr);
    QCOMPARE(draft.order().region, QString());
    QVERIFY(!harness.nextEnabled());

    // Enter with several matches: nothing chosen, the page stays.
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(harness.wizard()->currentPage(), page);
    QCOMPARE(draft.order().region, QString());
    QCOMPARE(list->currentItem(), nullptr);
    QVERIFY(!harness.nextEnabled());

    // Narrowed to one match: Enter chooses it and stays; a second Enter goes on.
    QTest::keyClicks(filter, QStringLiteral("zhou"));
    QCOMPARE(visibleItems(list), 1);
    QCOMPARE(draft.order().region, QString());
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(draft.order().region, u"cn-hangzhou"_s);
    QCOMPARE(harness.wizard()->currentPage(), page);
    QVERIFY(harness.nextEnabled());
    QTest::keyClick(filter, Qt::Key_Return);
    QVERIFY(harness.wizard()->currentPage() != page);

    // Back, several matches again: arrow down in the list and Enter choose the row moved to.
    harness.wizard()->back();
    QCOMPARE(harness.wizard()->currentPage(), page);
    filter->setFocus();
    retype(filter, QStringLiteral("hang"));
    QCOMPARE(draft.order().region, u"cn-hangzhou"_s); // filtering keeps the choice made
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    const QString moved = list->currentItem()->data(Qt::UserRole).toString();
    QVERIFY(moved != u"cn-hangzhou"_s);
    QVERIFY(!list->currentItem()->isHidden());
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(draft.order().region, moved);
    QVERIFY(harness.wizard()->currentPage() != page);
}

void TestOrderPages::regionFilterEmptiesForANewOrLoadedOrder()
{
    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.add<InstancePage>();
    QVERIFY(harness.show());
    auto* filter = find<QLineEdit>(page, "regionFilterEdit");
    auto* regions = find<QListWidget>(page, "regionList");
    QVERIFY(filter && regions);
    const auto shownWhole = [regions](const QListWidgetItem* item) {
        return item && !item->isHidden() && regions->viewport()->rect().contains(regions->visualItemRect(item));
    };
    QTest::keyClicks(filter, QStringLiteral("shanghai"));
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(draft.order().region, u"cn-shanghai"_s);

    // A template naming another region: the whole list, that region chosen and in view.
    OrderSpec order = draft.order();
    order.region = u"ap-southeast-1"_s;
    draft.load(order);
    QCOMPARE(filter->text(), QString());
    QVERIFY(regions->currentItem());
    QCOMPARE(regions->currentItem()->data(Qt::UserRole).toString(), u"ap-southeast-1"_s);
    QVERIFY(shownWhole(regions->currentItem()));
    const auto wholeList = [regions] {
        for (int row = 0; row < regions->count(); ++row) {
            if (regions->item(row)->isHidden())
                return false;
        }
        return true;
    };
    QVERIFY(wholeList());

    // A new order (Escape on the Result page, File → New order): the whole list, nothing chosen.
    QTest::keyClicks(filter, QStringLiteral("hangzhou"));
    draft.startOver(OrderSpec());
    QCOMPARE(filter->text(), QString());
    QVERIFY(!regions->currentItem() || regions->selectedItems().isEmpty());
    QVERIFY(wholeList());
}

void TestOrderPages::missingLineSaysWhatKeepsNextDisabled()
{
    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.add<InstancePage>();
    QVERIFY(harness.show());
    auto* line = find<QLabel>(page, "missingLine");
    auto* name = find<QLineEdit>(page, "instanceNameEdit");
    auto* filter = find<QLineEdit>(page, "regionFilterEdit");
    QVERIFY(line && name && filter);
    // A fresh page: Next is disabled and the line says the first thing missing, though no field
    // message shows yet.
    QVERIFY(!harness.nextEnabled());
    QVERIFY(line->isVisible());
    QCOMPARE(readText(line), kNameRequired);
    QCOMPARE(shownMessage(page, OrderField::InstanceName), QString());

    // A name too short, shown under the field; the line says what is not shown yet: the region.
    QTest::keyClicks(name, QStringLiteral("ab"));
    QCOMPARE(shownMessage(page, OrderField::InstanceName), draft.validation().message(OrderField::InstanceName));
    QVERIFY(line->isVisible());
    QCOMPARE(readText(line), u"Choose a region."_s);

    // A valid name, no region.
    retype(name, QStringLiteral("team-registry"));
    QVERIFY(!harness.nextEnabled());
    QVERIFY(line->isVisible());
    QCOMPARE(readText(line), u"Choose a region."_s);

    // Picking the region completes the page: the line goes away.
    QTest::keyClicks(filter, QStringLiteral("shanghai"));
    QTest::keyClick(filter, Qt::Key_Return);
    QVERIFY(harness.nextEnabled());
    QVERIFY(!line->isVisible());

    // Breaking the name again: its message under the field says why Next is disabled, and the line
    // does not say it a second time.
    retype(name, u"Bad_Name"_s);
    QVERIFY(!harness.nextEnabled());
    QCOMPARE(shownMessage(page, OrderField::InstanceName), draft.validation().message(OrderField::InstanceName));
    QVERIFY(!line->isVisible());
}

void TestOrderPages::rowsStayPutWhenTheMissingLineGoes()
{
    // The Instance page in a wizard of the main window's default size, taller than the page needs:
    // completing the page hides the missing line, and the rows above it must not move (they spread
    // over the page's height, and the edition's row moved 50 pixels down when the line went).
    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.add<InstancePage>();
    QVERIFY(harness.show(QSize(760, 640)));
    auto* line = find<QLabel>(page, "missingLine");
    auto* edition = find<QComboBox>(page, "editionCombo");
    auto* name = find<QLineEdit>(page, "instanceNameEdit");
    auto* filter = find<QLineEdit>(page, "regionFilterEdit");
    auto* regions = find<QListWidget>(page, "regionList");
    QVERIFY(line && edition && name && filter && regions);
    const auto places = [&] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        return QList<QRect> {QRect(edition->mapTo(page, QPoint()), edition->size()),
                             QRect(name->mapTo(page, QPoint()), name->size()),
                             QRect(filter->mapTo(page, QPoint()), filter->size()),
                             QRect(regions->mapTo(page, QPoint()), regions->size())};
    };
    // Typing the name shows its message ("too short") and hides it again: the form kept the row as
    // tall as it was with the message, until the cell said it had changed.
    retype(name, QStringLiteral("team-registry"));
    QVERIFY(line->isVisible());
    const QList<QRect> before = places();
    // The line sits at the bottom of the page, above the wizard's buttons.
    QCOMPARE(line->mapTo(page, line->rect().bottomLeft()).y(),
             page->height() - 1 - page->layout()->contentsMargins().bottom());
    QTest::keyClicks(filter, QStringLiteral("shanghai"));
    QTest::keyClick(filter, Qt::Key_Return);
    QVERIFY(harness.nextEnabled());
    QVERIFY(!line->isVisible());
    QCOMPARE(places(), before);
    // And they sit together: from the edition to the end of the list no taller than the form wants.
    const auto* form = page->findChild<QFormLayout*>();
    QVERIFY(form);
    QVERIFY2(before.last().bottom() - before.first().top() < form->sizeHint().height(),
             qPrintable(QStringLiteral("rows span %1 pixels, the form wants %2")
                            .arg(before.last().bottom() - before.first().top())
                            .arg(form->sizeHint().height())));
}

void TestOrderPages::regionNamesInChinese()
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    installTranslations(QLocale());

    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.add<InstancePage>();
    QVERIFY(harness.show());
    auto* list = find<QListWidget>(page, "regionList");
    auto* filter = find<QLineEdit>(page, "regionFilterEdit");
    auto* editions = find<QComboBox>(page, "editionCombo");
    QVERIFY(list && filter && editions);
    QCOMPARE(regionItem(list, u"cn-shanghai"_s)->text(), u"华东2（上海）  (cn-shanghai)"_s);
    QCOMPARE(regionItem(list, u"ap-southeast-1"_s)->text(), u"新加坡  (ap-southeast-1)"_s);
    QCOMPARE(itemTexts(editions), (QStringList {u"基础版"_s, u"标准版"_s, u"高级版"_s}));
    QCOMPARE(find<QLabel>(page, "editionDescription")->text(), u"入门级，适合个人和小团队，配额最小。"_s);

    // The filter matches the Chinese name as well as the id.
    typeText(filter, QStringLiteral("上海"));
    QCOMPARE(visibleItems(list), 1);
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(draft.order().region, u"cn-shanghai"_s);
}

void TestOrderPages::languageChangeRetranslatesPage()
{
    OrderDraft draft;
    draft.edit([](OrderSpec& order) { order.region = QStringLiteral("cn-beijing"); });
    Harness harness(&draft);
    auto* instance = harness.add<InstancePage>();
    auto* storage = harness.add<StoragePage>();
    auto* quota = harness.add<QuotaPage>();
    auto* billing = harness.add<BillingPage>();
    QVERIFY(harness.show());
    const OrderSpec before = draft.order();

    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    // Every text of the wizard pages marked; the name label in the mnemonic form Chinese labels use.
    MarkingTranslator translator("acrp::ui::", {{"&Instance name:", QStringLiteral("ZH 实例名称(&I)：")}});
    QVERIFY(QCoreApplication::installTranslator(&translator));
    auto* nameLabel = find<QLabel>(instance, "instanceNameLabel");
    QVERIFY(nameLabel);
    QTRY_VERIFY_WITH_TIMEOUT(nameLabel->text().startsWith(u"ZH "), kTimeout);

    // Every field label of every page follows the language, and so do the catalog names.
    for (const QWizardPage* page : std::initializer_list<const QWizardPage*> {instance, storage, quota, billing}) {
        QVERIFY(page->title().startsWith(u"ZH "));
        for (const OrderField field : allOrderFields()) {
            if (const auto* label = page->findChild<QLabel*>(orderFieldKey(field) + u"Label")) {
                QVERIFY2(label->text().startsWith(u"ZH "), qPrintable(label->text()));
                QVERIFY2(label->buddy()->accessibleName().startsWith(u"ZH "),
                         qPrintable(label->buddy()->accessibleName()));
            }
        }
    }
    QCOMPARE(find<QLineEdit>(instance, "instanceNameEdit")->accessibleName(), u"ZH 实例名称"_s);
    auto* list = find<QListWidget>(instance, "regionList");
    QCOMPARE(regionItem(list, u"cn-beijing"_s)->text(), u"华北2（北京）  (cn-beijing)"_s);
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), u"cn-beijing"_s);
    QCOMPARE(find<QComboBox>(instance, "editionCombo")->currentText(), u"基础版"_s);
    QCOMPARE(find<QComboBox>(storage, "scannerCombo")->currentText(), u"容器镜像服务扫描引擎"_s);
    QCOMPARE(find<QCheckBox>(storage, "defaultBucketCheck")->text().left(3), u"ZH "_s);
    QCOMPARE(find<QCheckBox>(billing, "autoRenewalCheck")->text().left(3), u"ZH "_s);
    // Re-translating is not an edit.
    QVERIFY(draft.order() == before);

    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_VERIFY_WITH_TIMEOUT(!nameLabel->text().startsWith(u"ZH "), kTimeout);
    QCOMPARE(find<QLineEdit>(instance, "instanceNameEdit")->accessibleName(), u"Instance name"_s);
}

void TestOrderPages::languageSwitchRewordsShownMessage()
{
    // A message on screen follows Settings > Language at once, not at the next edit.
    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.add<InstancePage>();
    QVERIFY(harness.show());
    Language::apply(QStringLiteral("en"), false);
    auto* name = find<QLineEdit>(page, "instanceNameEdit");
    QVERIFY(name);
    typeText(name, QStringLiteral("ab"));
    const QString english = u"The instance name must be 3 to 30 characters long (it has 2)."_s;
    QCOMPARE(shownMessage(page, OrderField::InstanceName), english);

    Language::apply(QStringLiteral("zh_CN"), false);
    const QString chinese
        = QCoreApplication::translate("acrp::Validator",
                                      "The instance name must be %1 to %2 characters long (it has %n).", nullptr, 2)
              .arg(3)
              .arg(30);
    QVERIFY2(chinese != english, "the zh_CN translation is not loaded");
    QTRY_COMPARE_WITH_TIMEOUT(shownMessage(page, OrderField::InstanceName), chinese, kTimeout);
    QCOMPARE(name->accessibleDescription(), chinese);
    QCOMPARE(draft.order().instanceName, u"ab"_s); // re-wording is not an edit

    Language::apply(QStringLiteral("en"), false);
    QTRY_COMPARE_WITH_TIMEOUT(shownMessage(page, OrderField::InstanceName), english, kTimeout);
    QCOMPARE(name->accessibleDescription(), english);
}

// ---------------------------------------------------------------------------------------------
// Storage page

void TestOrderPages::customBucket_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");

    QTest::newRow("too short") << u"ab"_s << u"The bucket name must be 3 to 63 characters long (it has 2)."_s;
    QTest::newRow("too long (64)") << QString(64, u'b')
                                   << u"The bucket name must be 3 to 63 characters long (it has 64)."_s;
    QTest::newRow("upper case")
        << u"My-bucket"_s << u"The bucket name may contain only lowercase letters, digits and hyphens (not “M”)."_s;
    QTest::newRow("underscore")
        << u"my_bucket"_s << u"The bucket name may contain only lowercase letters, digits and hyphens (not “_”)."_s;
    QTest::newRow("dot") << u"my.bucket"_s
                         << u"The bucket name may contain only lowercase letters, digits and hyphens (not “.”)."_s;
    QTest::newRow("non-ASCII")
        << u"bücket"_s << u"The bucket name may contain only lowercase letters, digits and hyphens (not “ü”)."_s;
    QTest::newRow("leading hyphen") << u"-bucket"_s
                                    << u"The bucket name must start and end with a lowercase letter or a digit."_s;
    QTest::newRow("trailing hyphen") << u"bucket-"_s
                                     << u"The bucket name must start and end with a lowercase letter or a digit."_s;
}

void TestOrderPages::customBucket()
{
    QFETCH(QString, typed);
    QFETCH(QString, message);

    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.add<StoragePage>();
    QVERIFY(harness.show());
    auto* check = find<QCheckBox>(page, "defaultBucketCheck");
    auto* bucket = find<QLineEdit>(page, "customBucketEdit");
    QVERIFY(check && bucket);
    QVERIFY(check->isChecked());
    QVERIFY(!bucket->isEnabled());
    QCOMPARE(shownMessage(page, OrderField::CustomBucket), QString());
    QVERIFY(harness.nextEnabled());

    // Unticking the default bucket makes the custom name required, and puts the cursor there. The
    // name says nothing in red before the person could type it; the line under the page says why Next
    // is disabled.
    check->setFocus();
    QTest::keyClick(check, Qt::Key_Space);
    QVERIFY(!check->isChecked());
    QVERIFY(!draft.order().defaultBucket);
    QVERIFY(bucket->isEnabled());
    QCOMPARE(focused(), bucket);
    QCOMPARE(shownMessage(page, OrderField::CustomBucket), QString());
    QCOMPARE(readText(find<QLabel>(page, "missingLine")), kBucketRequired);
    QVERIFY(!harness.nextEnabled());

    typeText(bucket, typed);
    QCOMPARE(draft.order().customBucket, typed);
    QCOMPARE(shownMessage(page, OrderField::CustomBucket), message);
    QVERIFY(!harness.nextEnabled());

    retype(bucket, QStringLiteral("my-registry-images"));
    QCOMPARE(draft.order().customBucket, u"my-registry-images"_s);
    QCOMPARE(shownMessage(page, OrderField::CustomBucket), QString());
    QVERIFY(harness.nextEnabled());

    retype(bucket, QString());
    QCOMPARE(shownMessage(page, OrderField::CustomBucket), kBucketRequired);
    QVERIFY(!harness.nextEnabled());
}

void TestOrderPages::tickingDefaultBucketAgainClearsCustomName()
{
    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.add<StoragePage>();
    QVERIFY(harness.show());
    auto* check = find<QCheckBox>(page, "defaultBucketCheck");
    auto* bucket = find<QLineEdit>(page, "customBucketEdit");
    QVERIFY(check && bucket);

    QTest::keyClick(check, Qt::Key_Space);
    typeText(bucket, QStringLiteral("Bad_Bucket"));
    QVERIFY(!shownMessage(page, OrderField::CustomBucket).isEmpty());
    QVERIFY(!harness.nextEnabled());

    QTest::keyClick(check, Qt::Key_Space);
    QVERIFY(check->isChecked());
    QVERIFY(draft.order().defaultBucket);
    QCOMPARE(draft.order().customBucket, QString());
    QCOMPARE(bucket->text(), QString());
    QVERIFY(!bucket->isEnabled());
    QCOMPARE(shownMessage(page, OrderField::CustomBucket), QString());
    QVERIFY(draft.validation().isValid(OrderField::CustomBucket));
    QVERIFY(harness.nextEnabled());

    // The scanner is chosen with the keyboard too.
    auto* scanner = find<QComboBox>(page, "scannerCombo");
    QCOMPARE(itemData(scanner), (QStringList {u"ACR"_s, u"SAS"_s}));
    QCOMPARE(scanner->currentText(), u"Container Registry scanner"_s);
    QTest::keyClick(scanner, Qt::Key_Down);
    QCOMPARE(draft.order().imageScanner, u"SAS"_s);
    QCOMPARE(scanner->currentText(), u"Security Center"_s);
}

// ---------------------------------------------------------------------------------------------
// Quota page

void TestOrderPages::quota_data()
{
    QTest::addColumn<QString>("spin");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("fix");
    QTest::addColumn<int>("fixedValue");

    const int namespaces = int(OrderField::ExtraNamespaces);
    const int repositories = int(OrderField::ExtraRepositories);
    const int vpc = int(OrderField::VpcQuota);
    QTest::newRow("7 namespaces (off step)")
        << u"namespacesSpin"_s << namespaces << u"7"_s << 7
        << u"Extra namespaces must be a multiple of 5 from 0 to 100000 (not 7)."_s << u"10"_s << 10;
    QTest::newRow("namespaces over maximum")
        << u"namespacesSpin"_s << namespaces << u"100005"_s << 100005
        << u"Extra namespaces must be a multiple of 5 from 0 to 100000 (not 100005)."_s << u"100000"_s << 100000;
    QTest::newRow("1500 repositories (off step)")
        << u"repositoriesSpin"_s << repositories << u"1500"_s << 1500
        << u"Extra repositories must be a multiple of 1000 from 0 to 1000000 (not 1500)."_s << u"2000"_s << 2000;
    QTest::newRow("repositories over maximum")
        << u"repositoriesSpin"_s << repositories << u"1001000"_s << 1001000
        << u"Extra repositories must be a multiple of 1000 from 0 to 1000000 (not 1001000)."_s << u"1000000"_s
        << 1000000;
    QTest::newRow("VPC over maximum") << u"vpcSpin"_s << vpc << u"101"_s << 101
                                      << u"The VPC quota must be from 0 to 100 (not 101)."_s << u"100"_s << 100;
}

void TestOrderPages::quota()
{
    QFETCH(QString, spin);
    QFETCH(int, field);
    QFETCH(QString, typed);
    QFETCH(int, value);
    QFETCH(QString, message);
    QFETCH(QString, fix);
    QFETCH(int, fixedValue);

    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.add<QuotaPage>();
    QVERIFY(harness.show());
    auto* box = page->findChild<QSpinBox*>(spin);
    QVERIFY(box);
    const auto orderField = static_cast<OrderField>(field);
    QCOMPARE(page->inputFor(orderField), box);
    const auto draftValue = [&] {
        const OrderSpec& order = draft.order();
        return orderField == OrderField::ExtraNamespaces  ? order.extraNamespaces
            : orderField == OrderField::ExtraRepositories ? order.extraRepositories
                                                          : order.vpcQuota;
    };
    QCOMPARE(box->value(), 0);
    QCOMPARE(shownMessage(page, orderField), QString());
    QVERIFY(harness.nextEnabled());

    box->setFocus();
    retype(box, typed);
    QCOMPARE(box->value(), value);
    QCOMPARE(draftValue(), value);
    QCOMPARE(shownMessage(page, orderField), message);
    QVERIFY(!page->isComplete());
    QVERIFY(!harness.nextEnabled());

    retype(box, fix);
    QCOMPARE(box->value(), fixedValue);
    QCOMPARE(draftValue(), fixedValue);
    QCOMPARE(shownMessage(page, orderField), QString());
    QVERIFY(harness.nextEnabled());

    // The arrow keys move by the catalog's step, so they never make an off-step value.
    QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(shownMessage(page, orderField), QString());
    QVERIFY(draftValue() < fixedValue);
    QVERIFY(harness.nextEnabled());
}

namespace {

// The draft's value of a quota field.
int quotaValue(const OrderSpec& order, OrderField field)
{
    return field == OrderField::ExtraNamespaces  ? order.extraNamespaces
        : field == OrderField::ExtraRepositories ? order.extraRepositories
                                                 : order.vpcQuota;
}

} // namespace

void TestOrderPages::quotaStepsLandOnValidValues_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("start"); // typed; a negative one is loaded (it cannot be typed)
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("expected");

    const int namespaces = int(OrderField::ExtraNamespaces);
    const int repositories = int(OrderField::ExtraRepositories);
    const int vpc = int(OrderField::VpcQuota);
    const int up = Qt::Key_Up;
    const int down = Qt::Key_Down;
    // Steps of 1000 from a multiple of 1000: from an off-step value to the next valid one either way.
    QTest::newRow("1500 repositories, up") << repositories << 1500 << up << 2000;
    QTest::newRow("1500 repositories, down") << repositories << 1500 << down << 1000;
    QTest::newRow("12345 repositories, up") << repositories << 12345 << up << 13000;
    QTest::newRow("12345 repositories, down") << repositories << 12345 << down << 12000;
    QTest::newRow("0 repositories, up") << repositories << 0 << up << 1000;
    QTest::newRow("2000 repositories, up") << repositories << 2000 << up << 3000;
    QTest::newRow("page up from 1500") << repositories << 1500 << int(Qt::Key_PageUp) << 11000;
    QTest::newRow("page up near the maximum") << repositories << 995000 << int(Qt::Key_PageUp) << 1000000;
    QTest::newRow("page down from 1500") << repositories << 1500 << int(Qt::Key_PageDown) << 0;
    // The bounds: nothing beyond them, and from beyond them back to the nearest valid value.
    QTest::newRow("0 repositories, down (minimum)") << repositories << 0 << down << 0;
    QTest::newRow("1000000 repositories, up (maximum)") << repositories << 1000000 << up << 1000000;
    QTest::newRow("1001000 repositories, up (over maximum)") << repositories << 1001000 << up << 1001000;
    QTest::newRow("1001000 repositories, down") << repositories << 1001000 << down << 1000000;
    QTest::newRow("2000000 repositories, down") << repositories << 2000000 << down << 1000000;
    // Steps of 5.
    QTest::newRow("7 namespaces, up") << namespaces << 7 << up << 10;
    QTest::newRow("7 namespaces, down") << namespaces << 7 << down << 5;
    QTest::newRow("3 namespaces, down") << namespaces << 3 << down << 0;
    QTest::newRow("99999 namespaces, up") << namespaces << 99999 << up << 100000;
    QTest::newRow("100003 namespaces, down") << namespaces << 100003 << down << 100000;
    QTest::newRow("100000 namespaces, up (maximum)") << namespaces << 100000 << up << 100000;
    // Steps of 1, and a loaded value below the minimum.
    QTest::newRow("101 VPC, down") << vpc << 101 << down << 100;
    QTest::newRow("100 VPC, up (maximum)") << vpc << 100 << up << 100;
    QTest::newRow("0 VPC, down (minimum)") << vpc << 0 << down << 0;
    QTest::newRow("-3 VPC loaded, up") << vpc << -3 << up << 0;
    QTest::newRow("-3 VPC loaded, down") << vpc << -3 << down << -3;
}

void TestOrderPages::quotaStepsLandOnValidValues()
{
    QFETCH(int, field);
    QFETCH(int, start);
    QFETCH(int, key);
    QFETCH(int, expected);

    const auto orderField = static_cast<OrderField>(field);
    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.add<QuotaPage>();
    QVERIFY(harness.show());
    auto* box = qobject_cast<QSpinBox*>(page->inputFor(orderField));
    QVERIFY(box);
    box->setFocus();
    if (start < 0) {
        OrderSpec order;
        order.vpcQuota = start;
        draft.load(order);
    } else {
        retype(box, QString::number(start));
    }
    QCOMPARE(box->value(), start);
    QCOMPARE(quotaValue(draft.order(), orderField), start);

    QTest::keyClick(box, Qt::Key(key));
    QCOMPARE(box->value(), expected);
    QCOMPARE(quotaValue(draft.order(), orderField), expected);
    QCOMPARE(box->text(), format::number(expected));
    // A step lands on a valid value (the message goes); a key that could not step leaves the value
    // and its message as they were.
    const bool valid = draft.validation().isValid(orderField);
    QCOMPARE(shownMessage(page, orderField), valid ? QString() : draft.validation().message(orderField));
    if (expected != start)
        QVERIFY(valid);
}

void TestOrderPages::quotaDigitsAreGroupedAsTyped_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s;
}

void TestOrderPages::quotaDigitsAreGroupedAsTyped()
{
    QFETCH(QString, language);
    Language::apply(language, false);

    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.add<QuotaPage>();
    QVERIFY(harness.show());
    auto* box = find<QSpinBox>(page, "repositoriesSpin");
    QVERIFY(box);
    box->setFocus();

    // Grouped while typing, each digit where it was typed.
    retype(box, u"1000000"_s);
    QCOMPARE(box->text(), format::number(1000000));
    QCOMPARE(draft.order().extraRepositories, 1000000);
    QCOMPARE(shownMessage(page, OrderField::ExtraRepositories), QString());
    retype(box, u"12345"_s);
    QCOMPARE(box->text(), format::number(12345));
    QCOMPARE(draft.order().extraRepositories, 12345);
    QCOMPARE(shownMessage(page, OrderField::ExtraRepositories),
             draft.validation().message(OrderField::ExtraRepositories));

    // A digit typed in the middle, and one deleted: the cursor stays after the same digits.
    retype(box, u"2000"_s);
    QTest::keyClick(box, Qt::Key_Home);
    QTest::keyClick(box, Qt::Key_Right);
    typeText(box, u"50"_s);
    QCOMPARE(box->text(), format::number(250000));
    QCOMPARE(draft.order().extraRepositories, 250000);
    QTest::keyClick(box, Qt::Key_End);
    QTest::keyClick(box, Qt::Key_Backspace);
    QCOMPARE(box->text(), format::number(25000));
    QCOMPARE(draft.order().extraRepositories, 25000);

    // What is not a digit is refused: the number stays.
    typeText(box, u"x-"_s);
    QCOMPARE(box->text(), format::number(25000));
    QCOMPARE(draft.order().extraRepositories, 25000);
    retype(box, u"-5"_s);
    QCOMPARE(draft.order().extraRepositories, 5);
    QCOMPARE(box->text(), format::number(5));

    // A loaded order shows grouped too.
    OrderSpec order;
    order.extraNamespaces = 15000;
    draft.load(order);
    QCOMPARE(find<QSpinBox>(page, "namespacesSpin")->text(), format::number(15000));
}

void TestOrderPages::quotaBoxesFitTheirLargestNumber()
{
    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.add<QuotaPage>();
    QVERIFY(harness.show(QSize(760, 620)));
    const Catalog& catalog = draft.catalog();
    const QList<std::pair<const char*, QuotaRule>> boxes {{"namespacesSpin", catalog.namespaceQuota()},
                                                          {"repositoriesSpin", catalog.repositoryQuota()},
                                                          {"vpcSpin", catalog.vpcQuota()}};
    std::optional<int> column;
    std::optional<int> width;
    for (const auto& [name, rule] : boxes) {
        auto* box = find<QSpinBox>(page, name);
        QVERIFY(box);
        // The largest number fits, grouped, and the box is not stretched across the window.
        const QString largest = format::number(rule.max);
        const auto* edit = box->findChild<QLineEdit*>();
        QVERIFY(edit);
        QVERIFY2(edit->width() >= box->fontMetrics().horizontalAdvance(largest),
                 qPrintable(u"%1: %2 px for %3"_s.arg(QLatin1String(name)).arg(edit->width()).arg(largest)));
        QVERIFY2(box->width() < page->width() / 3,
                 qPrintable(u"%1 is %2 px wide"_s.arg(QLatin1String(name)).arg(box->width())));
        // The boxes make one column, as wide as the widest number.
        const int x = box->mapTo(page, QPoint()).x();
        if (!column)
            column = x;
        QCOMPARE(x, *column);
        if (!width)
            width = box->width();
        QCOMPARE(box->width(), *width);
    }
}

// ---------------------------------------------------------------------------------------------
// Billing page

void TestOrderPages::periodTexts()
{
    QCOMPARE(OrderText::periodText(1), u"1 month"_s);
    QCOMPARE(OrderText::periodText(6), u"6 months"_s);
    QCOMPARE(OrderText::periodText(12), u"1 year"_s);
    QCOMPARE(OrderText::periodText(24), u"2 years"_s);
    QCOMPARE(OrderText::periodText(18), u"18 months"_s);
    // The plural forms come from the translations: English has its own numerus forms, Chinese one.
    Language::apply(QStringLiteral("zh_CN"), false);
    QCOMPARE(OrderText::periodText(1), u"1 个月"_s);
    QCOMPARE(OrderText::periodText(6), u"6 个月"_s);
    QCOMPARE(OrderText::periodText(24), u"2 年"_s);
    QCOMPARE(ResultPage::tr("The order went through after %n attempt(s).", nullptr, 3),
             u"订单经过 3 次尝试后提交成功。"_s);
    Language::apply(QStringLiteral("en"), false);
    QCOMPARE(ResultPage::tr("The order went through after %n attempt(s).", nullptr, 1),
             u"The order went through after 1 attempt."_s);
    QCOMPARE(ResultPage::tr("The order went through after %n attempt(s).", nullptr, 3),
             u"The order went through after 3 attempts."_s);

    OrderDraft draft;
    BillingPage page(&draft);
    auto* periods = find<QComboBox>(&page, "periodCombo");
    QVERIFY(periods);
    QCOMPARE(itemTexts(periods),
             (QStringList {u"1 month"_s, u"2 months"_s, u"3 months"_s, u"4 months"_s, u"5 months"_s, u"6 months"_s,
                           u"7 months"_s, u"8 months"_s, u"9 months"_s, u"1 year"_s, u"2 years"_s, u"3 years"_s,
                           u"4 years"_s, u"5 years"_s}));
    QCOMPARE(periods->currentText(), u"1 year"_s); // the draft's 12 months, without a wizard around it
}

void TestOrderPages::autoRenewalNeedsRenewPeriod()
{
    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.add<BillingPage>();
    QVERIFY(harness.show());
    auto* check = find<QCheckBox>(page, "autoRenewalCheck");
    auto* renew = find<QComboBox>(page, "renewPeriodCombo");
    auto* period = find<QComboBox>(page, "periodCombo");
    QVERIFY(check && renew && period);
    QVERIFY(!check->isChecked());
    QVERIFY(!renew->isEnabled());
    QCOMPARE(period->currentData().toInt(), 12);
    QVERIFY(harness.nextEnabled());

    // A period chosen with the keyboard.
    QTest::keyClick(period, Qt::Key_Down);
    QCOMPARE(draft.order().periodMonths, 24);
    QCOMPARE(shownMessage(page, OrderField::Period), QString());

    // Ticking auto-renewal asks for a renewal period, but not in red before the person could choose
    // one: the line under the page says why Next is disabled.
    const QString choose = u"Choose a renewal period for automatic renewal: "_s + kMonths + u" months."_s;
    auto* line = find<QLabel>(page, "missingLine");
    check->setFocus(Qt::TabFocusReason);
    QTest::keyClick(check, Qt::Key_Space);
    QVERIFY(draft.order().autoRenewal);
    QVERIFY(renew->isEnabled());
    QCOMPARE(renew->currentData().toInt(), 0);
    QCOMPARE(shownMessage(page, OrderField::RenewPeriod), QString());
    QVERIFY(line->isVisible());
    QCOMPARE(readText(line), choose);
    QVERIFY(!harness.nextEnabled());

    // Tab onto the renewal period and on without choosing one: touched, so the message shows.
    QTest::keyClick(check, Qt::Key_Tab);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), renew, kTimeout);
    QCOMPARE(shownMessage(page, OrderField::RenewPeriod), QString());
    QTest::keyClick(renew, Qt::Key_Tab);
    QTRY_COMPARE_WITH_TIMEOUT(shownMessage(page, OrderField::RenewPeriod), choose, kTimeout);
    QCOMPARE(renew->accessibleDescription(), choose);
    QVERIFY(!line->isVisible()); // said under the field, not twice

    QTest::keyClick(renew, Qt::Key_Down);
    QCOMPARE(draft.order().renewPeriodMonths, 1);
    QCOMPARE(renew->currentText(), u"1 month"_s);
    QCOMPARE(shownMessage(page, OrderField::RenewPeriod), QString());
    QVERIFY(harness.nextEnabled());

    // Manual renewal again: the renewal period is forgotten, no message.
    QTest::keyClick(check, Qt::Key_Space);
    QVERIFY(!draft.order().autoRenewal);
    QCOMPARE(draft.order().renewPeriodMonths, 0);
    QVERIFY(!renew->isEnabled());
    QCOMPARE(renew->currentData().toInt(), 0);
    QCOMPARE(shownMessage(page, OrderField::RenewPeriod), QString());
    QVERIFY(harness.nextEnabled());

    // ...so ticking it once more asks again, quietly: the period chosen before is gone, the new one
    // is not touched yet.
    QTest::keyClick(check, Qt::Key_Space);
    QCOMPARE(shownMessage(page, OrderField::RenewPeriod), QString());
    QCOMPARE(readText(line), choose);
    QVERIFY(!harness.nextEnabled());

    // Next (as QWizard calls it) shows the message and puts the cursor on the field.
    QVERIFY(!page->validatePage());
    QCOMPARE(shownMessage(page, OrderField::RenewPeriod), choose);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), renew, kTimeout);
}

void TestOrderPages::checkBoxRowsShowTheServiceReason_data()
{
    QTest::addColumn<bool>("billing"); // else the Storage page
    QTest::newRow("auto-renewal") << true;
    QTest::newRow("default bucket") << false;
}

void TestOrderPages::checkBoxRowsShowTheServiceReason()
{
    // The service may refuse RenewalStatus or DefaultOssBucket: the reason shows under the check box
    // (which the wizard focuses), and goes with the next click on it, as does the reason given for the
    // field the click resets.
    QFETCH(bool, billing);
    OrderDraft draft;
    draft.edit([](OrderSpec& order) {
        order.autoRenewal = true;
        order.renewPeriodMonths = 12;
        order.defaultBucket = false;
        order.customBucket = QStringLiteral("my-bucket");
    });
    Harness harness(&draft);
    OrderPage* page = billing ? static_cast<OrderPage*>(harness.add<BillingPage>()) : harness.add<StoragePage>();
    QVERIFY(harness.show());
    const OrderField checkField = billing ? OrderField::RenewalStatus : OrderField::DefaultBucket;
    const OrderField resetField = billing ? OrderField::RenewPeriod : OrderField::CustomBucket;
    auto* check = qobject_cast<QCheckBox*>(page->inputFor(checkField));
    QVERIFY(check);
    QCOMPARE(check->objectName(), billing ? u"autoRenewalCheck"_s : u"defaultBucketCheck"_s);

    page->showServiceProblem(checkField, u"The service refused the check box."_s);
    page->showServiceProblem(resetField, u"The service refused the field below."_s);
    QCOMPARE(shownMessage(page, checkField), u"The service refused the check box."_s);
    QCOMPARE(check->accessibleDescription(), u"The service refused the check box."_s);
    QCOMPARE(shownMessage(page, resetField), u"The service refused the field below."_s);

    check->setFocus();
    QTest::keyClick(check, Qt::Key_Space);
    QCOMPARE(shownMessage(page, checkField), QString());
    QCOMPARE(check->accessibleDescription(), QString());
    QCOMPARE(shownMessage(page, resetField), QString());
    QVERIFY(harness.nextEnabled());
}

namespace {

// The text of the last line `label` shows, wrapped as its width and font wrap it.
QString lastShownLine(const QLabel* label)
{
    QTextLayout layout(label->text(), label->font());
    QTextOption option(label->alignment());
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    const qreal width = label->contentsRect().width();
    layout.beginLayout();
    QString last;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        last = label->text().mid(line.textStart(), line.textLength());
    }
    layout.endLayout();
    return last.trimmed();
}

// Shows `wizard` and lets it lay out at `width`.
void resizeAndLayOut(QWidget* wizard, int width)
{
    wizard->resize(width, wizard->height());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

} // namespace

void TestOrderPages::messageNeverEndsWithOneWordAlone()
{
    // The renewal period's message lists every period; at the default size its last word, "months.",
    // wrapped onto a line of its own. The message keeps its last two words together at any width.
    test::ProfilesContext profiles;
    QVERIFY(profiles.isValid());
    PurchaseWizard wizard(profiles.context());
    OrderSpec order;
    order.instanceName = QStringLiteral("team-registry");
    order.region = QStringLiteral("cn-hangzhou");
    wizard.draft()->setOrder(order);
    wizard.resize(760, 620);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    while (wizard.currentId() < PurchaseWizard::BillingPageId) {
        const int before = wizard.currentId();
        wizard.next();
        QVERIFY(wizard.currentId() > before);
    }
    auto* page = qobject_cast<OrderPage*>(wizard.currentPage());
    auto* check = find<QCheckBox>(page, "autoRenewalCheck");
    auto* message = page->findChild<QLabel*>(orderFieldKey(OrderField::RenewPeriod) + u"Message");
    QVERIFY(page && check && message);
    check->setFocus();
    QTest::keyClick(check, Qt::Key_Space);
    QVERIFY(!page->validatePage()); // Next: the message shows
    QVERIFY(message->isVisible());

    int wrapped = 0;
    for (const int width : {760, 700, 640, 560, 480, 420}) {
        resizeAndLayOut(&wizard, width);
        const QString last = lastShownLine(message);
        if (last != readText(message).trimmed())
            ++wrapped;
        QVERIFY2(last.contains(u' ') || last.contains(QChar::Nbsp),
                 qPrintable(u"at %1 px the last line is \"%2\""_s.arg(width).arg(last)));
    }
    QVERIFY(wrapped > 0); // the message did wrap at some of these widths
}

// ---------------------------------------------------------------------------------------------
// All pages

namespace {

// An order as a hand-edited template might hold it: every field the wizard pages edit is wrong.
OrderSpec brokenOrder()
{
    OrderSpec order;
    order.site = Site::China;
    order.edition = QStringLiteral("Premium");
    order.instanceName = QStringLiteral("Bad_Name");
    order.region = QStringLiteral("mars-1");
    order.defaultBucket = true;
    order.customBucket = QStringLiteral("leftover");
    order.imageScanner = QStringLiteral("XYZ");
    order.extraNamespaces = 7;
    order.extraRepositories = 1500;
    order.vpcQuota = -3;
    order.periodMonths = 10;
    order.autoRenewal = false;
    order.renewPeriodMonths = 12;
    return order;
}

} // namespace

void TestOrderPages::loadShowsEveryMessageAtOnce()
{
    OrderDraft draft;
    Harness harness(&draft);
    auto* instance = harness.add<InstancePage>();
    auto* storage = harness.add<StoragePage>();
    auto* quota = harness.add<QuotaPage>();
    auto* billing = harness.add<BillingPage>();
    QVERIFY(harness.show());

    draft.load(brokenOrder());

    const QList<std::pair<QWizardPage*, QList<std::pair<OrderField, QString>>>> expected {
        {instance,
         {{OrderField::Edition, u"“Premium” is not an edition; the China site sells Basic, Standard and Advanced."_s},
          {OrderField::InstanceName,
           u"The instance name may contain only lowercase letters, digits and hyphens (not “B”)."_s},
          {OrderField::Region, u"“mars-1” is not a known region; use a region id such as cn-qingdao."_s}}},
        {storage,
         {{OrderField::CustomBucket, u"Leave the bucket name empty when the instance uses the default OSS bucket."_s},
          {OrderField::ImageScanner, u"The image scanner must be ACR or SAS (not “XYZ”)."_s}}},
        {quota,
         {{OrderField::ExtraNamespaces, u"Extra namespaces must be a multiple of 5 from 0 to 100000 (not 7)."_s},
          {OrderField::ExtraRepositories,
           u"Extra repositories must be a multiple of 1000 from 0 to 1000000 (not 1500)."_s},
          {OrderField::VpcQuota, u"The VPC quota must be from 0 to 100 (not -3)."_s}}},
        {billing,
         {{OrderField::Period, u"The subscription period must be "_s + kMonths + u" months (not 10)."_s},
          {OrderField::RenewPeriod, u"The renewal period must be empty when renewal is manual (it is 12)."_s}}},
    };
    for (const auto& [page, messages] : expected) {
        QVERIFY(!page->isComplete());
        for (const auto& [field, message] : messages) {
            QCOMPARE(draft.validation().message(field), message);
            QCOMPARE(shownMessage(page, field), message);
        }
    }

    // The widgets show the loaded values, even the wrong ones, and the user can reach each to fix it.
    QCOMPARE(find<QLineEdit>(instance, "instanceNameEdit")->text(), u"Bad_Name"_s);
    QCOMPARE(find<QComboBox>(instance, "editionCombo")->currentIndex(), -1);
    QCOMPARE(find<QListWidget>(instance, "regionList")->currentItem(), nullptr);
    auto* bucket = find<QLineEdit>(storage, "customBucketEdit");
    QCOMPARE(bucket->text(), u"leftover"_s);
    QVERIFY(bucket->isEnabled());
    QCOMPARE(find<QComboBox>(storage, "scannerCombo")->currentIndex(), -1);
    QCOMPARE(find<QSpinBox>(quota, "namespacesSpin")->value(), 7);
    QCOMPARE(find<QSpinBox>(quota, "repositoriesSpin")->value(), 1500);
    QCOMPARE(find<QSpinBox>(quota, "vpcSpin")->value(), -3);
    QCOMPARE(find<QComboBox>(billing, "periodCombo")->currentIndex(), -1);
    auto* renew = find<QComboBox>(billing, "renewPeriodCombo");
    QCOMPARE(renew->currentData().toInt(), 12);
    QVERIFY(renew->isEnabled());
    // Loading is not an edit: the draft holds exactly the loaded order.
    QVERIFY(draft.order() == brokenOrder());

    // Fixing the leftover bucket and the renewal period from the keyboard.
    retype(bucket, QString());
    QCOMPARE(shownMessage(storage, OrderField::CustomBucket), QString());
    renew->setCurrentIndex(renew->findData(0));
    QCOMPARE(draft.order().renewPeriodMonths, 0);
    QCOMPARE(shownMessage(billing, OrderField::RenewPeriod), QString());

    // A valid order loaded afterwards clears every message.
    OrderSpec good;
    good.instanceName = QStringLiteral("team-registry");
    good.region = QStringLiteral("cn-hangzhou");
    draft.load(good);
    QCOMPARE(find<QSpinBox>(quota, "vpcSpin")->value(), 0);
    QCOMPARE(find<QSpinBox>(quota, "vpcSpin")->minimum(), 0); // the range widened for -3 is back to normal
    for (const auto& [page, messages] : expected) {
        QVERIFY(page->isComplete());
        for (const auto& [field, message] : messages)
            QCOMPARE(shownMessage(page, field), QString());
    }
    QCOMPARE(find<QListWidget>(instance, "regionList")->currentItem()->data(Qt::UserRole).toString(), u"cn-hangzhou"_s);
}

void TestOrderPages::validatePageFocusesFirstInvalidField_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("firstFocus");
    QTest::addColumn<QString>("secondFocus"); // after fixing the first one

    QTest::newRow("instance") << u"instance"_s << u"instanceNameEdit"_s << u"regionFilterEdit"_s;
    QTest::newRow("storage") << u"storage"_s << u"customBucketEdit"_s << u"scannerCombo"_s;
    QTest::newRow("quota") << u"quota"_s << u"namespacesSpin"_s << u"repositoriesSpin"_s;
    QTest::newRow("billing") << u"billing"_s << u"periodCombo"_s << u"renewPeriodCombo"_s;
}

void TestOrderPages::validatePageFocusesFirstInvalidField()
{
    QFETCH(QString, page);
    QFETCH(QString, firstFocus);
    QFETCH(QString, secondFocus);

    OrderDraft draft;
    OrderSpec broken;
    broken.instanceName = QStringLiteral("ok-name");
    broken.region = QStringLiteral("cn-hangzhou");
    if (page == u"instance") {
        broken.instanceName.clear();
        broken.region.clear();
    } else if (page == u"storage") {
        broken.defaultBucket = false;
        broken.imageScanner = QStringLiteral("XYZ");
    } else if (page == u"quota") {
        broken.extraNamespaces = 3;
        broken.extraRepositories = 10;
    } else {
        broken.periodMonths = 11;
        broken.autoRenewal = true;
    }
    draft.setOrder(broken); // an edit before the page exists: nothing revealed yet
    Harness harness(&draft);
    OrderPage* orderPage = nullptr;
    if (page == u"instance")
        orderPage = harness.add<InstancePage>();
    else if (page == u"storage")
        orderPage = harness.add<StoragePage>();
    else if (page == u"quota")
        orderPage = harness.add<QuotaPage>();
    else
        orderPage = harness.add<BillingPage>();
    QVERIFY(harness.show());
    QVERIFY(!harness.nextEnabled());
    const QList<OrderField> invalid = draft.validation().invalidFields();
    QCOMPARE(invalid.size(), 2);
    for (const OrderField field : invalid)
        QCOMPARE(shownMessage(orderPage, field), QString());

    QVERIFY(!orderPage->validatePage());
    QTRY_COMPARE_WITH_TIMEOUT(focusedName(), firstFocus, kTimeout);
    for (const OrderField field : invalid)
        QCOMPARE(shownMessage(orderPage, field), draft.validation().message(field));

    // Fix the first field through the draft (as another page or a template would), then Next again.
    draft.edit([&](OrderSpec& order) {
        if (page == u"instance")
            order.instanceName = QStringLiteral("ok-name");
        else if (page == u"storage")
            order.customBucket = QStringLiteral("my-bucket");
        else if (page == u"quota")
            order.extraNamespaces = 5;
        else
            order.periodMonths = 12;
    });
    QVERIFY(!orderPage->validatePage());
    QTRY_COMPARE_WITH_TIMEOUT(focusedName(), secondFocus, kTimeout);
}

void TestOrderPages::labelsHaveMnemonicsAndBuddies()
{
    test::ProfilesContext profilesContext;
    QVERIFY(profilesContext.isValid());
    const AppContext& context = profilesContext.context();

    OrderDraft draft;
    Harness harness(&draft);
    QList<QWizardPage*> pages {new AccountPage(&draft, context), new InstancePage(&draft), new StoragePage(&draft),
                               new QuotaPage(&draft), new BillingPage(&draft)};
    for (QWizardPage* page : pages)
        harness.add(page);
    QVERIFY(harness.show());

    // The wizard's own buttons take Alt+B (Back), Alt+N (Next) and Alt+F (Finish) on every page.
    QList<QKeySequence> wizardKeys;
    for (const QWizard::WizardButton button : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton}) {
        const QKeySequence key = QKeySequence::mnemonic(harness.wizard()->buttonText(button));
        if (!key.isEmpty())
            wizardKeys.append(key);
    }
    QVERIFY(!wizardKeys.isEmpty());

    for (QWizardPage* page : pages) {
        auto* orderPage = qobject_cast<OrderPage*>(page);
        QList<QKeySequence> keys = wizardKeys;
        const auto claim = [&](const QString& text, const QString& who) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            QVERIFY2(!key.isEmpty(), qPrintable(who + u": no mnemonic in \"" + text + u'"'));
            QVERIFY2(!keys.contains(key), qPrintable(who + u": mnemonic of \"" + text + u"\" is taken"));
            keys.append(key);
        };
        const QList<QLabel*> labels = page->findChildren<QLabel*>();
        int fieldLabels = 0;
        for (QLabel* label : labels) {
            if (!label->buddy())
                continue;
            claim(label->text(), label->objectName());
            if (QTest::currentTestFailed())
                return;
            ++fieldLabels;
        }
        QVERIFY(fieldLabels >= 2);
        if (orderPage) {
            for (const OrderField field : allOrderFields()) {
                QWidget* input = orderPage->inputFor(field);
                if (!input)
                    continue;
                // A check box is its own label (its mnemonic is claimed below).
                if (qobject_cast<QCheckBox*>(input)) {
                    QVERIFY(!page->findChild<QLabel*>(orderFieldKey(field) + u"Label"));
                    continue;
                }
                const auto* label = page->findChild<QLabel*>(orderFieldKey(field) + u"Label");
                QVERIFY2(label, qPrintable(orderFieldKey(field)));
                QCOMPARE(label->buddy(), input);
                QVERIFY(!input->accessibleName().isEmpty());
                QVERIFY(!input->accessibleName().contains(u'&'));
            }
        }
        for (QCheckBox* check : page->findChildren<QCheckBox*>()) {
            claim(check->text(), check->objectName());
            if (QTest::currentTestFailed())
                return;
        }
        for (QPushButton* button : page->findChildren<QPushButton*>()) {
            claim(button->text(), button->objectName());
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Alt+mnemonic focuses the buddy of an order page's label.
    harness.wizard()->next(); // Instance page
    auto* instance = qobject_cast<InstancePage*>(pages.at(1));
    QCOMPARE(harness.wizard()->currentPage(), instance);
    for (const OrderField field : {OrderField::InstanceName, OrderField::Region, OrderField::Edition}) {
        const auto* label = instance->findChild<QLabel*>(orderFieldKey(field) + u"Label");
        const QKeySequence key = QKeySequence::mnemonic(label->text());
        QTest::keySequence(harness.wizard(), key);
        QTRY_COMPARE_WITH_TIMEOUT(focused(), instance->inputFor(field), kTimeout);
    }
}

namespace {

// A valid order that shows every row of the pages: a custom bucket, auto-renewal.
OrderSpec fullOrder()
{
    OrderSpec order;
    order.instanceName = QStringLiteral("team-registry");
    order.region = QStringLiteral("cn-hangzhou");
    order.defaultBucket = false;
    order.customBucket = QStringLiteral("my-bucket");
    order.autoRenewal = true;
    order.renewPeriodMonths = 12;
    return order;
}

// How far (in px) each visible label of `page`'s forms sits from the vertical centre of its input,
// as "label text" → offset; an input squeezed below its own height counts as 100 px off.
QList<std::pair<QString, qreal>> labelOffsets(const QWidget* page)
{
    QList<std::pair<QString, qreal>> offsets;
    for (const QFormLayout* form : page->findChildren<QFormLayout*>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            const QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole);
            const auto* label = item ? qobject_cast<QLabel*>(item->widget()) : nullptr;
            if (!label || !label->isVisible() || !label->buddy() || !label->buddy()->isVisible())
                continue;
            const QWidget* input = label->buddy();
            const qreal labelCentre = label->mapTo(page, QPoint()).y() + label->height() / 2.0;
            const qreal inputCentre = input->mapTo(page, QPoint()).y() + input->height() / 2.0;
            const bool squeezed = input->height() < input->minimumSizeHint().height();
            offsets.append({label->text(), squeezed ? 100.0 : labelCentre - inputCentre});
        }
    }
    return offsets;
}

} // namespace

void TestOrderPages::labelsSitOnTheirFieldsCentre_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s;
}

void TestOrderPages::labelsSitOnTheirFieldsCentre()
{
    // Beside an input with more under it (the edition's description, the region list, a message) the
    // labels sank 2 to 4 px below their input's centre, more so with Chinese fonts; and once messages
    // appeared the inputs above them were squeezed. Every page of the wizard at its default size, with
    // a valid order and with every message shown.
    QFETCH(QString, language);
    Language::apply(language, false);
    test::ProfilesContext profiles(QUrl(QStringLiteral("http://127.0.0.1:18443")));
    QVERIFY(profiles.isValid());
    QVERIFY(profiles.add(test::makeProfile(u"prod"_s, Site::China, u"LTAI5tExampleKey0001"_s)));
    PurchaseWizard wizard(profiles.context());
    wizard.resize(760, 620);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    // A real profile with a custom endpoint: every row of the Account page shows.
    auto* profile = find<QComboBox>(&wizard, "profileCombo");
    profile->setCurrentIndex(profile->findData(u"prod"_s));
    auto* endpoint = find<QComboBox>(&wizard, "endpointCombo");
    endpoint->setCurrentIndex(endpoint->count() - 1);
    QTest::keyClicks(find<QLineEdit>(&wizard, "customUrlEdit"), u"http://127.0.0.1:18443"_s);

    int rows = 0;
    for (;;) {
        QWizardPage* page = wizard.currentPage();
        for (const bool broken : {false, true}) {
            wizard.draft()->load(broken ? brokenOrder() : fullOrder());
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            for (const auto& [label, offset] : labelOffsets(page)) {
                QVERIFY2(std::abs(offset) <= 1.0,
                         qPrintable(u"%1, %2: \"%3\" is %4 px from its input's centre (100: the input is squeezed)"_s
                                        .arg(QLatin1String(page->metaObject()->className()),
                                             broken ? u"every message shown"_s : u"valid order"_s, label)
                                        .arg(offset)));
                ++rows;
            }
        }
        wizard.draft()->load(fullOrder());
        if (wizard.currentId() == PurchaseWizard::BillingPageId)
            break;
        const int before = wizard.currentId();
        wizard.next();
        QVERIFY(wizard.currentId() > before);
    }
    QVERIFY(rows >= 2 * 14); // every labelled row of the five pages, twice
}

void TestOrderPages::wizardButtonsFitTheirText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("switched"); // started in English, then switched
    QTest::newRow("en") << u"en"_s << false;
    QTest::newRow("zh_CN") << u"zh_CN"_s << false;
    QTest::newRow("zh_CN after en") << u"zh_CN"_s << true;
}

void TestOrderPages::wizardButtonsFitTheirText()
{
    // "下一步(N) >" filled its button from edge to edge. Every button leaves at least half a line
    // height free on either side of its text, on every page up to Buy.
    QFETCH(QString, language);
    QFETCH(bool, switched);
    Language::apply(switched ? u"en"_s : language, false);
    test::ProfilesContext profiles;
    QVERIFY(profiles.isValid());
    PurchaseWizard wizard(profiles.context());
    OrderSpec order;
    order.instanceName = QStringLiteral("team-registry");
    order.region = QStringLiteral("cn-hangzhou");
    wizard.draft()->setOrder(order);
    wizard.resize(760, 620);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    if (switched) {
        const QString english = wizard.button(QWizard::NextButton)->text();
        Language::apply(language, false);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->text() != english, kTimeout);
    }
    const auto checkButtons = [&](bool visibleOnly) {
        for (const QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                                  QWizard::FinishButton, QWizard::CancelButton}) {
            QAbstractButton* button = wizard.button(which);
            if (visibleOnly != button->isVisible())
                continue;
            const QFontMetrics metrics = button->fontMetrics();
            const int text = metrics.size(Qt::TextShowMnemonic, button->text()).width();
            const int width
                = visibleOnly ? button->width() : std::max(button->sizeHint().width(), button->minimumWidth());
            QVERIFY2(width >= text + metrics.height(),
                     qPrintable(u"\"%1\": %2 px for %3 px of text"_s.arg(button->text()).arg(width).arg(text)));
        }
    };
    for (;;) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        checkButtons(true);
        if (QTest::currentTestFailed() || wizard.currentId() == PurchaseWizard::ReviewPageId)
            break;
        const int before = wizard.currentId();
        wizard.next();
        QVERIFY(wizard.currentId() > before);
    }
    QVERIFY(wizard.button(QWizard::NextButton)->text().contains(u'&')); // Buy, on the Review page
    checkButtons(false); // Finish, shown on the Result page
    if (language == u"zh_CN")
        QVERIFY(wizard.button(QWizard::NextButton)->text() != u"Bu&y in the sandbox"_s);
}

void TestOrderPages::tabOrderFollowsReadingOrder_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<bool>("alternate"); // untick the default bucket / tick auto-renewal first
    QTest::addColumn<QStringList>("order");

    QTest::newRow("instance") << u"instance"_s << false
                              << QStringList {u"editionCombo"_s, u"instanceNameEdit"_s, u"regionFilterEdit"_s,
                                              u"regionList"_s};
    QTest::newRow("storage, default bucket")
        << u"storage"_s << false << QStringList {u"defaultBucketCheck"_s, u"scannerCombo"_s};
    QTest::newRow("storage, custom bucket")
        << u"storage"_s << true << QStringList {u"defaultBucketCheck"_s, u"customBucketEdit"_s, u"scannerCombo"_s};
    QTest::newRow("quota") << u"quota"_s << false
                           << QStringList {u"namespacesSpin"_s, u"repositoriesSpin"_s, u"vpcSpin"_s};
    QTest::newRow("billing, manual renewal")
        << u"billing"_s << false << QStringList {u"periodCombo"_s, u"autoRenewalCheck"_s};
    QTest::newRow("billing, auto-renewal")
        << u"billing"_s << true << QStringList {u"periodCombo"_s, u"autoRenewalCheck"_s, u"renewPeriodCombo"_s};
}

void TestOrderPages::tabOrderFollowsReadingOrder()
{
    QFETCH(QString, page);
    QFETCH(bool, alternate);
    QFETCH(QStringList, order);

    OrderDraft draft;
    if (alternate) {
        draft.edit([](OrderSpec& spec) {
            spec.defaultBucket = false;
            spec.autoRenewal = true;
        });
    }
    Harness harness(&draft);
    QWizardPage* wizardPage = nullptr;
    if (page == u"instance")
        wizardPage = harness.add<InstancePage>();
    else if (page == u"storage")
        wizardPage = harness.add<StoragePage>();
    else if (page == u"quota")
        wizardPage = harness.add<QuotaPage>();
    else
        wizardPage = harness.add<BillingPage>();
    QVERIFY(harness.show());

    auto* first = wizardPage->findChild<QWidget*>(order.constFirst());
    QVERIFY(first);
    first->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), first, kTimeout);
    QStringList seen {focusedName()};
    for (int i = 1; i <= order.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (!wizardPage->isAncestorOf(focused()))
            break; // left the page for the wizard's buttons
        seen.append(focusedName());
    }
    QCOMPARE(seen, order);
}

// ---------------------------------------------------------------------------------------------
// Account page

void TestOrderPages::accountPageSandboxBanner()
{
    test::ProfilesContext profilesContext(QUrl(QStringLiteral("http://127.0.0.1:18443")));
    QVERIFY(profilesContext.isValid());
    const AppContext& context = profilesContext.context();

    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.addAccount(context);
    QVERIFY(harness.show());

    auto* banner = find<QLabel>(page, "sandboxBanner");
    auto* profile = find<QComboBox>(page, "profileCombo");
    auto* endpoint = find<QComboBox>(page, "endpointCombo");
    QVERIFY(banner && profile && endpoint);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().startsWith(u"Sandbox: no real purchase."));
    QCOMPARE(profile->count(), 1);
    QCOMPARE(profile->currentData().toString(), u"sandbox"_s);
    QCOMPARE(profile->currentText(), u"sandbox (built-in, demo key)"_s);
    // The demo key exists only in the sandbox: no real endpoint is offered with it.
    QCOMPARE(endpoint->count(), 1);
    QCOMPARE(draft.profileName(), u"sandbox"_s);
    QVERIFY(draft.endpoint().isSandbox());
    QCOMPARE(draft.endpoint().baseUrl(), context.sandboxUrl);
    QCOMPARE(find<QLabel>(page, "endpointInfo")->text(),
             u"Requests go to the sandbox. ProductType: acr_ee_public_cn."_s);
    QVERIFY(find<QLineEdit>(page, "customUrlEdit")->isHidden());
    QVERIFY(page->isComplete());
    QVERIFY(harness.nextEnabled());
}

void TestOrderPages::accountPageRealProfileSiteEndpoint()
{
    test::ProfilesContext profilesContext(QUrl(QStringLiteral("http://127.0.0.1:18443")));
    QVERIFY(profilesContext.isValid());
    const AppContext& context = profilesContext.context();

    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.addAccount(context);
    auto* instance = harness.add<InstancePage>();
    QVERIFY(harness.show());
    auto* banner = find<QLabel>(page, "sandboxBanner");
    auto* profile = find<QComboBox>(page, "profileCombo");
    auto* site = find<QComboBox>(page, "siteCombo");
    auto* endpoint = find<QComboBox>(page, "endpointCombo");

    // A profile added while the page is open (e.g. from the Profiles dialog) appears in the list.
    QVERIFY(profilesContext.add(test::makeProfile(u"prod-intl"_s, Site::International, u"TestOnlyKeyId0001"_s)));
    QCOMPARE(profile->count(), 2);
    QCOMPARE(profile->currentData().toString(), u"sandbox"_s); // the choice is kept

    profile->setFocus();
    QTest::keyClick(profile, Qt::Key_Down);
    QCOMPARE(profile->currentData().toString(), u"prod-intl"_s);
    QCOMPARE(profile->currentText(), u"prod-intl (International site, TestOnlyKeyId0001)"_s);
    QCOMPARE(draft.profileName(), u"prod-intl"_s);
    // The account's site is fixed by the profile.
    QCOMPARE(site->currentData().toString(), u"intl"_s);
    QVERIFY(!site->isEnabled());
    QCOMPARE(draft.order().site, Site::International);
    QCOMPARE(itemData(find<QComboBox>(instance, "editionCombo")), (QStringList {u"Basic"_s, u"Advanced"_s}));
    // Still the sandbox until a real endpoint is chosen.
    QCOMPARE(endpoint->count(), 3);
    QVERIFY(draft.endpoint().isSandbox());
    QVERIFY(banner->isVisible());

    QTest::keyClick(endpoint, Qt::Key_Down);
    QCOMPARE(endpoint->currentText(), u"International site: business.ap-southeast-1.aliyuncs.com"_s);
    QCOMPARE(draft.endpoint().kind(), Endpoint::Kind::International);
    QCOMPARE(draft.endpoint().baseUrl(), QUrl(QStringLiteral("https://business.ap-southeast-1.aliyuncs.com")));
    QVERIFY(!banner->isVisible());
    QCOMPARE(
        find<QLabel>(page, "endpointInfo")->text(),
        u"Requests go to the International site (business.ap-southeast-1.aliyuncs.com). ProductType: acr_ee_public_intl."_s);
    QVERIFY(harness.nextEnabled());

    // Back to the sandbox: the banner returns.
    QTest::keyClick(endpoint, Qt::Key_Up);
    QVERIFY(draft.endpoint().isSandbox());
    QVERIFY(banner->isVisible());
}

void TestOrderPages::accountPageCustomUrl()
{
    test::ProfilesContext profilesContext(QUrl(QStringLiteral("http://127.0.0.1:18443")));
    QVERIFY(profilesContext.isValid());
    QVERIFY(profilesContext.add(test::makeProfile(u"prod"_s, Site::China, u"TestOnlyKeyId0002"_s)));
    const AppContext& context = profilesContext.context();

    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.addAccount(context);
    QVERIFY(harness.show());
    auto* profile = find<QComboBox>(page, "profileCombo");
    auto* endpoint = find<QComboBox>(page, "endpointCombo");
    auto* url = find<QLineEdit>(page, "customUrlEdit");
    auto* message = find<QLabel>(page, "customUrlMessage");
    auto* banner = find<QLabel>(page, "sandboxBanner");
    QVERIFY(profile && endpoint && url && message && banner);

    profile->setCurrentIndex(profile->findData(u"prod"_s));
    endpoint->setFocus();
    QTest::keyClick(endpoint, Qt::Key_End);
    QCOMPARE(endpoint->currentText(), u"Custom URL"_s);
    QVERIFY(url->isVisible());

    const auto parseError = [](const QString& text) {
        QString problem;
        if (Endpoint::parse(text, &problem))
            return QString();
        return problem;
    };
    for (const QString& junk :
         {u"junk"_s, u"ftp://example.com"_s, u"http://example.com"_s, u"https://example.com/path?x=1"_s}) {
        retype(url, junk);
        const QString expected = parseError(junk);
        QVERIFY2(!expected.isEmpty(), qPrintable(junk));
        QCOMPARE(message->text(), expected);
        QVERIFY(message->isVisible());
        QVERIFY(!page->isComplete());
        QVERIFY(!harness.nextEnabled());
    }
    QCOMPARE(
        message->text(),
        u"The endpoint URL \"https://example.com/path?x=1\" must be just scheme, host and port (no path, query or user name)."_s);
    retype(url, QStringLiteral("junk"));
    QCOMPARE(message->text(), u"\"junk\" is not an endpoint: use sandbox, cn, intl or an http(s) URL."_s);

    retype(url, QStringLiteral("https://bss.example.test:8443"));
    QVERIFY(!message->isVisible());
    QVERIFY(page->isComplete());
    QVERIFY(harness.nextEnabled());
    QCOMPARE(draft.endpoint().kind(), Endpoint::Kind::Custom);
    QCOMPARE(draft.endpoint().baseUrl(), QUrl(QStringLiteral("https://bss.example.test:8443")));
    QVERIFY(!banner->isVisible());
    QCOMPARE(find<QLabel>(page, "endpointInfo")->text(),
             u"Requests go to https://bss.example.test:8443. ProductType: acr_ee_public_cn."_s);

    // Leaving the custom choice drops its error with it.
    retype(url, QStringLiteral("junk"));
    QVERIFY(!harness.nextEnabled());
    QTest::keyClick(endpoint, Qt::Key_Home);
    QVERIFY(draft.endpoint().isSandbox());
    QVERIFY(!message->isVisible());
    QVERIFY(url->isHidden());
    QVERIFY(harness.nextEnabled());
}

// Choosing "Custom URL" asks for the address without red text before the person could type it, and
// "sandbox" typed as the address means the embedded sandbox with its real URL.
void TestOrderPages::accountPageEmptyAndSandboxUrls()
{
    test::ProfilesContext profilesContext(QUrl(QStringLiteral("http://127.0.0.1:18443")));
    QVERIFY(profilesContext.isValid());
    QVERIFY(profilesContext.add(test::makeProfile(u"prod"_s, Site::China, u"TestOnlyKeyId0003"_s)));
    const AppContext& context = profilesContext.context();

    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.addAccount(context);
    QVERIFY(harness.show());
    auto* profile = find<QComboBox>(page, "profileCombo");
    auto* endpoint = find<QComboBox>(page, "endpointCombo");
    auto* url = find<QLineEdit>(page, "customUrlEdit");
    auto* message = find<QLabel>(page, "customUrlMessage");
    profile->setCurrentIndex(profile->findData(u"prod"_s));
    endpoint->setCurrentIndex(endpoint->findData(2)); // Custom URL
    QCOMPARE(endpoint->currentText(), u"Custom URL"_s);

    // The field is empty and untouched: no message under it; the line under the page says what is
    // missing. Leaving the field empty (Tab) shows the message there instead.
    auto* line = find<QLabel>(page, "missingLine");
    QVERIFY(line);
    QVERIFY(!harness.nextEnabled());
    QVERIFY(!message->isVisible());
    QVERIFY(line->isVisible());
    QCOMPARE(readText(line), u"Enter the endpoint’s URL."_s);
    url->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY_WITH_TIMEOUT(url->hasFocus(), kTimeout);
    QTest::keyClick(url, Qt::Key_Tab);
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), kTimeout);
    QCOMPARE(message->text(), u"Enter the endpoint’s URL."_s);
    QVERIFY(!line->isVisible());

    // Choosing the sandbox and Custom URL again: a new choice, untouched again.
    endpoint->setCurrentIndex(0);
    endpoint->setCurrentIndex(endpoint->findData(2));
    QVERIFY(!message->isVisible());
    // Next (as QWizard calls it) shows the message and puts the cursor in the field.
    QVERIFY(!page->validatePage());
    QVERIFY(message->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(url->hasFocus(), kTimeout);

    // "sandbox" typed as the custom URL means the embedded sandbox, at its URL.
    retype(url, QStringLiteral("sandbox"));
    QVERIFY(page->isComplete());
    QVERIFY(draft.endpoint().isSandbox());
    QCOMPARE(draft.endpoint().baseUrl(), context.sandboxUrl);
}

void TestOrderPages::languageApplyWithoutTranslationFile()
{
    // Catalog names (regions, editions) come from the catalog, not from .qm files, so switching the
    // language must refresh open pages even when no translation file is loaded. Language::apply sends
    // a LanguageChange all the same. The compiled translations this test links are taken away for it.
    Q_CLEANUP_RESOURCE(acrp_translations_qm);
    const auto restore = qScopeGuard([] { Q_INIT_RESOURCE(acrp_translations_qm); });
    OrderDraft draft;
    Harness harness(&draft);
    auto* page = harness.add<InstancePage>();
    QVERIFY(harness.show());
    auto* list = find<QListWidget>(page, "regionList");
    QCOMPARE(regionItem(list, u"cn-shanghai"_s)->text(), u"China (Shanghai)  (cn-shanghai)"_s);

    Language::apply(QStringLiteral("zh_CN"), false); // no compiled translation now
    QCoreApplication::processEvents();
    QCOMPARE(regionItem(list, u"cn-shanghai"_s)->text(), u"华东2（上海）  (cn-shanghai)"_s);
}

QTEST_MAIN(TestOrderPages)
#include "tst_orderpages.moc"
