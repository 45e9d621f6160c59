#include "ui/SandboxMenu.h"

#include "core/Formatting.h"
#include "core/store/SandboxCredentials.h"
#include "sandbox/SandboxServer.h"
#include "ui/OrderDraft.h"
#include "ui/OrderText.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace acrp::ui {

namespace {

enum OrderColumn { InstanceIdColumn, NameColumn, RegionColumn, EditionColumn, OrderIdColumn, AmountColumn, TimeColumn };

} // namespace

SandboxMenu::SandboxMenu(const AppContext& context, OrderDraft* draft, QWidget* parent)
    : QMenu(parent)
    , m_context(context)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("sandboxMenu"));
    m_addBalance = addAction(QString(), this, &SandboxMenu::openAddBalance);
    m_addBalance->setObjectName(QStringLiteral("sandboxAddBalanceAction"));
    m_orders = addAction(QString(), this, &SandboxMenu::showOrders);
    m_orders->setObjectName(QStringLiteral("sandboxOrdersAction"));
    addSeparator();
    m_reset = addAction(QString(), this, &SandboxMenu::askReset);
    m_reset->setObjectName(QStringLiteral("sandboxResetAction"));
    connect(m_draft, &OrderDraft::accountChanged, this, &SandboxMenu::updateVisibility);
    if (m_context.sandbox)
        connect(m_context.sandbox, &sandbox::SandboxServer::stateChanged, this, [this] {
            if (m_ordersDialog && m_ordersDialog->isVisible())
                fillOrders();
        });
    retranslate();
    updateVisibility();
}

void SandboxMenu::changeEvent(QEvent* event)
{
    // The menu follows the language itself, so the main window only has to create it.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void SandboxMenu::retranslate()
{
    setTitle(tr("Sandbo&x"));
    m_addBalance->setText(tr("&Add balance…"));
    m_orders->setText(tr("&Show the sandbox's orders"));
    m_reset->setText(tr("&Reset the sandbox…"));
    if (m_balanceDialog) {
        m_balanceDialog->setWindowTitle(tr("Add balance"));
        m_balancePrompt->setText(
            tr("Add to the balance of the sandbox account %1 (now %2):")
                .arg(accountId(),
                     format::money(m_context.sandbox->balance(accountId()), m_context.sandbox->currency())));
        m_amount->setPlaceholderText(tr("for example 5000.00"));
    }
    if (m_ordersDialog) {
        m_ordersDialog->setWindowTitle(tr("The sandbox's orders"));
        m_ordersTable->setAccessibleName(tr("The sandbox's orders"));
        m_ordersTable->setHorizontalHeaderLabels(
            {tr("Instance ID"), tr("Name"), tr("Region"), tr("Edition"), tr("Order ID"), tr("Amount"), tr("Time")});
    }
}

void SandboxMenu::updateVisibility()
{
    menuAction()->setVisible(m_context.sandbox && m_draft->endpoint().isSandbox());
}

QString SandboxMenu::accountId() const
{
    return sandboxdemo::credentials(m_draft->order().site).accessKeyId;
}

void SandboxMenu::openAddBalance()
{
    if (!m_context.sandbox)
        return;
    if (!m_balanceDialog) {
        m_balanceDialog = new QDialog(parentWidget());
        m_balanceDialog->setObjectName(QStringLiteral("sandboxAddBalanceDialog"));
        m_balancePrompt = new QLabel(m_balanceDialog);
        m_balancePrompt->setObjectName(QStringLiteral("sandboxBalancePrompt"));
        m_balancePrompt->setWordWrap(true);
        m_amount = new QLineEdit(m_balanceDialog);
        m_amount->setObjectName(QStringLiteral("sandboxAmountEdit"));
        m_balancePrompt->setBuddy(m_amount);
        m_amountMessage = new QLabel(m_balanceDialog);
        m_amountMessage->setObjectName(QStringLiteral("sandboxAmountMessage"));
        m_amountMessage->setWordWrap(true);
        OrderText::setTone(m_amountMessage, OrderText::Tone::Error);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, m_balanceDialog);
        buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("sandboxAddButton"));
        buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("sandboxAddCancelButton"));
        auto* layout = new QVBoxLayout(m_balanceDialog);
        layout->addWidget(m_balancePrompt);
        layout->addWidget(m_amount);
        layout->addWidget(m_amountMessage);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &SandboxMenu::addBalance);
        connect(buttons, &QDialogButtonBox::rejected, m_balanceDialog, &QDialog::reject);
        connect(m_amount, &QLineEdit::textEdited, m_amountMessage, &QLabel::hide);
    }
    retranslate(); // the prompt names the account and its balance now
    m_amount->clear();
    m_amountMessage->hide();
    m_balanceDialog->show();
    m_balanceDialog->raise();
    m_amount->setFocus();
}

