#include "ui/LeaveBar.h"

#include "ui/OrderText.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>

namespace acrp::ui {

LeaveBar::LeaveBar(QWidget* parent)
    : QFrame(parent)
    , m_question(new QLabel(this))
    , m_keep(new QPushButton(this))
    , m_act(new QPushButton(this))
{
    setObjectName(QStringLiteral("leaveBar"));
    setFrameShape(QFrame::StyledPanel);
    m_question->setObjectName(QStringLiteral("leaveQuestion"));
    m_question->setWordWrap(true);
    OrderText::setTone(m_question, OrderText::Tone::Warning);
    m_keep->setObjectName(QStringLiteral("leaveKeepButton"));
    m_act->setObjectName(QStringLiteral("leaveActButton"));
    m_keep->setDefault(true);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_question, 1);
    layout->addWidget(m_keep);
    layout->addWidget(m_act);
    connect(m_keep, &QPushButton::clicked, this, &LeaveBar::keep);
    connect(m_act, &QPushButton::clicked, this, [this] {
        hide();
        if (const auto action = std::exchange(m_action, {}))
            action();
    });
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut),
            &QShortcut::activated, this, &LeaveBar::keep);
    hide();
}

void LeaveBar::ask(const QString& question, const QString& keepText, const QString& actText, std::function<void()> act)
{
    m_question->setText(question);
    m_keep->setText(keepText);
    m_act->setText(actText);
    m_action = std::move(act);
    if (!isVisible())
        m_returnFocus = QApplication::focusWidget();
    show();
    m_keep->setFocus(Qt::OtherFocusReason);
}

void LeaveBar::keep()
{
    m_action = {};
    const bool wasAsking = isVisible();
    hide();
    if (wasAsking && m_returnFocus && m_returnFocus->isVisible())
        m_returnFocus->setFocus(Qt::OtherFocusReason);
}

} // namespace acrp::ui
