#include "ui/pages/ReviewPage.h"

#include "core/app/ClientFactory.h"
#include "core/app/OrderService.h"
#include "core/order/CreateInstanceParams.h"
#include "core/order/OrderFile.h"
#include "sandbox/SandboxServer.h"
#include "ui/CopyButton.h"
#include "ui/OrderDraft.h"
#include "ui/OrderText.h"
#include "ui/SaveTemplateRow.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace acrp::ui {

namespace {

QPlainTextEdit* commandBox(QWidget* parent, const QString& objectName)
{
    auto* box = new QPlainTextEdit(parent);
    box->setObjectName(objectName);
    box->setReadOnly(true);
    box->setTabChangesFocus(true);
    box->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    box->setFont(QFont(QStringLiteral("monospace")));
    box->setMaximumHeight(box->fontMetrics().lineSpacing() * 5);
    return box;
}

QString shellQuoted(const QString& value)
{
    // Values are validated names and numbers; quote anything else for a POSIX shell.
    static const QString safe = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/=");
    for (QChar c : value) {
        if (!safe.contains(c))
            return u'\'' + QString(value).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
    }
    return value.isEmpty() ? QStringLiteral("''") : value;
}

} // namespace

ReviewPage::ReviewPage(OrderDraft* draft, const AppContext& context, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_context(context)
    , m_summary(new QLabel(this))
    , m_price(new QLabel(this))
    , m_balance(new QLabel(this))
    , m_balanceWarning(new QLabel(this))
    , m_aliyunLabel(new QLabel(this))
    , m_aliyun(commandBox(this, QStringLiteral("aliyunCommand")))
    , m_copyAliyun(new CopyButton(
          QStringLiteral("copyAliyunButton"), [this] { return aliyunCommand(); }, this))
    , m_submitLabel(new QLabel(this))
    , m_submit(commandBox(this, QStringLiteral("submitCommand")))
    , m_copySubmit(new CopyButton(
          QStringLiteral("copySubmitButton"), [this] { return submitCommand(); }, this))
    , m_copyOrderFile(new CopyButton(
          QStringLiteral("copyOrderFileButton"),
          [this] { return QString::fromUtf8(OrderFile::serialize(m_draft->order())); }, this))
    , m_saveTemplate(new SaveTemplateRow(context, this))
    , m_confirm(new QCheckBox(this))
    , m_anotherInstance(new QLabel(this))
{
    m_anotherInstance->setObjectName(QStringLiteral("anotherInstanceNotice"));
    m_anotherInstance->setWordWrap(true);
    OrderText::setTone(m_anotherInstance, OrderText::Tone::Warning);
    m_anotherInstance->hide();
    m_summary->setObjectName(QStringLiteral("orderSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_price->setObjectName(QStringLiteral("priceLabel"));
    m_price->setWordWrap(true);
    m_price->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_balance->setObjectName(QStringLiteral("balanceLabel"));
    m_balance->setWordWrap(true);
    m_balance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_balanceWarning->setObjectName(QStringLiteral("balanceWarning"));
    m_balanceWarning->setWordWrap(true);
    OrderText::setTone(m_balanceWarning, OrderText::Tone::Error);
    QFont warningFont = m_balanceWarning->font();
    warningFont.setBold(true);
    m_balanceWarning->setFont(warningFont);
    m_balanceWarning->hide();
    m_confirm->setObjectName(QStringLiteral("confirmCheck"));
    m_saveTemplate->setObjectName(QStringLiteral("reviewSaveTemplateRow"));
    m_aliyunLabel->setBuddy(m_aliyun);
    m_submitLabel->setBuddy(m_submit);

    auto* money = new QFormLayout;
    money->addRow(m_price);
    money->addRow(m_balance);
    money->addRow(m_balanceWarning);

    auto* commands = new QGridLayout;
    commands->addWidget(m_aliyunLabel, 0, 0, 1, 2);
    commands->addWidget(m_aliyun, 1, 0);
    commands->addWidget(m_copyAliyun, 1, 1, Qt::AlignTop);
    commands->addWidget(m_submitLabel, 2, 0, 1, 2);
    commands->addWidget(m_submit, 3, 0);
    auto* submitButtons = new QVBoxLayout;
    submitButtons->addWidget(m_copySubmit);
    submitButtons->addWidget(m_copyOrderFile);
    submitButtons->addStretch();
    commands->addLayout(submitButtons, 3, 1, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_anotherInstance);
    layout->addWidget(m_summary);
    layout->addLayout(money);
    layout->addLayout(commands);
    layout->addWidget(m_saveTemplate);
    layout->addWidget(m_confirm);

    connect(m_confirm, &QCheckBox::toggled, this, &ReviewPage::completeChanged);
    // Sandbox → Add balance… or Reset while this page shows the sandbox's balance: show the new one.
    if (m_context.sandbox) {
        connect(m_context.sandbox, &sandbox::SandboxServer::stateChanged, this, [this] {
            if (wizard() && wizard()->currentPage() == this && m_draft->endpoint().isSandbox())
                askPriceAndBalance();
        });
    }
    retranslate();
}

void ReviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshSummary();
    }
    QWizardPage::changeEvent(event);
}

void ReviewPage::retranslate()
{
    setTitle(tr("Review"));
    setSubTitle(tr("Check the order, its price and your balance before you buy."));
    m_aliyunLabel->setText(tr("The same order with the a&liyun CLI (a separate purchase if you run it):"));
    m_submitLabel->setText(tr("The same order with acr-&purchase (save the order file as order.json first):"));
    m_copyAliyun->setDescription(tr("Copy the aliyun command"));
    m_copySubmit->setDescription(tr("Copy the acr-purchase command"));
    m_copyOrderFile->setText(tr("Copy order &file"));
    m_confirm->setText(tr("I &understand this buys a subscription and charges my account"));
    m_anotherInstance->setText(tr("Order again: this buys another instance like the earlier order, with its own "
                                  "client token. The earlier order is not changed."));
}

void ReviewPage::initializePage()
{
    const bool real = m_draft->endpoint().isReal();
    // "Order again" buys a second instance: it says so, and asks, on every endpoint.
    m_anotherInstance->setVisible(m_draft->isAnotherInstance());
    m_confirm->setVisible(needsConfirmation());
    m_confirm->setChecked(false);
    setButtonText(QWizard::NextButton, real ? tr("Bu&y") : tr("Bu&y in the sandbox"));
    refreshSummary();
    m_saveTemplate->setOrder(m_draft->order());
    askPriceAndBalance();
}

void ReviewPage::cleanupPage()
{
    ++m_generation;
}

bool ReviewPage::isComplete() const
{
    return m_draft->validation().isValid() && (!needsConfirmation() || m_confirm->isChecked());
}

bool ReviewPage::needsConfirmation() const
{
    return m_draft->endpoint().isReal() || m_draft->isAnotherInstance();
}

void ReviewPage::refreshSummary()
{
    QList<std::pair<QString, QString>> rows = OrderText::summaryRows(
        m_draft->order(), m_draft->profileName(), m_draft->endpoint().displayName(), m_draft->catalog());
    rows.append({tr("Signature"),
                 signatureVersion() == SignatureVersion::V3 ? tr("V3 (ACS3-HMAC-SHA256)") : tr("V1 (HMAC-SHA1)")});
    m_summary->setText(OrderText::html(rows));
    m_aliyun->setPlainText(aliyunCommand());
    m_submit->setPlainText(submitCommand());
}

QString ReviewPage::aliyunCommand() const
{
    const OrderSpec& order = m_draft->order();
    const Catalog& catalog = m_draft->catalog();
    QStringList words = {QStringLiteral("aliyun"), QStringLiteral("bssopenapi"), QStringLiteral("CreateInstance")};
    if (order.site == Site::International)
        words << QStringLiteral("--endpoint") << catalog.site(order.site).endpoint;
    if (!m_draft->profileName().isEmpty() && !m_draft->endpoint().isSandbox())
        words << QStringLiteral("--profile") << shellQuoted(m_draft->profileName());
    const ParameterList parameters = createInstanceParameters(order, QString(), catalog);
    for (const auto& [name, value] : parameters) {
        if (name == u"ClientToken")
            continue;
        words << u"--" + name << shellQuoted(value);
    }
    return words.join(u' ');
}

QString ReviewPage::submitCommand() const
{
    const Endpoint endpoint = m_draft->endpoint();
    QStringList words
        = {QStringLiteral("acr-purchase"), QStringLiteral("submit"), QStringLiteral("order.json"),
           QStringLiteral("--endpoint"), endpoint.isSandbox() ? QStringLiteral("sandbox") : shellQuoted(endpoint.id())};
    if (!endpoint.isSandbox() && !m_draft->profileName().isEmpty())
        words << QStringLiteral("--profile") << shellQuoted(m_draft->profileName());
    if (signatureVersion() == SignatureVersion::V3)
        words << QStringLiteral("--signature") << QStringLiteral("v3");
    return words.join(u' ');
}

SignatureVersion ReviewPage::signatureVersion() const
{
    return m_context.clients ? m_context.clients->settings().signature : SignatureVersion::V1;
}

void ReviewPage::askPriceAndBalance()
{
    const int generation = ++m_generation;
    m_balanceWarning->hide();
    m_price->setText(tr("Price: asking %1…").arg(m_draft->endpoint().displayName()));
    m_balance->setText(tr("Balance: asking…"));
    if (!m_context.orders)
        return;
    m_context.orders->quote(m_draft->order(), m_draft->profileName(), m_draft->endpoint(), this,
                            [this, generation](const Quote& quote) {
                                if (generation == m_generation)
                                    showQuote(quote);
                            });
}

void ReviewPage::showQuote(const Quote& quote)
{
    if (const auto* price = std::get_if<SubscriptionPrice>(&quote.price)) {
        QString text = tr("Price: %1 %2").arg(price->tradePrice, price->currency);
        if (price->originalPrice != price->tradePrice && !price->originalPrice.isEmpty())
            text += u' ' + tr("(list price %1)").arg(price->originalPrice);
        if (m_draft->endpoint().isSandbox())
            text += u' ' + tr("(illustrative sandbox price)");
        m_price->setText(text);
    } else {
        m_price->setText(tr("Price unavailable: %1").arg(std::get<Unavailable>(quote.price).message));
    }
    if (const auto* account = std::get_if<AccountBalance>(&quote.balance))
        m_balance->setText(tr("Available balance: %1 %2").arg(account->availableAmount, account->currency));
    else
        m_balance->setText(tr("Balance unavailable: %1").arg(std::get<Unavailable>(quote.balance).message));
    const bool low = quote.balanceTooLow();
    m_balanceWarning->setText(low ? tr("Your balance is lower than the price: the payment will fail unless you top up "
                                       "or have credit.")
                                  : QString());
    m_balanceWarning->setVisible(low);
}

} // namespace acrp::ui
