// The keyboard and screen-reader walk (issue 15): every page, window and dialog of the GUI, opened
// through the widgets in English and in Chinese, then
// - mnemonics: the Alt+letters a window offers (buttons, labels with a buddy, group boxes, tabs, the
//   menu bar's titles) are unique, the menu bar keeps File F, Settings S, Window W and Help H, and no
//   field takes those; inside every menu the items' letters are unique;
// - accessibility: every visible interactive widget has an accessible name, as Qt reports it to a
//   screen reader;
// - tab order: Tab visits a window's widgets in reading order (top to bottom, left to right within a
//   row, a column to the right after the one on the left).
// Each failure names the language, the window state and the widgets. The checks themselves are
// tested on a small planted dialog first, so a walk that finds nothing means nothing was there.
#include "UiTestSupport.h"
#include "core/api/Endpoint.h"
#include "core/store/CredentialStore.h"
#include "core/store/Journal.h"
#include "core/store/Profiles.h"
#include "core/store/TemplateStore.h"
#include "sandbox/SandboxServer.h"
#include "ui/HistoryWindow.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/OrderDraft.h"
#include "ui/ProfilesDialog.h"
#include "ui/PurchaseWizard.h"
#include "ui/TemplatesDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace acrp;
using namespace acrp::ui;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

// ---- The checks -------------------------------------------------------------------------------

// A Qt name, not one of the program's ("qt_scrollarea_viewport", "__qt__passive_wizardbutton1").
bool isQtName(const QString& name)
{
    return name.isEmpty() || name.startsWith(u"qt_") || name.startsWith(u"__qt__");
}

// How a failure names a widget: its objectName (with its nearest named ancestor when the window
// has more than one of that name), or for Qt's own parts (the wizard's buttons) its class in the
// nearest named ancestor; then the text the user sees.
QString describe(const QWidget* widget, const QString& text = QString())
{
    QString name = widget->objectName();
    const bool qtPart = isQtName(name);
    if (qtPart || widget->window()->findChildren<QWidget*>(name).size() > 1) {
        if (qtPart)
            name = QString::fromLatin1(widget->metaObject()->className());
        for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
            if (!isQtName(parent->objectName())) {
                name += u" in " + parent->objectName();
                break;
            }
        }
    }
    return text.isEmpty() ? name : name + u" “" + text + u"”";
}

// The text a widget shows, for the failure messages.
QString shownText(const QWidget* widget)
{
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        return button->text();
    if (const auto* label = qobject_cast<const QLabel*>(widget))
        return label->text().left(60);
    if (const auto* box = qobject_cast<const QGroupBox*>(widget))
        return box->title();
    return QString();
}

QRect rectIn(const QWidget* window, const QWidget* widget)
{
    return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
}

QString geometry(const QRect& rect)
{
    return u"at %1,%2 %3×%4"_s.arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height());
}

// The visible widgets of `window` itself (not of the windows it owns), the window included.
QList<QWidget*> visibleWidgets(QWidget* window)
{
    QList<QWidget*> widgets;
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (widget->window() == window && widget->isVisible())
            widgets.append(widget);
    }
    return widgets;
}

bool isPlainText(const QLabel* label)
{
    return label->textFormat() == Qt::PlainText
        || (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text()));
}

// One Alt+letter a window offers, and who offers it.
struct Mnemonic
{
    QChar letter;
    QString owner;
    bool menuTitle = false;
};

// The letter Qt makes of `text` ("&File", "文件(&F)"), as QKeySequence::mnemonic() reads it: the
// character after the first single '&'; none for "&&" or no '&'.
QChar mnemonicLetter(const QString& text)
{
    const QKeySequence sequence = QKeySequence::mnemonic(text);
    return sequence.isEmpty() ? QChar() : QChar(char16_t(sequence[0].key()));
}

// Every Alt+letter of `window`'s visible widgets: buttons (check boxes, tool buttons), labels with a
// buddy, group boxes, tabs, and the menu bar's titles. Disabled widgets count (they are enabled in
// the same window sooner or later) and are marked so. A caption (a label that is not selectable)
// without a buddy whose plain text has a mnemonic shows the '&' as it is: `dead` gets one line for each. `examined`
// counts the texts looked at, with a mnemonic or without.
QList<Mnemonic> windowMnemonics(QWidget* window, QStringList* dead = nullptr, int* examined = nullptr)
{
    QList<Mnemonic> found;
    int seen = 0;
    const auto add = [&found, &seen](const QString& text, const QString& owner, bool menuTitle = false) {
        ++seen;
        if (const QChar letter = mnemonicLetter(text); !letter.isNull())
            found.append({letter, owner, menuTitle});
    };
    const auto owner = [](const QWidget* widget, const QString& text) -> QString {
        return describe(widget, text) + (widget->isEnabled() ? QString() : u" (disabled)"_s);
    };
    for (QWidget* widget : visibleWidgets(window)) {
        if (const auto* button = qobject_cast<QAbstractButton*>(widget)) {
            add(button->text(), owner(button, button->text()));
        } else if (const auto* label = qobject_cast<QLabel*>(widget)) {
            if (label->buddy())
                add(label->text(), owner(label, label->text()));
            // A caption, not content: a selectable label shows data (a service's message may hold "&").
            else if (dead && isPlainText(label) && !(label->textInteractionFlags() & Qt::TextSelectableByMouse)
                     && !mnemonicLetter(label->text()).isNull())
                dead->append(describe(label, label->text())
                             + u" has a mnemonic but no buddy: it shows the ‘&’ and Alt reaches nothing"_s);
        } else if (const auto* box = qobject_cast<QGroupBox*>(widget)) {
            add(box->title(), owner(box, box->title()));
        } else if (const auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i), describe(tabs) + u" tab “" + tabs->tabText(i) + u"”");
            }
        } else if (const auto* bar = qobject_cast<QMenuBar*>(widget)) {
            for (const QAction* action : bar->actions()) {
                if (action->isVisible() && !action->isSeparator())
                    add(action->text(), u"menu “" + action->text() + u"”", true);
            }
        }
    }
    if (examined)
        *examined = seen;
    return found;
}

