#include "ui/CopyButton.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>

namespace acrp::ui {

CopyButton::CopyButton(const QString& objectName, std::function<QString()> text, QWidget* parent)
    : QPushButton(icon(), QString(), parent)
    , m_text(std::move(text))
{
    setObjectName(objectName);
    // As wide as its text: a copy button beside a field or a box, never stretched to a column.
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(this, &QPushButton::clicked, this, [this] {
        const QString value = m_text ? m_text() : QString();
        QApplication::clipboard()->setText(value);
        emit copied(value);
    });
    retranslate();
}

void CopyButton::setDescription(const QString& description)
{
    setToolTip(description);
    setAccessibleName(description);
}

void CopyButton::setTexts(const QString& text, const QString& description)
{
    m_ownText = true;
    setText(text);
    setDescription(description);
}

void CopyButton::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QPushButton::changeEvent(event);
}

void CopyButton::retranslate()
{
    // No mnemonic: a window holds several of these, and one letter for all of them would clash.
    if (!m_ownText)
        setText(tr("Copy"));
}

QIcon CopyButton::icon()
{
    return QIcon::fromTheme(QStringLiteral("edit-copy"), QIcon(QStringLiteral(":/acrp/icons/edit-copy.svg")));
}

QLineEdit* addCopyableIdRow(QWidget* parent, QFormLayout* form, const QString& objectName, QLabel* label)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    auto* copy = new CopyButton(
        objectName + u"Copy", [edit] { return edit->text(); }, parent);
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(copy);
    label->setBuddy(edit);
    form->addRow(label, row);
    return edit;
}

} // namespace acrp::ui
