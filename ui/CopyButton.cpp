#include "ui/CopyButton.h"

#include <QApplication>
#include <QClipboard>
#include <QIcon>

namespace acrp::ui {

CopyButton::CopyButton(const QString& objectName, std::function<QString()> text, QWidget* parent)
    : QPushButton(icon(), QString(), parent)
    , m_text(std::move(text))
{
    setObjectName(objectName);
    connect(this, &QPushButton::clicked, this, [this] {
        const QString value = m_text ? m_text() : QString();
        QApplication::clipboard()->setText(value);
        emit copied(value);
    });
}

void CopyButton::setDescription(const QString& description)
{
    setToolTip(description);
    setAccessibleName(description);
}

QIcon CopyButton::icon()
{
    return QIcon::fromTheme(QStringLiteral("edit-copy"), QIcon(QStringLiteral(":/acrp/icons/edit-copy.svg")));
}

} // namespace acrp::ui