// The letters a main window's menu bar keeps (File F, Settings S, Window W, Help H): no field of the
// window may take them.
const QList<std::pair<QChar, QString>>& reservedLetters()
{
    static const QList<std::pair<QChar, QString>> letters
        = {{u'F', u"File"_s}, {u'S', u"Settings"_s}, {u'W', u"Window"_s}, {u'H', u"Help"_s}};
    return letters;
}

// One line per letter offered more than once; with `menuBar`, also one for each field using a letter
// the menu bar keeps.
QStringList mnemonicClashes(const QList<Mnemonic>& mnemonics, bool menuBar)
{
    QMap<QChar, QList<Mnemonic>> byLetter;
    for (const Mnemonic& mnemonic : mnemonics)
        byLetter[mnemonic.letter].append(mnemonic);
    QStringList problems;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        QStringList owners;
        QStringList fields;
        for (const Mnemonic& mnemonic : *it) {
            owners << mnemonic.owner;
            if (!mnemonic.menuTitle)
                fields << mnemonic.owner;
        }
        const auto reserved = std::find_if(reservedLetters().cbegin(), reservedLetters().cend(),
                                           [&](const auto& letter) { return letter.first == it.key(); });
        if (menuBar && reserved != reservedLetters().cend() && !fields.isEmpty())
            problems << u"Alt+%1 belongs to the %2 menu, but %3 use%4 it"_s.arg(
                it.key(), reserved->second, fields.join(u", "), fields.size() == 1 ? u"s"_s : QString());
        else if (it->size() > 1)
            problems << u"Alt+%1 is shared by %2"_s.arg(it.key(), owners.join(u" and "));
    }
    return problems;
}

// The menus of a main window's menu bar that must keep their letters: found by the objectName the
// menu may get ("fileMenu"), else by an action only it holds; Help is the last menu of the bar.
QMenu* barMenu(QMenuBar* bar, const QString& role)
{
    const QString objectName = role.toLower() + u"Menu";
    const char* holds = role == u"File" ? "newOrderAction"
        : role == u"Settings"           ? "profilesAction"
        : role == u"Window"             ? "historyAction"
                                        : nullptr;
    QMenu* last = nullptr;
    for (QAction* action : bar->actions()) {
        QMenu* menu = action->menu();
        if (!menu || !action->isVisible())
            continue;
        if (menu->objectName() == objectName)
            return menu;
        if (holds && menu->findChild<QAction*>(QLatin1String(holds)))
            return menu;
        last = menu;
    }
    return role == u"Help" ? last : nullptr;
}

// The menu bar's four menus with their letters; a line for each one missing or with another letter.
QStringList menuBarLetters(QMenuBar* bar, int* found)
{
    QStringList problems;
    for (const auto& [letter, role] : reservedLetters()) {
        QMenu* menu = barMenu(bar, role);
        if (!menu) {
            problems << u"no %1 menu in the menu bar"_s.arg(role);
            continue;
        }
        ++*found;
        const QChar actual = mnemonicLetter(menu->title());
        if (actual != letter)
            problems << u"the %1 menu “%2” has %3, not Alt+%4"_s.arg(
                role, menu->title(), actual.isNull() ? u"no mnemonic"_s : u"Alt+"_s + actual, letter);
    }
    return problems;
}

// Inside `menu` and its submenus: one line per letter two visible items share. `items` counts the
// items seen.
QStringList menuItemClashes(QMenu* menu, int* items)
{
    QStringList problems;
    QMap<QChar, QStringList> byLetter;
    for (QAction* action : menu->actions()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        ++*items;
        if (const QChar letter = mnemonicLetter(action->text()); !letter.isNull())
            byLetter[letter] << u"“" + action->text() + u"”";
        if (action->menu())
            problems << menuItemClashes(action->menu(), items);
    }
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it->size() > 1)
            problems << u"menu “%1”: Alt+%2 is shared by %3"_s.arg(menu->title(), it.key(), it->join(u" and "));
    }
    return problems;
}

// A part of a composite widget (a spin box's or combo box's line edit, a view's header or corner
// button, a line edit's clear button, a tab bar's scroll buttons): the composite is checked instead.
bool isPartOfComposite(const QWidget* widget, const QWidget* window)
{
    for (const QWidget* parent = widget->parentWidget(); parent && parent != window; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent)
            || qobject_cast<const QAbstractItemView*>(parent) || qobject_cast<const QLineEdit*>(parent)
            || qobject_cast<const QTabBar*>(parent) || qobject_cast<const QPlainTextEdit*>(parent)
            || qobject_cast<const QTextEdit*>(parent))
            return true;
    }
    return false;
}

// A widget the user operates: a button, field, list or table, or anything Tab stops at.
bool isInteractive(const QWidget* widget)
{
    if (qobject_cast<const QHeaderView*>(widget) || qobject_cast<const QScrollBar*>(widget)
        || qobject_cast<const QMenuBar*>(widget))
        return false;
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget)
        || qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget)
        || qobject_cast<const QAbstractItemView*>(widget) || qobject_cast<const QPlainTextEdit*>(widget)
        || qobject_cast<const QTextEdit*>(widget) || qobject_cast<const QAbstractSlider*>(widget)
        || qobject_cast<const QTabBar*>(widget) || (widget->focusPolicy() & Qt::TabFocus);
}

// The name a screen reader announces for `widget`: what Qt's accessibility interface reports. On
// Unix Qt reports a combo box's current text as its name, which is its value; there the name is
// its accessibleName or the label that names it (the "labelled by" relation, a buddy).
QString accessibleName(QWidget* widget)
{
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(widget);
    if (!face)
        return QString();
    if (qobject_cast<QComboBox*>(widget) && widget->accessibleName().isEmpty()) {
        QString name;
        for (const auto& [label, relation] : face->relations(QAccessible::Label)) {
            if (label && qobject_cast<QLabel*>(label->object()))
                name += label->text(QAccessible::Name);
        }
        return name.trimmed();
    }
    return face->text(QAccessible::Name).trimmed();
}

