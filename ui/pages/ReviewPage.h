#pragma once

#include "core/api/Signer.h"
#include "ui/AppContext.h"

#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace acrp {
struct Quote;
}

namespace acrp::ui {

class CopyButton;
class OrderDraft;
class SaveTemplateRow;

// The whole order in words, its price and the account's balance (asked of the endpoint), the
// equivalent commands, and for a real endpoint the confirmation that this spends money.
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
    QString aliyunCommand() const;
    QString submitCommand() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshSummary();
    void askPriceAndBalance();
    void showQuote(const Quote& quote);
    SignatureVersion signatureVersion() const;
    bool needsConfirmation() const;

    OrderDraft* m_draft;
    AppContext m_context;
    QLabel* m_summary;
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
    SaveTemplateRow* m_saveTemplate;
    QCheckBox* m_confirm;
    QLabel* m_anotherInstance;
    int m_generation = 0; // answers for an earlier visit of the page are dropped
};

} // namespace acrp::ui
