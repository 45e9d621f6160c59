#include "ui/PurchaseWizard.h"

#include "core/store/Journal.h"
#include "ui/Icons.h"
#include "ui/OrderDraft.h"
#include "ui/pages/AccountPage.h"
#include "ui/pages/BillingPage.h"
#include "ui/pages/InstancePage.h"
#include "ui/pages/QuotaPage.h"
#include "ui/pages/ResultPage.h"
#include "ui/pages/ReviewPage.h"
#include "ui/pages/StoragePage.h"

#include <QAbstractButton>
#include <QEvent>
#include <QFontMetrics>
#include <QMetaEnum>

namespace acrp::ui {

namespace {
// The buttons the wizard shows (no Help, no custom ones).
constexpr QWizard::WizardButton kNavigationButtons[] {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                                      QWizard::FinishButton, QWizard::CancelButton};
} // namespace

PurchaseWizard::PurchaseWizard(const AppContext& context, QWidget* parent, Build build)
    : QWizard(parent)
    , m_context(context)
    , m_draft(new OrderDraft(Catalog::builtIn(), this))
{
    setObjectName(QStringLiteral("purchaseWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setPixmap(QWizard::LogoPixmap, Icons::logo(devicePixelRatioF()));

    auto* account = new AccountPage(m_draft, context, this);
    connect(account, &AccountPage::profilesRequested, this, &PurchaseWizard::profilesRequested);
    setPage(AccountPageId, account);
    setStartId(AccountPageId);
    m_startOrder = m_draft->order();
    if (build == Build::AllPages)
        addRemainingPages(context); // names and fits them
    else
        nameAndFitPages();
}

QList<QAbstractButton*> PurchaseWizard::navigationButtons() const
{
    QList<QAbstractButton*> buttons;
    for (const WizardButton which : kNavigationButtons)
        buttons << button(which);
    return buttons;
}

void PurchaseWizard::addRemainingPages(const AppContext& context)
{
    if (m_result)
        return;
    m_context = context;
    m_result = new ResultPage(m_draft, context, this);
    setPage(InstancePageId, new InstancePage(m_draft, this));
    setPage(StoragePageId, new StoragePage(m_draft, this));
    setPage(QuotaPageId, new QuotaPage(m_draft, this));
    setPage(BillingPageId, new BillingPage(m_draft, this));
    setPage(ReviewPageId, new ReviewPage(m_draft, context, this));
    setPage(ResultPageId, m_result);
    m_result->setFinalPage(true);
    connect(m_result, &ResultPage::fixRequested, this, &PurchaseWizard::showField);
    connect(m_result, &ResultPage::accountRequested, this, [this] { goBackTo(AccountPageId); });
    connect(m_result, &ResultPage::orderAgainRequested, this, &PurchaseWizard::startAnotherInstance);
    nameAndFitPages();
}

void PurchaseWizard::nameAndFitPages()
{
    for (int id : pageIds())
        page(id)->setObjectName(QString::fromLatin1(QMetaEnum::fromType<PageId>().valueToKey(id)));
    // The buttons' texts change with the page (Buy on the Review page) and the language; each change
    // asks the buttons' parent for a new layout, and the widths are fitted to the new texts then.
    wordFinishButton();
    if (!m_buttonRow) {
        m_buttonRow = button(NextButton)->parentWidget();
        if (m_buttonRow)
            m_buttonRow->installEventFilter(this);
    }
    fitButtons();
}

bool PurchaseWizard::ensurePages()
{
    if (!m_result)
        emit pagesNeeded();
    return m_result != nullptr;
}

bool PurchaseWizard::validateCurrentPage()
{
    return ensurePages() && QWizard::validateCurrentPage();
}

PurchaseWizard::PageId PurchaseWizard::pageFor(OrderField field)
{
    switch (field) {
    case OrderField::Site:
        return AccountPageId;
    case OrderField::Edition:
    case OrderField::InstanceName:
    case OrderField::Region:
        return InstancePageId;
    case OrderField::DefaultBucket:
    case OrderField::CustomBucket:
    case OrderField::ImageScanner:
        return StoragePageId;
    case OrderField::ExtraNamespaces:
    case OrderField::ExtraRepositories:
    case OrderField::VpcQuota:
        return QuotaPageId;
    case OrderField::Period:
    case OrderField::RenewalStatus:
    case OrderField::RenewPeriod:
        return BillingPageId;
    }
    return InstancePageId;
}

void PurchaseWizard::goBackTo(int pageId)
{
    while (currentId() != pageId && visitedIds().contains(pageId) && currentId() != startId())
        back();
}

void PurchaseWizard::showField(OrderField field, const QString& serviceProblem)
{
    goBackTo(pageFor(field));
    if (auto* orderPage = qobject_cast<OrderPage*>(currentPage())) {
        if (!serviceProblem.isEmpty())
            orderPage->showServiceProblem(field, serviceProblem);
        if (QWidget* input = orderPage->inputFor(field))
            input->setFocus(Qt::OtherFocusReason);
    }
}

void PurchaseWizard::startFresh()
{
    OrderSpec fresh;
    fresh.site = m_draft->order().site; // the account choice stays
    restart();
    m_draft->startOver(fresh);
    m_startOrder = m_draft->order();
    emit newOrderStarted();
}

void PurchaseWizard::startAnotherInstance(const OrderSpec& order)
{
    startWith(order);
    m_draft->setAnotherInstance(true);
}

bool PurchaseWizard::isSending() const
{
    return m_result && m_result->isSending();
}

bool PurchaseWizard::hasUnsentChanges() const
{
    return !(m_result && m_result->hasJournaled()) && m_draft->order() != m_startOrder;
}

void PurchaseWizard::stopWaiting()
{
    if (m_result)
        m_result->stopWaiting();
}

void PurchaseWizard::reject()
{
    emit leaveRequested();
}

void PurchaseWizard::startWith(const OrderSpec& order)
{
    // restart() makes it a new order: no resume row, so it gets a new ClientToken when submitted.
    restart();
    // Every page shows the loaded order, the Account page's site included (it is an OrderPage).
    m_draft->load(order);
    m_startOrder = order;
    emit newOrderStarted();
    // An order that no longer validates (a region the catalog dropped, a hand-edited file) opens
    // on the page of its first wrong field, with the message shown and the value as it was.
    const QList<OrderField> invalid = m_draft->validation().invalidFields();
    if (invalid.isEmpty())
        return;
    const int target = pageFor(invalid.first());
    while (currentId() < target && currentPage()->isComplete()) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
    if (currentId() == target)
        showField(invalid.first());
}

void PurchaseWizard::initializePage(int id)
{
    // Back at the start (restart(): the wizard never goes back to its first page otherwise):
    // whatever comes next is a new order. The result page forgets the last one, and it is no
    // "order again" unless startAnotherInstance() says so after this; resumeRow() sets its row after.
    if (id == startId() && m_result) {
        m_result->forget();
        m_draft->setAnotherInstance(false);
    }
    QWizard::initializePage(id);
}

void PurchaseWizard::wordFinishButton()
{
    // Qt's "&Finish" takes Alt+F, the File menu's letter.
    setButtonText(FinishButton, tr("Fi&nish"));
}

void PurchaseWizard::fitButtons()
{
    // The style gives a button room for its text and little more ("下一步(N) >" touched its edges):
    // each gets at least three quarters of a line height on either side of its text, which is what
    // the style's minimum width already leaves around the English texts.
    for (const WizardButton which : kNavigationButtons) {
        QAbstractButton* wizardButton = button(which);
        const QFontMetrics metrics = wizardButton->fontMetrics();
        const int text = metrics.size(Qt::TextShowMnemonic, wizardButton->text()).width();
        wizardButton->setMinimumWidth(text + 2 * (metrics.height() * 3 / 4));
    }
}

void PurchaseWizard::changeEvent(QEvent* event)
{
    QWizard::changeEvent(event);
    // QWizard words its buttons when it changes pages only: after Settings > Language they kept the
    // old language until then. The texts it would give them now (a page's own, such as Buy, or the
    // wizard's, translated when asked).
    if (event->type() == QEvent::LanguageChange) {
        wordFinishButton();
        for (const WizardButton which : kNavigationButtons)
            button(which)->setText(currentPage() ? currentPage()->buttonText(which) : buttonText(which));
    }
}

bool PurchaseWizard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::LayoutRequest && watched == m_buttonRow)
        fitButtons();
    return QWizard::eventFilter(watched, event);
}

void PurchaseWizard::resumeRow(qint64 journalId)
{
    if (!ensurePages())
        return;
    restart();
    if (m_context.journal) {
        if (const std::optional<JournalEntry> row = m_context.journal->entry(journalId))
            m_draft->load(row->order);
    }
    m_result->setResumeRow(journalId);
    // The row carries its own order, endpoint and profile: straight to the result page.
    m_jumpToResult = true;
    next();
    m_jumpToResult = false;
}

int PurchaseWizard::nextId() const
{
    // The result page is the last: from it, only Finish (a resumed order's result included).
    if (currentId() == ResultPageId)
        return -1;
    if (m_jumpToResult)
        return ResultPageId;
    // Before addRemainingPages() the Account page still leads on (Next, not Finish).
    if (!m_result)
        return InstancePageId;
    return QWizard::nextId();
}

} // namespace acrp::ui