// One line per visible interactive widget of `window` without an accessible name; `checked` counts
// the widgets looked at.
QStringList unnamedWidgets(QWidget* window, int* checked)
{
    QStringList problems;
    for (QWidget* widget : visibleWidgets(window)) {
        if (widget == window || !isInteractive(widget) || isPartOfComposite(widget, window))
            continue;
        ++*checked;
        if (accessibleName(widget).isEmpty()) {
            QString what = describe(widget, shownText(widget));
            if (const auto* button = qobject_cast<QAbstractButton*>(widget); button && button->text().isEmpty())
                what += button->icon().isNull() ? u" (no text)"_s : u" (icon only)"_s;
            problems << what + u" has no accessible name"_s;
        }
    }
    return problems;
}

// The widgets Tab stops at in `window`, in the order of its focus chain: visible, accepting Tab
// focus (disabled ones included: they take their place in the order once enabled). A widget whose
// focus proxy is its ancestor (a spin box's line edit) is that ancestor's part; one whose proxy is
// elsewhere stands for the proxy, as QWidget::focusNextPrevChild() treats them.
QList<QWidget*> tabStops(QWidget* window)
{
    QList<QWidget*> stops;
    int guard = 0;
    for (QWidget* widget = window->nextInFocusChain(); widget && widget != window && guard < 100000;
         widget = widget->nextInFocusChain(), ++guard) {
        if (widget->window() != window || !widget->isVisible())
            continue;
        QWidget* target = widget;
        while (target->focusProxy())
            target = target->focusProxy();
        if (target != widget && target->isAncestorOf(widget))
            continue;
        if ((target->focusPolicy() & Qt::TabFocus) && target->isVisible() && !stops.contains(target))
            stops.append(target);
    }
    return stops;
}

// Two widgets share a row when their vertical centres are within half a line of each other.
int rowTolerance(const QWidget* a, const QWidget* b)
{
    return std::max(a->fontMetrics().height(), b->fontMetrics().height()) / 2;
}

// One line per Tab that goes against the reading order: to a widget above (unless it starts right
// of where the last one ends: the next column), or to the left within a row. The focus chain is a
// ring, so it is read from the widget that comes first in reading order (the top one, the left one
// of those level with it); the one step from the last widget back to that first one is the wrap, not a fault.
// On a fault the last line gives the whole order.
// What stands for `widget` next to `other`: the outermost scroll area holding `widget` but not
// `other`, else `widget`. Content scrolled out of view is read where its scroll area is, so a step
// out of the area is judged by the area's place, a step inside it by the content's own.
const QWidget* standIn(const QWidget* widget, const QWidget* other)
{
    const QWidget* stand = widget;
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea*>(parent) && parent != other && !parent->isAncestorOf(other))
            stand = parent;
    }
    return stand;
}

QStringList tabOrderProblems(QWidget* window, int* stops)
{
    QList<QWidget*> order = tabStops(window);
    *stops = int(order.size());
    if (order.isEmpty())
        return {};
    // The first in reading order: the highest top edge (a tall list beside a column of buttons
    // starts where they start), the leftmost of those level with it.
    qsizetype first = 0;
    for (qsizetype i = 1; i < order.size(); ++i) {
        const QRect candidate = rectIn(window, order.at(i));
        const QRect best = rectIn(window, order.at(first));
        const int tolerance = rowTolerance(order.at(i), order.at(first));
        const int dy = candidate.top() - best.top();
        if (dy < -tolerance || (std::abs(dy) <= tolerance && candidate.left() < best.left()))
            first = i;
    }
    std::rotate(order.begin(), order.begin() + first, order.end());

    QStringList problems;
    for (qsizetype i = 1; i < order.size(); ++i) {
        const QWidget* from = order.at(i - 1);
        const QWidget* to = order.at(i);
        const QRect a = rectIn(window, standIn(from, to));
        const QRect b = rectIn(window, standIn(to, from));
        const int dy = b.center().y() - a.center().y();
        QString wrong;
        if (std::abs(dy) <= rowTolerance(from, to)) {
            if (b.center().x() < a.center().x())
                wrong = u"left of it in the same row"_s;
        } else if (dy < 0 && b.left() < a.right()) {
            wrong = u"above it"_s;
        }
        if (!wrong.isEmpty())
            problems << u"Tab goes from %1 (%2) to %3 (%4), %5"_s.arg(describe(from, shownText(from)), geometry(a),
                                                                      describe(to, shownText(to)), geometry(b), wrong);
    }
    if (!problems.isEmpty()) {
        QStringList names;
        for (const QWidget* widget : std::as_const(order))
            names << describe(widget);
        problems << u"the whole order: "_s + names.join(u" → ");
    }
    return problems;
}

// Lets posted layout requests and resizes run, so geometries are the ones on screen.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

// ---- The orders and states the walk opens -----------------------------------------------------

OrderSpec validOrder(const QString& name)
{
    OrderSpec order;
    order.instanceName = name;
    order.region = u"cn-shanghai"_s;
    return order;
}

// Every window state the walk visits. Main* states are the main window with its menu bar.
enum class Scene {
    MainAccount,
    MainAccountCustomEndpoint,
    MainAccountResumeOffer,
    MainInstance,
    MainInstanceAskingToDiscard,
    MainStorage,
    MainQuotas,
    MainBilling,
    MainReview,
    MainReviewSaveBar,
    MainReviewOrderAgain,
    MainResultPaid,
    MainResultSending,
    MainResultSendingAskingToLeave,
    MainResultRefusedOrder,
    MainResultPaymentFailed,
    MainResultOutcomeUnknown,
    MainResultCredentialsRefused,
    MainImportResults,
    History,
    Templates,
    TemplatesConfirmDelete,
    ProfilesBuiltIn,
    ProfilesSaved,
    ProfilesNewSts,
    ProfilesConfirmRemove,
    ProfilesImport,
    ProfilesNoKeychain,
    ProfilesCheckOtherSite,
    SandboxAddBalanceRefused,
    SandboxOrders,
    SandboxResetQuestion,
};

struct SceneInfo
{
    Scene scene;
    const char* name;
    bool mainWindow;
};

