#pragma once

#include <QPushButton>
#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace acrp::ui {

// A button with the copy icon (the theme's, the bundled SVG otherwise) and a short text ("Copy"
// unless setTexts says otherwise) that puts a text on the clipboard when clicked. The text is
// asked for at the click, so it is always the current one.
class CopyButton : public QPushButton
{
    Q_OBJECT

public:
    CopyButton(const QString& objectName, std::function<QString()> text, QWidget* parent = nullptr);

    // What the button copies, e.g. "Copy the instance ID": its accessible name and tooltip, the
    // button itself showing "Copy". Callers set it again when the language changes.
    void setDescription(const QString& description);
    // A visible text of its own ("Copy command", "Copy order fil&e") and the description. The
    // button no longer says "Copy" by itself: callers set both again when the language changes.
    void setTexts(const QString& text, const QString& description);

    static QIcon icon();

signals:
    void copied(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::function<QString()> m_text;
    bool m_ownText = false; // setTexts gave a text: "Copy" is no longer this button's to set
};

// A read-only ID field (objectName `objectName`) with its CopyButton (`objectName` + "Copy") on one
// row of `form`, labelled by `label` (its buddy): how the Result page and the renewal panel show
// the IDs a person copies into a ticket or the console.
QLineEdit* addCopyableIdRow(QWidget* parent, QFormLayout* form, const QString& objectName, QLabel* label);

} // namespace acrp::ui
