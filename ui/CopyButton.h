#pragma once

#include <QPushButton>
#include <functional>

namespace acrp::ui {

// A small button with the copy icon (the theme's, the bundled SVG otherwise) that puts a text on the
// clipboard when clicked. The text is asked for at the click, so it is always the current one.
class CopyButton : public QPushButton
{
    Q_OBJECT

public:
    CopyButton(const QString& objectName, std::function<QString()> text, QWidget* parent = nullptr);

    // What the button copies, e.g. "Copy the instance ID": its tooltip and accessible name (the
    // button shows only the icon). Callers set it again when the language changes.
    void setDescription(const QString& description);

    static QIcon icon();

signals:
    void copied(const QString& text);

private:
    std::function<QString()> m_text;
};

} // namespace acrp::ui
