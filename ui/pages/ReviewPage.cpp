#include "ui/pages/ReviewPage.h"

#include "core/Formatting.h"
#include "core/app/ClientFactory.h"
#include "core/app/OrderService.h"
#include "core/order/CreateInstanceParams.h"
#include "core/order/OrderFile.h"
#include "sandbox/SandboxServer.h"
#include "ui/CopyButton.h"
#include "ui/ExportCodeDialog.h"
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
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>
#include <QtMath>

namespace acrp::ui {

namespace {

// A command box shows this many lines at most; a longer command scrolls inside it.
constexpr int kMaxCommandLines = 12;

// As high as its lines (up to kMaxCommandLines), with room for the horizontal scroll bar when a
// line is wider than the box.
void fitToText(QPlainTextEdit* box)
{
    const int lines = qBound(1, box->document()->blockCount(), kMaxCommandLines);
    const int margin = qCeil(box->document()->documentMargin());
    // QPlainTextEdit counts a line as shown when it fits one pixel short of the viewport's bottom
    // margin: that pixel too, or the last line scrolls.
    int height = lines * box->fontMetrics().lineSpacing() + 2 * margin + 1 + 2 * box->frameWidth();
    if (box->horizontalScrollBar()->maximum() > 0)
        height += box->horizontalScrollBar()->sizeHint().height();
    box->setFixedHeight(height);
}

QPlainTextEdit* commandBox(QWidget* parent, const QString& objectName)
{
    auto* box = new QPlainTextEdit(parent);
    box->setObjectName(objectName);
    box->setReadOnly(true);
    box->setTabChangesFocus(true);
    // A command is never broken inside a word: long lines scroll sideways.
    box->setLineWrapMode(QPlainTextEdit::NoWrap);
    box->setFont(QFont(QStringLiteral("monospace")));
    QObject::connect(box, &QPlainTextEdit::textChanged, box, [box] { fitToText(box); });
    QObject::connect(box->horizontalScrollBar(), &QScrollBar::rangeChanged, box, [box] { fitToText(box); });
    fitToText(box);
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
    , m_scroll(new QScrollArea(this))
    , m_summary(new QWidget(this))
    , m_summaryRows(new QFormLayout(m_summary))
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
    , m_exportCode(new QPushButton(this))
    , m_saveTemplate(new SaveTemplateRow(context, this))
    , m_confirm(new QCheckBox(this))
    , m_anotherInstance(new QLabel(this))
{
    m_anotherInstance->setObjectName(QStringLiteral("anotherInstanceNotice"));
    m_anotherInstance->setWordWrap(true);
    OrderText::setTone(m_anotherInstance, OrderText::Tone::Warning);
    m_anotherInstance->hide();
    m_summary->setObjectName(QStringLiteral("orderSummary"));
    m_summaryRows->setContentsMargins(0, 0, 0, 0);
    m_summaryRows->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_summaryRows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
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

    auto* money = new QVBoxLayout;
    money->addWidget(m_price);
    money->addWidget(m_balance);
    money->addWidget(m_balanceWarning);

    auto* commands = new QGridLayout;
    commands->addWidget(m_aliyunLabel, 0, 0, 1, 2);
    commands->addWidget(m_aliyun, 1, 0);
    commands->addWidget(m_copyAliyun, 1, 1, Qt::AlignTop);
    commands->addWidget(m_submitLabel, 2, 0, 1, 2);
    commands->addWidget(m_submit, 3, 0);
    auto* submitButtons = new QVBoxLayout;
    submitButtons->addWidget(m_copySubmit);
    submitButtons->addWidget(m_copyOrderFile);
    submitButtons->addWidget(m_exportCode);
    submitButtons->addStretch();
    commands->addLayout(submitButtons, 3, 1, Qt::AlignTop);
    commands->setColumnStretch(0, 1);

    // Everything that grows with the order and the language scrolls; the page itself asks for
    // little room, so the wizard's buttons stay in the window at any size it allows.
    auto* content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("reviewContent"));
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_summary);
    contentLayout->addLayout(money);
    contentLayout->addLayout(commands);
    contentLayout->addStretch();
    m_scroll->setObjectName(QStringLiteral("reviewScrollArea"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scroll->setWidget(content);
    // The page's own colour, not a white sheet: the scroll area is only a viewport on the page.
    content->setAutoFillBackground(false);
    m_scroll->viewport()->setAutoFillBackground(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_anotherInstance);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_saveTemplate);
    layout->addWidget(m_confirm);

    m_exportCode->setObjectName(QStringLiteral("reviewExportCodeButton"));
    m_exportCode->setAutoDefault(false);
    connect(m_exportCode, &QPushButton::clicked, this, [this] {
        const OrderSpec order = m_draft->order();
        ExportCodeDialog::openFor(
            this, [order](InfraFormat format) { return InfraExportService::fromOrder(order, format); },
            order.instanceName);
    });
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
    m_scroll->setAccessibleName(tr("Order review"));
    m_copyAliyun->setTexts(tr("Copy command"), tr("Copy the aliyun command"));
    m_copySubmit->setTexts(tr("Copy command"), tr("Copy the acr-purchase command"));
    m_copyOrderFile->setTexts(tr("Copy order fil&e"), tr("Copy the order file (JSON)"));
    m_exportCode->setText(tr("Export as co&de…"));
    m_exportCode->setToolTip(tr("Write the order as a Terraform configuration or a ROS template"));
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
    QList<std::pair<QString, QString>> rows = OrderText::summaryRows(m_draft->order(), m_draft->profileName(),
                                                                     m_draft->endpoint().title(), m_draft->catalog());
    rows.append({tr("Signature"),
                 signatureVersion() == SignatureVersion::V3 ? tr("V3 (ACS3-HMAC-SHA256)") : tr("V1 (HMAC-SHA1)")});
    showSummaryRows(rows);
    m_aliyun->setPlainText(aliyunCommand());
    m_submit->setPlainText(submitCommand());
}

void ReviewPage::showSummaryRows(const QList<std::pair<QString, QString>>& rows)
{
    // One label pair a line, named by position (the signature, always last, by name): real widgets,
    // so each line can be scrolled to and seen whole.
    while (m_summaryRows->rowCount() > rows.size())
        m_summaryRows->removeRow(m_summaryRows->rowCount() - 1);
    for (int row = 0; row < rows.size(); ++row) {
        if (row == m_summaryRows->rowCount()) {
            auto* label = new QLabel(m_summary);
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            auto* value = new QLabel(m_summary);
            value->setTextFormat(Qt::PlainText);
            value->setWordWrap(true);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_summaryRows->addRow(label, value);
        }
        const QString name
            = row == rows.size() - 1 ? QStringLiteral("summarySignature") : QStringLiteral("summaryRow%1").arg(row);
        auto* label = static_cast<QLabel*>(m_summaryRows->itemAt(row, QFormLayout::LabelRole)->widget());
        auto* value = static_cast<QLabel*>(m_summaryRows->itemAt(row, QFormLayout::FieldRole)->widget());
        label->setObjectName(name + u"Label");
        value->setObjectName(name + u"Value");
        label->setText(rows.at(row).first);
        value->setText(rows.at(row).second);
    }
    // QFormLayout keeps the row heights it computed for the texts before: a line of Chinese in a CJK
    // font (WenQuanYi: 15 px against the Latin font's 14) was cut by a pixel until something else laid
    // the form out again.
    m_summaryRows->invalidate();
}

QString ReviewPage::continuedCommand(const QList<QStringList>& lines)
{
    QStringList text;
    for (const QStringList& words : lines)
        text.append(words.join(u' '));
    return text.join(QStringLiteral(" \\\n  "));
}

QString ReviewPage::aliyunCommand() const
{
    const OrderSpec& order = m_draft->order();
    const Catalog& catalog = m_draft->catalog();
    QList<QStringList> lines
        = {{QStringLiteral("aliyun"), QStringLiteral("bssopenapi"), QStringLiteral("CreateInstance")}};
    if (order.site == Site::International)
        lines.append({QStringLiteral("--endpoint"), catalog.site(order.site).endpoint});
    if (!m_draft->profileName().isEmpty() && !m_draft->endpoint().isSandbox())
        lines.append({QStringLiteral("--profile"), shellQuoted(m_draft->profileName())});
    const ParameterList parameters = createInstanceParameters(order, QString(), catalog);
    for (const auto& [name, value] : parameters) {
        if (name == u"ClientToken")
            continue;
        lines.append({u"--" + name, shellQuoted(value)});
    }
    return continuedCommand(lines);
}

QString ReviewPage::submitCommand() const
{
    const Endpoint endpoint = m_draft->endpoint();
    QList<QStringList> lines = {
        {QStringLiteral("acr-purchase"), QStringLiteral("submit"), QStringLiteral("order.json")},
        {QStringLiteral("--endpoint"), endpoint.isSandbox() ? QStringLiteral("sandbox") : shellQuoted(endpoint.id())}};
    if (!endpoint.isSandbox() && !m_draft->profileName().isEmpty())
        lines.append({QStringLiteral("--profile"), shellQuoted(m_draft->profileName())});
    if (signatureVersion() == SignatureVersion::V3)
        lines.append({QStringLiteral("--signature"), QStringLiteral("v3")});
    return continuedCommand(lines);
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
    m_price->setText(priceText(quote.price, m_draft->endpoint().isSandbox()));
    m_balance->setText(balanceText(quote.balance));
    const bool low = quote.balanceTooLow();
    m_balanceWarning->setText(low ? balanceTooLowText() : QString());
    m_balanceWarning->setVisible(low);
}

QString ReviewPage::priceText(const std::variant<SubscriptionPrice, Unavailable>& answer, bool sandbox)
{
    const auto* price = std::get_if<SubscriptionPrice>(&answer);
    if (!price)
        return tr("Price unavailable: %1").arg(std::get<Unavailable>(answer).message);
    const QString& currency = price->currency;
    QString text = tr("Price: %1").arg(format::money(price->tradePrice, currency));
    const std::optional<qint64> trade = format::cents(price->tradePrice);
    const std::optional<qint64> list = format::cents(price->originalPrice);
    if (trade && list && *list > *trade) {
        text += u' '
            + tr("(list price %1, you save %2)")
                  .arg(format::money(*list, currency), format::money(*list - *trade, currency));
    } else if (!price->originalPrice.isEmpty() && price->originalPrice != price->tradePrice
               && !(trade && list && *list == *trade)) {
        // Above the price, or not a number: said as it came, with no saving made up.
        text += u' ' + tr("(list price %1)").arg(format::money(price->originalPrice, currency));
    }
    if (sandbox)
        text += u' ' + tr("(illustrative sandbox price)");
    return text;
}

QString ReviewPage::balanceText(const std::variant<AccountBalance, Unavailable>& answer)
{
    if (const auto* account = std::get_if<AccountBalance>(&answer))
        return tr("Available balance: %1").arg(format::money(account->availableAmount, account->currency));
    return tr("Balance unavailable: %1").arg(std::get<Unavailable>(answer).message);
}

QString ReviewPage::balanceTooLowText()
{
    return tr("Your balance is lower than the price: the payment will fail unless you top up or have credit.");
}

} // namespace acrp::ui
