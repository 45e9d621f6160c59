#pragma once

#include <QList>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;

namespace acrp {
class CredentialReply;
class CredentialStore;
} // namespace acrp

namespace acrp::ui {

// The Profiles dialog's one inline message (messageLabel) and its ways forward: "Retry" repeats the
// step that failed, "Keep for this session only" switches the store to memory and then retries.
// Problems are shown here instead of popping up; the bar is hidden while there is nothing to say.
class ProfileMessageBar : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Info, Success, Error };

    explicit ProfileMessageBar(CredentialStore* credentials, QWidget* parent = nullptr);

    // Shows `text` (an empty one hides the bar) and drops any pending retry.
    void showMessage(Kind kind, const QString& text);
    void clearMessage();
    // Shows a keychain problem with its way forward; `retry` repeats the failed step.
    void showKeychainProblem(const CredentialReply& reply, std::function<void()> retry);

    // Sets the texts in the current language; the dialog calls it when the language changes.
    void retranslate();

    // The bar's focusable widgets in keyboard order, for the dialog's tab chain.
    QList<QWidget*> focusOrder() const;

private:
    void retry();
    void keepForSession();

    CredentialStore* m_credentials;
    std::function<void()> m_retry;
    QLabel* m_message;
    QPushButton* m_retryButton;
    QPushButton* m_sessionOnlyButton;
};

} // namespace acrp::ui