const QList<SceneInfo>& scenes()
{
    static const QList<SceneInfo> list = {
        {Scene::MainAccount, "main window: account page", true},
        {Scene::MainAccountCustomEndpoint, "main window: account page, custom endpoint", true},
        {Scene::MainAccountResumeOffer, "main window: account page, resume offer", true},
        {Scene::MainInstance, "main window: instance page", true},
        {Scene::MainInstanceAskingToDiscard, "main window: instance page, asking to discard", true},
        {Scene::MainStorage, "main window: storage page", true},
        {Scene::MainQuotas, "main window: quotas page", true},
        {Scene::MainBilling, "main window: billing page, auto-renewal", true},
        {Scene::MainReview, "main window: review page", true},
        {Scene::MainReviewSaveBar, "main window: billing page, save bar", true},
        {Scene::MainReviewOrderAgain, "main window: review page, order again", true},
        {Scene::MainResultPaid, "main window: result page, paid", true},
        {Scene::MainResultSending, "main window: result page, sending", true},
        {Scene::MainResultSendingAskingToLeave, "main window: result page, sending, asking to leave", true},
        {Scene::MainResultRefusedOrder, "main window: result page, order refused", true},
        {Scene::MainResultPaymentFailed, "main window: result page, payment failed", true},
        {Scene::MainResultOutcomeUnknown, "main window: result page, outcome unknown", true},
        {Scene::MainResultCredentialsRefused, "main window: result page, credentials refused", true},
        {Scene::MainImportResults, "main window: import results", true},
        {Scene::History, "history window, an order selected", false},
        {Scene::Templates, "templates dialog, a template selected", false},
        {Scene::TemplatesConfirmDelete, "templates dialog, confirming a delete", false},
        {Scene::ProfilesBuiltIn, "profiles dialog: built-in profile", false},
        {Scene::ProfilesSaved, "profiles dialog: a saved profile", false},
        {Scene::ProfilesNewSts, "profiles dialog: new STS profile", false},
        {Scene::ProfilesConfirmRemove, "profiles dialog: confirming a removal", false},
        {Scene::ProfilesImport, "profiles dialog: import from the environment", false},
        {Scene::ProfilesNoKeychain, "profiles dialog: no keychain", false},
        {Scene::ProfilesCheckOtherSite, "profiles dialog: check offers the other site", false},
        {Scene::SandboxAddBalanceRefused, "sandbox: add balance, amount refused", false},
        {Scene::SandboxOrders, "sandbox: the sandbox's orders", false},
        {Scene::SandboxResetQuestion, "sandbox: reset question", false},
    };
    return list;
}

const QStringList& languages()
{
    static const QStringList list = {u"en"_s, u"zh_CN"_s};
    return list;
}

} // namespace

class TestNativeWalk : public QObject
{
    Q_OBJECT

private:
    // The data row's language and scene, opened; nullptr when that failed (the failure is recorded).
    QWidget* openRow()
    {
        QFETCH(QString, language);
        QFETCH(int, scene);
        Language::apply(language, false);
        QWidget* window = nullptr;
        open(Scene(scene), &window);
        return QTest::currentTestFailed() ? nullptr : window;
    }

    test::AppFixture m_app;

    template<typename T> T* find(const char* name) const { return m_app.find<T>(name); }
    PurchaseWizard* wizard() const { return m_app.wizard(); }

    // The options of every run: the fixture's, with an unanswered order given up on sooner.
    ui::AppServices::Options options(const sandbox::SandboxConfig& sandbox = test::AppFixture::richSandbox())
    {
        ui::AppServices::Options options = m_app.options(sandbox);
        options.retryPolicy.transferTimeout = 500ms;
        return options;
    }