void SandboxMenu::addBalance()
{
    QString error;
    if (!m_context.sandbox->addBalance(accountId(), m_amount->text(), &error)) {
        // The window stays open with the amount, so it can be corrected.
        m_amountMessage->setText(error);
        m_amountMessage->show();
        m_amount->setFocus();
        return;
    }
    m_balanceDialog->accept();
}

void SandboxMenu::askReset()
{
    if (!m_context.sandbox || m_resetBox)
        return;
    m_resetBox = new QMessageBox(QMessageBox::Question, tr("Reset the sandbox"),
                                 tr("Reset the built-in sandbox? It forgets every order it sold and every account gets "
                                    "its starting balance again. The order history is kept."),
                                 QMessageBox::NoButton, parentWidget());
    m_resetBox->setObjectName(QStringLiteral("sandboxResetBox"));
    m_resetBox->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* reset = m_resetBox->addButton(tr("&Reset"), QMessageBox::DestructiveRole);
    reset->setObjectName(QStringLiteral("sandboxResetConfirmButton"));
    QPushButton* keep = m_resetBox->addButton(tr("&Keep"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("sandboxKeepButton"));
    // Keep is what Enter and Escape do: resetting takes a deliberate choice.
    m_resetBox->setDefaultButton(keep);
    m_resetBox->setEscapeButton(keep);
    connect(m_resetBox, &QMessageBox::buttonClicked, this, [this, reset](QAbstractButton* clicked) {
        if (clicked != reset)
            return;
        QString error;
        if (!m_context.sandbox->reset(&error))
            QMessageBox::warning(parentWidget(), tr("Reset the sandbox"),
                                 tr("The sandbox could not be reset: %1").arg(error));
    });
    m_resetBox->open();
}

void SandboxMenu::showOrders()
{
    if (!m_context.sandbox)
        return;
    if (!m_ordersDialog) {
        m_ordersDialog = new QDialog(parentWidget());
        m_ordersDialog->setObjectName(QStringLiteral("sandboxOrdersDialog"));
        m_ordersTable = new QTableWidget(0, TimeColumn + 1, m_ordersDialog);
        m_ordersTable->setObjectName(QStringLiteral("sandboxOrdersTable"));
        m_ordersTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_ordersTable->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_ordersTable->verticalHeader()->hide();
        m_ordersTable->horizontalHeader()->setStretchLastSection(true);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_ordersDialog);
        connect(buttons, &QDialogButtonBox::rejected, m_ordersDialog, &QDialog::reject);
        auto* layout = new QVBoxLayout(m_ordersDialog);
        layout->addWidget(m_ordersTable);
        layout->addWidget(buttons);
        m_ordersDialog->resize(820, 360);
        retranslate();
    }
    fillOrders();
    m_ordersDialog->show();
    m_ordersDialog->raise();
}

void SandboxMenu::fillOrders()
{
    const QList<sandbox::SandboxOrder> orders = m_context.sandbox->orders();
    m_ordersTable->setRowCount(int(orders.size()));
    for (int row = 0; row < orders.size(); ++row) {
        const sandbox::SandboxOrder& order = orders.at(row);
        const QString cells[] = {
            order.instanceId,
            order.order.instanceName,
            order.order.region,
            order.order.edition,
            order.orderId,
            format::money(order.price, m_context.sandbox->currency()),
            format::dateTime(order.created),
        };
        for (int column = 0; column <= TimeColumn; ++column)
            m_ordersTable->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_ordersTable->resizeColumnsToContents();
}

} // namespace acrp::ui
