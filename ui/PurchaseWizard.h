#pragma once

#include "core/order/OrderSpec.h"
#include "ui/AppContext.h"

#include <QWizard>

namespace acrp::ui {

class OrderDraft;
class OrderPage;
class ResultPage;

// The purchase wizard: one OrderDraft shared by every page, pages addressed by PageId.
class PurchaseWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        AccountPageId,
        InstancePageId,
        StoragePageId,
        QuotaPageId,
        BillingPageId,
        ReviewPageId,
        ResultPageId
    };
    Q_ENUM(PageId)

    // Which pages the constructor builds: all of them, or the Account page only (the program's
    // start-up paints it first; addRemainingPages() builds the rest).
    enum class Build { AllPages, FirstPageOnly };

    explicit PurchaseWizard(const AppContext& context, QWidget* parent = nullptr, Build build = Build::AllPages);

    // The buttons the wizard shows (no Help, no custom ones): Back, Next, Commit, Finish, Cancel.
    QList<QAbstractButton*> navigationButtons() const;

    // The pages after the Account page, with the whole context (the journal open). Once.
    void addRemainingPages(const AppContext& context);
    bool hasAllPages() const { return m_result != nullptr; }

    OrderDraft* draft() const { return m_draft; }
    // The page that holds `field`.
    static PageId pageFor(OrderField field);
    // Goes back (never forward past unvisited pages) to the page holding `field` and focuses it; a
    // non-empty `serviceProblem` (why the service refused the field) shows under it.
    void showField(OrderField field, const QString& serviceProblem = QString());
    // Starts over with `order` loaded (template, "order again"): every page re-validates it. A new
    // order: it gets a new ClientToken when submitted. When the order does not validate, the wizard
    // goes to the page of the first wrong field and focuses it (its message shown, value kept).
    void startWith(const OrderSpec& order);
    // "Order again": like startWith(), and the Review page says this buys another instance and asks
    // for the confirmation, whatever the endpoint.
    void startAnotherInstance(const OrderSpec& order);
    // A new, empty order (the account choice kept): after Finish, or when a draft is discarded.
    void startFresh();
    // Where leaving stands: an order on its way (stop waiting first), or a draft that was changed
    // and not sent (discard it first). Neither: leaving loses nothing.
    bool isSending() const;
    bool hasUnsentChanges() const;
    void stopWaiting();
    // Escape and Cancel: never quit by themselves; the main window asks what the user means.
    void reject() override;
    // Jumps to the result page resuming journal row `journalId` (same ClientToken).
    void resumeRow(qint64 journalId);

    int nextId() const override;

protected:
    // Next before the remaining pages exist asks for them first (pagesNeeded()).
    bool validateCurrentPage() override;
    void initializePage(int id) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

signals:
    // Next was pressed on the Account page before addRemainingPages(): whoever owns the start-up
    // finishes it now (synchronously), or the wizard stays where it is.
    void pagesNeeded();
    void profilesRequested();
    // Escape or Cancel was pressed (see reject()).
    void leaveRequested();
    // A new order started (fresh, from a template, or order again): a new wizard run.
    void newOrderStarted();

private:
    void goBackTo(int pageId);
    void nameAndFitPages();
    // True when every page exists, after asking for them (pagesNeeded()) if they did not.
    bool ensurePages();
    void fitButtons();
    void wordFinishButton();

    AppContext m_context;
    OrderDraft* m_draft;
    ResultPage* m_result = nullptr; // null until addRemainingPages()
    QWidget* m_buttonRow = nullptr; // the wizard's widget holding its buttons
    bool m_jumpToResult = false;
    OrderSpec m_startOrder; // the order as this run started, to tell whether it was changed
};

} // namespace acrp::ui
