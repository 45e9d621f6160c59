#pragma once

#include "core/api/Signer.h"
#include "core/app/OrderService.h"
#include "ui/AppContext.h"

#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;

namespace acrp::ui {

class CopyButton;
class OrderDraft;
class SaveTemplateRow;

// The whole order in words, its price and the account's balance (asked of the endpoint), the
// equivalent commands, and for a real endpoint the confirmation that this spends money. All but
// the confirmation scrolls, so the page fits any window the wizard fits in.
class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    ReviewPage(OrderDraft* draft, const AppContext& context, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // The equivalent `aliyun bssopenapi CreateInstance ...` command (without a ClientToken: running
    // it is a separate purchase) and the `acr-purchase submit` command for the order saved as a file.
    // One option and its value a line, each line but the last ending in a POSIX shell continuation
    // (" \\"); values quoted for the shell where they need it. What the boxes show and copy.
    QString aliyunCommand() const;
    QString submitCommand() const;
    // Lines of words as a command over several lines: the first line as is, the others indented,
    // every line but the last continued with " \\".
    static QString continuedCommand(const QList<QStringList>& lines);

    // The Review's money lines, shared with the renewal's review: the price (with the list price
    // and the saving, "illustrative" for the sandbox) or why it is unavailable; the balance or why
    // it is unavailable; the warning when the balance is below the price.
    static QString priceText(const std::variant<SubscriptionPrice, Unavailable>& price, bool sandbox);
    static QString balanceText(const std::variant<AccountBalance, Unavailable>& balance);
    static QString balanceTooLowText();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshSummary();
    void showSummaryRows(const QList<std::pair<QString, QString>>& rows);
    void askPriceAndBalance();
    void showQuote(const Quote& quote);
    SignatureVersion signatureVersion() const;
    bool needsConfirmation() const;

    OrderDraft* m_draft;
    AppContext m_context;
    QScrollArea* m_scroll;
    QWidget* m_summary;
    QFormLayout* m_summaryRows;
    QLabel* m_price;
    QLabel* m_balance;
    QLabel* m_balanceWarning;
    QLabel* m_aliyunLabel;
    QPlainTextEdit* m_aliyun;
    CopyButton* m_copyAliyun;
    QLabel* m_submitLabel;
    QPlainTextEdit* m_submit;
    CopyButton* m_copySubmit;
    CopyButton* m_copyOrderFile;
    QPushButton* m_exportCode; // "Export as code…": the order as Terraform or ROS
    SaveTemplateRow* m_saveTemplate;
    QCheckBox* m_confirm;
    QLabel* m_anotherInstance;
    int m_generation = 0; // answers for an earlier visit of the page are dropped
};

} // namespace acrp::ui
