#pragma once

#include <QFrame>
#include <QPointer>
#include <functional>

class QLabel;
class QPushButton;

namespace acrp::ui {

// An inline question above the wizard for leaving it when something would be lost or left running:
// "Discard this order?", "Stop waiting?". Keep is the default (Enter, Escape); the other button does
// what was asked. No pop-up: the window stays usable and the question says what happens.
class LeaveBar : public QFrame
{
    Q_OBJECT

public:
    explicit LeaveBar(QWidget* parent = nullptr);

    // Shows `question`, with Keep (`keepText`) focused and `actText` running `act`.
    void ask(const QString& question, const QString& keepText, const QString& actText, std::function<void()> act);
    // Hides the question without acting (Keep).
    void keep();

private:
    QLabel* m_question;
    QPushButton* m_keep;
    QPushButton* m_act;
    std::function<void()> m_action;
    QPointer<QWidget> m_returnFocus; // where the user was when asked: Keep goes back there
};

} // namespace acrp::ui
