#pragma once

#include "core/order/OrderSpec.h"
#include "ui/OrderDraft.h"

#include <QList>
#include <QWizardPage>

class QAbstractButton;
class QFormLayout;
class QLabel;

namespace acrp::ui {

// A wizard page that edits some fields of the shared OrderDraft. It shows the validator's message
// for each of its fields inline under the input, is complete only when its fields are valid, and on
// Next focuses the first invalid field. While it is not complete, one line under the page says what is
// missing first that no message under a field says yet, so a disabled Next is never left unexplained.
//
// When a field's message shows is decided here, for every page: once the person touched that field
// (changed it, or left it), pressed Next, or loaded an order, or when a change made elsewhere broke
// it. A change to one field that makes another one required (ticking auto-renewal, unticking the
// default bucket) touches only the first: the second says nothing in red before the person could
// fill it in; until then the line under the page says what is missing.
//
// Each label sits on the vertical centre of its input, also where the input has more below it (a
// description, a list, a message) and whatever the language's font.
class OrderPage : public QWizardPage
{
    Q_OBJECT

public:
    OrderPage(OrderDraft* draft, QWidget* parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;
    void initializePage() override;

    // The input widget holding `field` on this page, or nullptr.
    QWidget* inputFor(OrderField field) const;
    // Shows why the service refused `field` (`text`, already in words) in that field's message spot,
    // until the user edits the field or another order is loaded: the local rules passed it, so the
    // validator alone would show nothing there.
    void showServiceProblem(OrderField field, const QString& text);

protected:
    OrderDraft* draft() const { return m_draft; }
    // The page's form, at the top of the page: its rows keep their heights, the page's spare height
    // goes below them, and the missing line (refresh()) sits at the bottom, above the wizard's buttons.
    QFormLayout* addForm();
    // Adds a labelled row for `field` to `form` with an inline message label below the input. The label
    // text carries a mnemonic (&); the input becomes its buddy. The text may be left empty here and set
    // by retranslate() with setFieldLabel(), so it follows the UI language.
    void addFieldRow(QFormLayout* form, OrderField field, const QString& labelText, QWidget* input,
                     QWidget* row = nullptr);
    // Adds `check` for `field` as a row of its own (its text is its label), with the inline message
    // below it (a reason the service gave for that field).
    void addCheckRow(QFormLayout* form, OrderField field, QAbstractButton* check);
    // Sets the label of `field`'s row (with its mnemonic) and the input's accessible name.
    void setFieldLabel(OrderField field, const QString& labelText);
    // Copies the draft into the widgets and updates the messages. Pages call it at the end of their
    // constructor so they show the draft even before a wizard initializes them.
    void refresh();
    // Copies the draft's values into the widgets (called when the draft changes from outside,
    // e.g. a template, and when the page is shown). Implementations must not edit the draft.
    virtual void syncFromDraft() = 0;
    // Re-translates the page's own texts.
    virtual void retranslate() = 0;
    // The first thing keeping the page from being complete that the page does not show yet, in a
    // short sentence; empty when there is none. By default the message of the first invalid field
    // whose own message is not shown; pages with more conditions in isComplete() add theirs.
    virtual QString missingText() const;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    // An edit the user made in the input of `field`: applies it to the draft and reveals that field's
    // message (only that one), so validation is live from the first keystroke. Ignored while syncing.
    template<typename Edit> void userEdit(OrderField field, Edit&& apply)
    {
        if (m_syncing)
            return;
        const OrderSpec before = m_draft->order();
        m_editing = true;
        m_draft->edit(std::forward<Edit>(apply));
        m_editing = false;
        editedByUser(field, before);
    }
    // True while syncFromDraft() runs, so widget signals it causes are not taken as edits.
    bool isSyncing() const { return m_syncing; }
    // Shows `field`'s message now, as leaving the field does (e.g. after a key that could not act).
    void revealField(OrderField field);
    // True for a focus-out that leaves a field (Tab, a click elsewhere), not for switching windows or
    // opening a popup (a context menu to paste, a combo box's list).
    static bool isLeavingField(const QEvent* event);
    // After a page showed, hid or reworded a message of its own (not a field's): the form measures its
    // rows again (see relayoutIfNeeded()).
    void messageChanged();
    // Notices a field being left; a page filtering its own inputs' events passes them on to this.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Binding
    {
        OrderField field;
        QWidget* input;
        QLabel* label; // null for a check box, which is its own label
        QLabel* message;
        bool revealed = false; // a message shows once the user worked on the field (no red on a fresh page)
        bool wasValid = true; // at the last update, to notice a change from outside breaking the field
        QString serviceProblem; // the service's reason for refusing this field, until the user edits it
    };
    QWidget* bind(OrderField field, QLabel* label, QWidget* input, QWidget* row);
    // After userEdit() changed the draft from `before`: reveals `field`. Another field whose value the
    // edit changed (unticking auto-renewal clears the period) loses the service's reason and counts as
    // untouched again.
    void editedByUser(OrderField field, const OrderSpec& before);
    void alignLabels();
    void forgetServiceProblems();
    void reveal(OrderField field);
    void revealAll();
    void onDraftChanged();
    void updateMessages();
    void updateMissingLine();
    void relayoutIfNeeded();

    OrderDraft* m_draft;
    QLabel* m_missing; // under the page's own rows: what keeps Next disabled
    QList<Binding> m_bindings;
    bool m_syncing = false;
    bool m_editing = false; // a userEdit() of this page is being applied
    bool m_lastComplete = false;
    bool m_relayout = false; // a message appeared, went or changed: the form measures its rows again
};

} // namespace acrp::ui
