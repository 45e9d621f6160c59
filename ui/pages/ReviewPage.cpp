#include "ui/pages/ReviewPage.h"

#include "core/api/BssCall.h"
#include "core/api/BssClient.h"
#include "core/order/CreateInstanceParams.h"
#include "core/order/OrderFile.h"
#include "ui/ClientSetup.h"
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
{
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
    layout->addWidget(m_summary);
    layout->addLayout(money);
    layout->addLayout(commands);
    layout->addWidget(m_saveTemplate);
    layout->addWidget(m_confirm);

    connect(m_confirm, &QCheckBox::toggled, this, &ReviewPage::completeChanged);
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
}

void ReviewPage::initializePage()
{
    const bool real = m_draft->endpoint().isReal();
    m_confirm->setVisible(real);
    m_confirm->setChecked(false);
    setButtonText(QWizard::NextButton, real ? tr("Bu&y") : tr("Bu&y in the sandbox"));
    refreshSummary();
    m_saveTemplate->setOrder(m_draft->order());
    askPriceAndBalance();
}

void ReviewPage::cleanupPage()
{
    ++m_generation;
    if (m_client)
        m_client->deleteLater();
}

bool ReviewPage::isComplete() const
{
    return m_draft->validation().isValid() && (!m_draft->endpoint().isReal() || m_confirm->isChecked());
}

void ReviewPage::refreshSummary()
{
    m_summary->setText(OrderText::html(OrderText::summaryRows(m_draft->order(), m_draft->profileName(),
                                                              m_draft->endpoint().displayName(), m_draft->catalog())));
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
    return words.join(u' ');
}

void ReviewPage::askPriceAndBalance()
{
    const int generation = ++m_generation;
    m_priceAmount.clear();
    m_balanceAmount.clear();
    m_balanceWarning->hide();
    m_price->setText(tr("Price: asking %1…").arg(m_draft->endpoint().displayName()));
    m_balance->setText(tr("Balance: asking…"));
    ClientSetup::create(
        m_context, m_draft->profileName(), m_draft->endpoint(), m_draft->order().site, this,
        [this, generation](BssClient* client, const QString& error) {
            if (generation != m_generation) {
                if (client)
                    client->deleteLater();
                return;
            }
            if (!client) {
                showPrice(tr("Price unavailable: %1").arg(error), false);
                m_balance->setText(tr("Balance unavailable: %1").arg(error));
                return;
            }
            if (m_client)
                m_client->deleteLater();
            m_client = client;
            // A quote is a courtesy: one attempt each, so the page does not hang on a slow service.
            RetryPolicy quick = RetryPolicy::noRetry();
            quick.transferTimeout = std::chrono::seconds(15);
            client->setRetryPolicy(quick);
            const OrderSpec order = m_draft->order();
            BssCall* modules = client->describePricingModule(order.site);
            connect(modules, &BssCall::finished, this, [this, modules, generation, order] {
                modules->deleteLater();
                if (generation != m_generation || !m_client)
                    return;
                if (!modules->succeeded()) {
                    showPrice(tr("Price unavailable: %1").arg(modules->error()->userMessage()), false);
                    return;
                }
                BssCall* price = m_client->getSubscriptionPrice(order);
                connect(price, &BssCall::finished, this, [this, price, generation] {
                    price->deleteLater();
                    if (generation != m_generation)
                        return;
                    if (!price->succeeded()) {
                        showPrice(tr("Price unavailable: %1").arg(price->error()->userMessage()), false);
                        return;
                    }
                    const auto quote = price->resultAs<SubscriptionPrice>();
                    m_priceAmount = quote.tradePrice;
                    m_priceCurrency = quote.currency;
                    QString text = tr("Price: %1 %2").arg(quote.tradePrice, quote.currency);
                    if (quote.originalPrice != quote.tradePrice && !quote.originalPrice.isEmpty())
                        text += u' ' + tr("(list price %1)").arg(quote.originalPrice);
                    if (m_draft->endpoint().isSandbox())
                        text += u' ' + tr("(illustrative sandbox price)");
                    showPrice(text, true);
                });
            });
            BssCall* balance = client->queryAccountBalance();
            connect(balance, &BssCall::finished, this, [this, balance, generation] {
                balance->deleteLater();
                if (generation != m_generation)
                    return;
                if (!balance->succeeded()) {
                    m_balance->setText(tr("Balance unavailable: %1").arg(balance->error()->userMessage()));
                    return;
                }
                const auto account = balance->resultAs<AccountBalance>();
                m_balanceAmount = account.availableAmount;
                m_balanceCurrency = account.currency;
                m_balance->setText(tr("Available balance: %1 %2").arg(account.availableAmount, account.currency));
                compareBalance();
            });
        });
}

void ReviewPage::showPrice(const QString& text, bool available)
{
    m_price->setText(text);
    if (available)
        compareBalance();
}

void ReviewPage::compareBalance()
{
    if (m_priceAmount.isEmpty() || m_balanceAmount.isEmpty())
        return;
    bool priceOk = false;
    bool balanceOk = false;
    const double price = m_priceAmount.toDouble(&priceOk);
    const double balance = m_balanceAmount.toDouble(&balanceOk);
    const bool low = priceOk && balanceOk && m_priceCurrency == m_balanceCurrency && balance < price;
    m_balanceWarning->setText(low ? tr("Your balance is lower than the price: the payment will fail unless you top up "
                                       "or have credit.")
                                  : QString());
    m_balanceWarning->setVisible(low);
}

} // namespace acrp::ui