    // Loads `order` and goes to `page` with Next, as a user would after choosing a template.
    void toPage(const OrderSpec& order, PurchaseWizard::PageId page)
    {
        wizard()->startWith(order);
        m_app.nextUntil(page);
    }
    // On the Review page: waits until the price and the balance were asked.
    void waitForQuote()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!find<QLabel>("priceLabel")->text().endsWith(u'…')
                                     && !find<QLabel>("balanceLabel")->text().endsWith(u'…'),
                                 test::kWaitMs);
    }
    // Review page, then Buy; returns on the result page once `shown` (a button of the outcome) shows.
    void buy(const OrderSpec& order, const char* shown)
    {
        toPage(order, PurchaseWizard::ReviewPageId);
        if (QTest::currentTestFailed())
            return;
        if (auto* confirm = find<QCheckBox>("confirmCheck"); confirm->isVisible())
            confirm->setChecked(true);
        m_app.next(PurchaseWizard::ResultPageId);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>(shown)->isVisible(), test::kWaitMs);
    }
    // A profile of the user's own with `secret` kept in memory (no keychain in this test).
    void addProfile(const Profile& profile, const QString& secret)
    {
        CredentialStore* store = m_app.context().credentials;
        store->setSessionOnly(true);
        CredentialReply* reply = store->store(profile.name, StoredSecret {secret, QString()});
        QVERIFY(test::waitForSignal(reply, &CredentialReply::finished));
        QCOMPARE(reply->status(), CredentialStatus::Ok);
        reply->deleteLater();
        QString error;
        QVERIFY2(m_app.context().profiles->save(profile, QString(), &error), qPrintable(error));
    }
    // Account page: `profile`, with the custom endpoint pointing at the built-in sandbox.
    void chooseCustomEndpoint(const QString& profile)
    {
        auto* profiles = find<QComboBox>("profileCombo");
        profiles->setCurrentIndex(profiles->findData(profile));
        QCOMPARE(wizard()->draft()->profileName(), profile);
        auto* endpoint = find<QComboBox>("endpointCombo");
        endpoint->setCurrentIndex(endpoint->count() - 1);
        auto* url = find<QLineEdit>("customUrlEdit");
        QTest::keyClicks(url, m_app.context().sandboxUrl.toString());
        QVERIFY(wizard()->draft()->endpoint().isReal());
    }

    // Settings → Profiles…: the dialog, shown, checking against the built-in sandbox only.
    ProfilesDialog* openProfiles()
    {
        m_app.window()->findChild<QAction*>(u"profilesAction"_s)->trigger();
        auto* dialog = m_app.window()->findChild<ProfilesDialog*>(u"profilesDialog"_s);
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        const QUrl sandbox = m_app.context().sandboxUrl;
        dialog->setCheckEndpoint([sandbox](const Profile&) { return Endpoint::sandbox(sandbox); });
        dialog->setImportEnvironment(QProcessEnvironment());
        return test::waitFor([dialog] { return !dialog->isBusy(); }, test::kWaitMs) ? dialog : nullptr;
    }
    static bool whenIdle(ProfilesDialog* dialog, const std::function<void()>& action)
    {
        return test::emitsAfter(dialog, &ProfilesDialog::idle, action);
    }
    // Selects `name` in the Profiles dialog's list and waits for its secret status.
    static bool selectProfile(ProfilesDialog* dialog, const QString& name)
    {
        auto* list = test::need<QListWidget>(dialog, "profileList");
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == name)
                return list->currentRow() == row || whenIdle(dialog, [list, row] { list->setCurrentRow(row); });
        }
        return false;
    }

    // Opens `scene`: the window it happens in, shown with its layout done, in *window.
    void open(Scene scene, QWidget** window)
    {
        *window = nullptr;
        sandbox::SandboxConfig config = test::AppFixture::richSandbox();
        if (scene == Scene::MainResultPaymentFailed)
            config.balance = u"1.00"_s;
        QVERIFY(m_app.startServices(options(config)));
        if (scene == Scene::MainAccountResumeOffer)
            QVERIFY(
                m_app.insert(test::sendingRow(u"sandbox"_s, Endpoint::sandbox().id(), validOrder(u"left-behind"_s))));
        QVERIFY(m_app.startWindow());
        MainWindow* main = m_app.window();
        *window = main;

        switch (scene) {
        case Scene::MainAccount:
            break;
        case Scene::MainAccountCustomEndpoint:
            addProfile(test::makeProfile(u"work"_s, Site::China, u"SandboxDemoKeyCN"_s), u"sandbox-demo-secret-cn"_s);
            chooseCustomEndpoint(u"work"_s);
            QVERIFY(find<QLineEdit>("customUrlEdit")->isVisible());
            break;
        case Scene::MainAccountResumeOffer:
            QVERIFY(find<QWidget>("resumeBar")->isVisible());
            break;
        case Scene::MainInstance:
            m_app.next(PurchaseWizard::InstancePageId);
            break;
        case Scene::MainInstanceAskingToDiscard:
            m_app.next(PurchaseWizard::InstancePageId);
            QTest::keyClicks(find<QLineEdit>("instanceNameEdit"), u"typed-by-hand"_s);
            QTest::keyClick(find<QLineEdit>("instanceNameEdit"), Qt::Key_Escape);
            QVERIFY(find<QWidget>("leaveBar")->isVisible());
            break;
        case Scene::MainStorage: {
            OrderSpec order = validOrder(u"storage"_s);
            order.defaultBucket = false;
            toPage(order, PurchaseWizard::StoragePageId);
            break;
        }
        case Scene::MainQuotas:
            toPage(validOrder(u"quotas"_s), PurchaseWizard::QuotaPageId);
            break;
        case Scene::MainBilling: {
            OrderSpec order = validOrder(u"billing"_s);
            order.autoRenewal = true;
            order.renewPeriodMonths = 12;
            toPage(order, PurchaseWizard::BillingPageId);
            QVERIFY(find<QWidget>("renewPeriodCombo")->isVisible());
            break;
        }
        case Scene::MainReview:
            toPage(validOrder(u"review"_s), PurchaseWizard::ReviewPageId);
            waitForQuote();
            break;
        case Scene::MainReviewSaveBar:
            toPage(validOrder(u"review"_s), PurchaseWizard::ReviewPageId);
            waitForQuote();
            // On the Review page, File → Save order as template goes to the page's own row (a bar
            // would repeat its Alt+letters); on the page before, the bar opens.
            main->findChild<QAction*>(u"saveAsTemplateAction"_s)->trigger();
            QVERIFY(!find<QWidget>("saveTemplateBar")->isVisible());
            QTRY_VERIFY(find<QWidget>("reviewSaveTemplateRow")->isAncestorOf(main->focusWidget()));
            wizard()->back();
            QCOMPARE(wizard()->currentId(), int(PurchaseWizard::BillingPageId));
            main->findChild<QAction*>(u"saveAsTemplateAction"_s)->trigger();
            QVERIFY(find<QWidget>("saveTemplateBar")->isVisible());
            break;
        case Scene::MainReviewOrderAgain:
            wizard()->startAnotherInstance(validOrder(u"again"_s));
            m_app.nextUntil(PurchaseWizard::ReviewPageId);
            waitForQuote();
            QVERIFY(find<QWidget>("confirmCheck")->isVisible());
            break;
        case Scene::MainResultPaid:
            buy(validOrder(u"paid"_s), "orderAgainButton");
            break;
        case Scene::MainResultSending:
        case Scene::MainResultSendingAskingToLeave: {
            sandbox::SandboxFaults slow;
            slow.latencyMs = 30000; // answered long after the walk
            m_app.sandbox().setFaults(slow);
            buy(validOrder(u"sending"_s), "stopWaitingButton");
            if (scene == Scene::MainResultSendingAskingToLeave) {
                QTest::keyClick(find<QWidget>("stopWaitingButton"), Qt::Key_Escape);
                QVERIFY(find<QWidget>("leaveBar")->isVisible());
            }
            break;
        }
        case Scene::MainResultRefusedOrder:
            // The same name twice in one region: the sandbox refuses the second.
            buy(validOrder(u"taken-name"_s), "orderAgainButton");
            wizard()->startFresh();
            buy(validOrder(u"taken-name"_s), "fixOrderButton");
            break;
        case Scene::MainResultPaymentFailed:
            buy(validOrder(u"too-expensive"_s), "retryButton");
            break;
        case Scene::MainResultOutcomeUnknown: {
            sandbox::SandboxFaults stall;
            stall.commitThenStallMs = 3000; // longer than the transfer timeout
            m_app.sandbox().setFaults(stall);
            buy(validOrder(u"stalled"_s), "resumeButton");
            break;
        }
        case Scene::MainResultCredentialsRefused:
            addProfile(test::makeProfile(u"typo"_s, Site::China, u"SandboxDemoKeyCN"_s), u"not-the-secret"_s);
            chooseCustomEndpoint(u"typo"_s);
            if (QTest::currentTestFailed())
                return;
            m_app.next(PurchaseWizard::InstancePageId);
            QTest::keyClicks(find<QLineEdit>("instanceNameEdit"), u"wrong-secret"_s);
            QTest::keyClicks(find<QLineEdit>("regionFilterEdit"), u"shanghai"_s);
            QTest::keyClick(find<QLineEdit>("regionFilterEdit"), Qt::Key_Return); // the one match left
            m_app.nextUntil(PurchaseWizard::ReviewPageId);
            find<QCheckBox>("confirmCheck")->setChecked(true);
            m_app.next(PurchaseWizard::ResultPageId);
            QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>("switchSiteButton")->isVisible(), test::kWaitMs);
            break;
        case Scene::MainImportResults:
            main->importTemplates({m_app.filePath(u"missing-order.json"_s)});
            QVERIFY(find<QWidget>("importBar")->isVisible());
            break;

        case Scene::History: {
            QVERIFY(m_app.insert(test::sendingRow(u"sandbox"_s, Endpoint::sandbox().id(), validOrder(u"history"_s))));
            HistoryWindow* history = main->openHistory();
            *window = history;
            auto* table = test::need<QTableView>(history, "historyTable");
            QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, test::kWaitMs);
            table->selectRow(0);
            break;
        }
        case Scene::Templates:
        case Scene::TemplatesConfirmDelete: {
            QString error;
            QVERIFY2(m_app.context().templates->add(u"weekly"_s, validOrder(u"weekly"_s), &error), qPrintable(error));
            TemplatesDialog* dialog = main->openTemplates();
            *window = dialog;
            auto* table = test::need<QTableWidget>(dialog, "templatesTable");
            QCOMPARE(table->rowCount(), 1);
            table->selectRow(0);
            if (scene == Scene::TemplatesConfirmDelete) {
                QTest::mouseClick(test::need<QPushButton>(dialog, "deleteTemplateButton"), Qt::LeftButton);
                QVERIFY(test::need<QWidget>(dialog, "deleteConfirmBar")->isVisible());
            }
            break;
        }

        case Scene::ProfilesBuiltIn:
        case Scene::ProfilesSaved:
        case Scene::ProfilesNewSts:
        case Scene::ProfilesConfirmRemove:
        case Scene::ProfilesImport:
        case Scene::ProfilesNoKeychain:
        case Scene::ProfilesCheckOtherSite: {
            if (scene == Scene::ProfilesSaved || scene == Scene::ProfilesConfirmRemove)
                addProfile(test::makeProfile(u"work"_s, Site::China, u"LTAIwalkTest"_s), u"walk-secret"_s);
            if (scene == Scene::ProfilesCheckOtherSite)
                // A China-site key in a profile that says International: the check offers the switch.
                addProfile(test::makeProfile(u"abroad"_s, Site::International, u"SandboxDemoKeyCN"_s),
                           u"sandbox-demo-secret-cn"_s);
            if (QTest::currentTestFailed())
                return;
            ProfilesDialog* dialog = openProfiles();
            QVERIFY(dialog);
            *window = dialog;
            const auto button = [dialog](const char* name) { return test::need<QPushButton>(dialog, name); };
            switch (scene) {
            case Scene::ProfilesBuiltIn:
                QVERIFY(selectProfile(dialog, u"sandbox"_s));
                break;
            case Scene::ProfilesSaved:
                QVERIFY(selectProfile(dialog, u"work"_s));
                break;
            case Scene::ProfilesConfirmRemove:
                QVERIFY(selectProfile(dialog, u"work"_s));
                QTest::mouseClick(button("removeButton"), Qt::LeftButton);
                QVERIFY(button("confirmRemoveButton")->isVisible());
                break;
            case Scene::ProfilesNewSts: {
                QTest::mouseClick(button("addButton"), Qt::LeftButton);
                auto* mode = test::need<QComboBox>(dialog, "modeCombo");
                mode->setCurrentIndex(mode->findData(u"StsToken"_s));
                QVERIFY(test::need<QWidget>(dialog, "tokenEdit")->isVisible());
                break;
            }
            case Scene::ProfilesImport: {
                QProcessEnvironment environment;
                environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"EnvKeyId1"_s);
                environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"env-secret-1"_s);
                dialog->setImportEnvironment(environment);
                QVERIFY(whenIdle(dialog, [&] { QTest::mouseClick(button("importEnvButton"), Qt::LeftButton); }));
                QVERIFY(test::need<QWidget>(dialog, "importPanel")->isVisible());
                break;
            }
            case Scene::ProfilesNoKeychain: {
                // This test runs without a session bus: saving a secret finds no keychain.
                QVERIFY(!m_app.context().credentials->isSessionOnly());
                QTest::mouseClick(button("addButton"), Qt::LeftButton);
                QTest::keyClicks(test::need<QLineEdit>(dialog, "nameEdit"), u"memory"_s);
                QTest::keyClicks(test::need<QLineEdit>(dialog, "accessKeyIdEdit"), u"LTAIwalkTest"_s);
                QTest::keyClicks(test::need<QLineEdit>(dialog, "secretEdit"), u"walk-secret"_s);
                QVERIFY(whenIdle(dialog, [&] { QTest::mouseClick(button("saveButton"), Qt::LeftButton); }));
                QVERIFY(button("sessionOnlyButton")->isVisible());
                break;
            }
            case Scene::ProfilesCheckOtherSite:
                QVERIFY(selectProfile(dialog, u"abroad"_s));
                QVERIFY(whenIdle(dialog, [&] { QTest::mouseClick(button("checkButton"), Qt::LeftButton); }));
                QVERIFY(button("switchSiteButton")->isVisible());
                break;
            default:
                break;
            }
            break;
        }

        case Scene::SandboxAddBalanceRefused: {
            main->findChild<QAction*>(u"sandboxAddBalanceAction"_s)->trigger();
            auto* dialog = find<QDialog>("sandboxAddBalanceDialog");
            QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
            *window = dialog;
            QTest::keyClicks(test::need<QLineEdit>(dialog, "sandboxAmountEdit"), u"lots"_s);
            QTest::mouseClick(test::need<QPushButton>(dialog, "sandboxAddButton"), Qt::LeftButton);
            QVERIFY(test::need<QWidget>(dialog, "sandboxAmountMessage")->isVisible());
            break;
        }
        case Scene::SandboxOrders: {
            RetryPolicy policy;
            QVERIFY(!m_app.submit(validOrder(u"sold"_s), u"sandbox"_s, policy).instanceId.isEmpty());
            main->findChild<QAction*>(u"sandboxOrdersAction"_s)->trigger();
            auto* dialog = find<QDialog>("sandboxOrdersDialog");
            QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
            *window = dialog;
            QCOMPARE(test::need<QTableWidget>(dialog, "sandboxOrdersTable")->rowCount(), 1);
            break;
        }
        case Scene::SandboxResetQuestion: {
            main->findChild<QAction*>(u"sandboxResetAction"_s)->trigger();
            auto* box = main->findChild<QMessageBox*>(u"sandboxResetBox"_s);
            QVERIFY(box && QTest::qWaitForWindowExposed(box));
            *window = box;
            break;
        }
        }
        if (QTest::currentTestFailed())
            return;
        QVERIFY(*window && (*window)->isWindow() && (*window)->isVisible());
        settle();
    }

    static void sceneData()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("scene");
        for (const QString& language : languages()) {
            for (const SceneInfo& info : scenes())
                QTest::newRow(qPrintable(language + u": " + QLatin1String(info.name))) << language << int(info.scene);
        }
    }
    static const SceneInfo& info(int scene)
    {
        return *std::find_if(scenes().cbegin(), scenes().cend(),
                             [scene](const SceneInfo& info) { return int(info.scene) == scene; });
    }
    static QByteArray report(const QString& what, const QStringList& problems)
    {
        return (u"%1 in %2 (%3):\n    "_s.arg(what, QString::fromLatin1(QTest::currentDataTag())).arg(problems.size())
                + problems.join(u"\n    "))
            .toUtf8();
    }

