#pragma once

#include "core/order/OrderSpec.h"
#include "ui/AppContext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace acrp {
class TemplateStore;
}

namespace acrp::ui {

// "Save as template" inline: a name field (buddy label with a mnemonic), a Save button and an
// inline message (saved / name empty, too long or taken / journal unavailable). No pop-up. Used by
// the Review page and the history window. objectNames: templateNameEdit, saveTemplateButton,
// saveTemplateMessage.
class SaveTemplateRow : public QWidget
{
    Q_OBJECT

public:
    explicit SaveTemplateRow(const AppContext& context, QWidget* parent = nullptr);

    // The order to save and the name offered (the instance name when empty).
    void setOrder(const OrderSpec& order, const QString& suggestedName = {});
    // The template store once the journal is open (the program's start-up opens it later).
    void setTemplates(TemplateStore* templates);
    // Saves under the name in the field; false (with the message shown) when refused.
    bool save();
    // Focuses the name field with its text selected (the menu's "Save order as template…").
    void focusName();

    // Shows `text` in an inline message label (hidden when empty); a problem in the error colour of
    // the palette. Shared by the templates widgets.
    static void showMessage(QLabel* label, const QString& text, bool problem);
    // The colour of problem messages, readable on light and dark palettes.

    // "Templates are unavailable: …" (the journal could not be opened).
    static QString unavailableText();

signals:
    void saved(qint64 templateId, const QString& name);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    // Shows nameProblem() of the field's text, or no message when the name is fine.
    void showNameProblem();

    AppContext m_context;
    OrderSpec m_order;
    QLabel* m_label;
    QLineEdit* m_name;
    QPushButton* m_save;
    QLabel* m_message;
    // The message is the name's problem: worded again on a language change, since the field still
    // holds the same name.
    bool m_showsNameProblem = false;
};

} // namespace acrp::ui
