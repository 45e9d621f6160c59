#pragma once

#include <QString>
#include <initializer_list>

class QComboBox;
class QLabel;
class QPushButton;
class QWidget;

namespace acrp::ui {

// The widgets the panels of the Profiles dialog build alike. Every widget a test or the keyboard
// reaches is named at birth: the GUI tests find them by objectName.

template<class W> W* namedWidget(const char* objectName, QWidget* parent)
{
    auto* widget = new W(parent);
    widget->setObjectName(QLatin1String(objectName));
    return widget;
}

// A push button that never becomes the dialog's default on focus: Return in a field always saves
// the profile (the Save button is the default), whichever button was focused last.
QPushButton* panelButton(const char* objectName, QWidget* parent);
// A word-wrapping label for the panels' message, status and result texts.
QLabel* wrappingLabel(const char* objectName, QWidget* parent);
// A wrapping label whose text the user can select and copy (to quote a message or a balance).
QLabel* selectableLabel(const char* objectName, QWidget* parent);
// Lays `row` out as one line without margins: `text` taking the room, then `actions` after it.
// The message, the check result and the remove question are such rows.
void layOutTextRow(QWidget* row, QLabel* text, std::initializer_list<QWidget*> actions);
// (Re)fills `combo` with the sites in the current language, keeping the selected one (the first
// when none was selected).
void fillSiteCombo(QComboBox* combo);

} // namespace acrp::ui
