#pragma once

#include "ui/AppContext.h"

#include <QMenu>
#include <QPointer>

class QDialog;
class QLabel;
class QLineEdit;
class QMessageBox;
class QTableWidget;

namespace acrp::ui {

class OrderDraft;

// The Sandbox menu of the main window, shown only while the wizard's endpoint is the built-in
// sandbox: add balance to the demo account the wizard pays with, reset the sandbox to a fresh one,
// and list what it sold. The sandbox does the work (SandboxServer, under its state file's lock, so
// other processes on the same state agree); this menu only asks and shows. The order journal is
// never touched: it records what was bought, whatever the sandbox forgets.
class SandboxMenu : public QMenu
{
    Q_OBJECT

public:
    SandboxMenu(const AppContext& context, OrderDraft* draft, QWidget* parent = nullptr);

    // Sandbox → Add balance…: a small window with the amount (non-modal, one).
    void openAddBalance();
    // Sandbox → Reset the sandbox…: asks first (Keep is the default).
    void askReset();
    // Sandbox → Show the sandbox's orders: a read-only list, refreshed on every opening.
    void showOrders();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateVisibility();
    void addBalance();
    void fillOrders();
    QString accountId() const; // the demo AccessKey the wizard's order is paid with

    AppContext m_context;
    OrderDraft* m_draft;
    QAction* m_addBalance;
    QAction* m_reset;
    QAction* m_orders;
    QPointer<QDialog> m_balanceDialog;
    QLabel* m_balancePrompt = nullptr;
    QLineEdit* m_amount = nullptr;
    QLabel* m_amountMessage = nullptr;
    QPointer<QDialog> m_ordersDialog;
    QTableWidget* m_ordersTable = nullptr;
    QPointer<QMessageBox> m_resetBox;
};

} // namespace acrp::ui