private slots:
    void initTestCase()
    {
        test::initGuiTestCase();
        QVERIFY(QFile::exists(u":/i18n/acr-purchase_zh_CN.qm"_s));
    }
    void cleanup()
    {
        m_app.clear();
        Language::apply(u"en"_s, false);
    }

    // The checks find what they are for, on a dialog where it was planted, and nothing where there
    // is nothing: a walk without failures is not a walk that could not see.
    void checksFindPlantedProblems()
    {
        QDialog dialog;
        dialog.setObjectName(u"planted"_s);
        auto* layout = new QVBoxLayout(&dialog);
        auto* form = new QFormLayout;
        auto* name = new QLineEdit(&dialog);
        name->setObjectName(u"nameEdit"_s);
        form->addRow(u"&Name:"_s, name); // labelled through its buddy
        auto* bare = new QLineEdit(&dialog);
        bare->setObjectName(u"bareEdit"_s);
        form->addRow(bare); // no label, no name
        auto* combo = new QComboBox(&dialog);
        combo->setObjectName(u"bareCombo"_s);
        combo->addItem(u"a value, not a name"_s);
        form->addRow(combo);
        layout->addLayout(form);
        auto* note = new QLabel(u"Plain &text"_s, &dialog);
        note->setObjectName(u"noteLabel"_s);
        layout->addWidget(note);
        auto* columns = new QHBoxLayout;
        auto* list = new QListWidget(&dialog);
        list->setObjectName(u"plantedList"_s);
        list->setAccessibleName(u"Things"_s);
        list->setMinimumHeight(120);
        columns->addWidget(list);
        auto* side = new QVBoxLayout;
        auto* save = new QPushButton(u"&Save"_s, &dialog);
        save->setObjectName(u"saveButton"_s);
        auto* send = new QPushButton(u"&Send"_s, &dialog);
        send->setObjectName(u"sendButton"_s);
        auto* icon = new QToolButton(&dialog);
        icon->setObjectName(u"iconButton"_s);
        icon->setIcon(QIcon(u":/acrp/icons/edit-copy.svg"_s));
        auto* namedIcon = new QToolButton(&dialog);
        namedIcon->setObjectName(u"namedIconButton"_s);
        namedIcon->setIcon(QIcon(u":/acrp/icons/edit-copy.svg"_s));
        namedIcon->setAccessibleName(u"Copy"_s);
        side->addWidget(save);
        side->addWidget(send);
        side->addWidget(icon);
        side->addWidget(namedIcon);
        columns->addLayout(side);
        layout->addLayout(columns);
        auto* top = new QPushButton(u"&Top"_s, &dialog);
        top->setObjectName(u"topButton"_s);
        auto* bottom = new QPushButton(u"&Bottom"_s, &dialog);
        bottom->setObjectName(u"bottomButton"_s);
        layout->addWidget(top);
        layout->addWidget(bottom);
        // Reading order, except Bottom before Top; the list's column, then the buttons' column.
        const QList<QWidget*> chain = {name, bare, combo, list, save, send, icon, namedIcon, bottom, top};
        for (qsizetype i = 1; i < chain.size(); ++i)
            QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        settle();

        QStringList dead;
        const QList<Mnemonic> mnemonics = windowMnemonics(&dialog, &dead);
        QCOMPARE(mnemonics.size(), 5); // Name, Save, Send, Top, Bottom
        QCOMPARE(mnemonicClashes(mnemonics, false),
                 QStringList {u"Alt+S is shared by saveButton “&Save” and sendButton “&Send”"_s});
        QCOMPARE(dead,
                 QStringList {u"noteLabel “Plain &text” has a mnemonic but no buddy: it shows the ‘&’ and "
                              u"Alt reaches nothing"_s});
        // With a menu bar, its letters are the menus': the field using Alt+S is named.
        QCOMPARE(mnemonicClashes({{u'S', u"menu “&Settings”"_s, true}, {u'S', u"siteLabel “&Site:”"_s, false}}, true),
                 QStringList {u"Alt+S belongs to the Settings menu, but siteLabel “&Site:” uses it"_s});
        QCOMPARE(mnemonicLetter(u"下一步(&N) >"_s), QChar(u'N'));
        QCOMPARE(mnemonicLetter(u"Fish && chips"_s), QChar());

        int checked = 0;
        QCOMPARE(unnamedWidgets(&dialog, &checked),
                 (QStringList {u"bareEdit has no accessible name"_s, u"bareCombo has no accessible name"_s,
                               u"iconButton (icon only) has no accessible name"_s}));
        QCOMPARE(checked, 10);

        int stops = 0;
        const QStringList order = tabOrderProblems(&dialog, &stops);
        QCOMPARE(stops, 10);
        QCOMPARE(order.size(), 2);
        QVERIFY2(order.first().startsWith(u"Tab goes from bottomButton “&Bottom” ("_s)
                     && order.first().contains(u") to topButton “&Top” ("_s) && order.first().endsWith(u"above it"_s),
                 qPrintable(order.first()));
        QCOMPARE(order.last(),
                 u"the whole order: nameEdit → bareEdit → bareCombo → plantedList → saveButton → "
                 u"sendButton → iconButton → namedIconButton → bottomButton → topButton"_s);

        // Fixed, nothing is left to find.
        send->setText(u"S&end"_s);
        note->setText(u"Plain text"_s);
        bare->setAccessibleName(u"Bare"_s);
        combo->setAccessibleName(u"Choice"_s);
        icon->setAccessibleName(u"Copy"_s);
        QWidget::setTabOrder(namedIcon, top);
        QWidget::setTabOrder(top, bottom);
        dead.clear();
        QCOMPARE(mnemonicClashes(windowMnemonics(&dialog, &dead), false), QStringList());
        QCOMPARE(dead, QStringList());
        QCOMPARE(unnamedWidgets(&dialog, &checked), QStringList());
        QCOMPARE(tabOrderProblems(&dialog, &stops), QStringList());

        // The focus chain is a ring: buttons made before the fields above them (as QWizard does) are
        // reached after the last field, which is reading order; the wrap back to the top is no fault.
        QDialog ring;
        auto* ringLayout = new QVBoxLayout(&ring);
        auto* ok = new QPushButton(u"OK"_s, &ring);
        auto* field = new QLineEdit(&ring);
        ringLayout->addWidget(field);
        ringLayout->addWidget(ok);
        ring.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ring));
        settle();
        QCOMPARE(tabStops(&ring), (QList<QWidget*> {ok, field}));
        QCOMPARE(tabOrderProblems(&ring, &stops), QStringList());
        // Made the other way round it is the same ring.
        QWidget::setTabOrder(field, ok);
        QCOMPARE(tabOrderProblems(&ring, &stops), QStringList());
        QCOMPARE(stops, 2);
    }

    void mnemonics_data() { sceneData(); }
    void mnemonics()
    {
        QWidget* window = openRow();
        if (!window)
            return;
        QFETCH(int, scene);
        QStringList problems;
        int examined = 0;
        const QList<Mnemonic> found = windowMnemonics(window, &problems, &examined);
        problems << mnemonicClashes(found, info(scene).mainWindow);
        if (info(scene).mainWindow) {
            int menus = 0;
            QMenuBar* bar = m_app.window()->menuBar();
            QVERIFY(bar->isVisible());
            problems << menuBarLetters(bar, &menus);
            QCOMPARE(menus, 4);
            // The menu bar's titles (four or five) and at least a field or button of the page.
            QVERIFY2(found.size() >= 6, qPrintable(u"only %1 mnemonics found"_s.arg(found.size())));
        } else {
            // A dialog may offer a single Close button; that one is still looked at.
            QVERIFY2(examined >= 1, qPrintable(u"only %1 buttons and labels found"_s.arg(examined)));
        }
        QVERIFY2(problems.isEmpty(), report(u"Mnemonic problems"_s, problems).constData());
    }

    // Inside each menu of the menu bar (and each submenu) the items' letters are unique, and the bar
    // keeps File F, Settings S, Window W and Help H.
    void menus_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : languages())
            QTest::newRow(qPrintable(language)) << language;
    }
    void menus()
    {
        QFETCH(QString, language);
        Language::apply(language, false);
        QVERIFY(m_app.start(options()));
        QMenuBar* bar = m_app.window()->menuBar();
        int found = 0;
        QStringList problems = menuBarLetters(bar, &found);
        QCOMPARE(found, 4);
        int items = 0;
        int menus = 0;
        for (QAction* action : bar->actions()) {
            if (action->menu() && action->isVisible()) {
                ++menus;
                problems << menuItemClashes(action->menu(), &items);
            }
        }
        QCOMPARE(menus, 5); // File, Settings, Window, Sandbox, Help
        QVERIFY2(items >= 15, qPrintable(u"only %1 menu items found"_s.arg(items)));
        QVERIFY2(problems.isEmpty(), report(u"Menu problems"_s, problems).constData());
    }

    void accessibility_data() { sceneData(); }
    void accessibility()
    {
        QWidget* window = openRow();
        if (!window)
            return;
        int checked = 0;
        const QStringList problems = unnamedWidgets(window, &checked);
        QVERIFY2(checked >= 2, qPrintable(u"only %1 interactive widgets found"_s.arg(checked)));
        QVERIFY2(problems.isEmpty(), report(u"Widgets without an accessible name"_s, problems).constData());
    }

    void tabOrder_data() { sceneData(); }
    void tabOrder()
    {
        QWidget* window = openRow();
        if (!window)
            return;
        int stops = 0;
        const QStringList problems = tabOrderProblems(window, &stops);
        QVERIFY2(stops >= 2, qPrintable(u"only %1 tab stops found"_s.arg(stops)));
        QVERIFY2(problems.isEmpty(), report(u"Tab order problems"_s, problems).constData());
    }
};

QTEST_MAIN(TestNativeWalk)
#include "tst_nativewalk.moc"
