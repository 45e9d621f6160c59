#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace acrp {
struct Profile;
} // namespace acrp

namespace acrp::ui {

// The left column of the Profiles dialog: the saved profiles (profileList) and the buttons that act
// on them (add, remove, import). It only reports what the user picked; the dialog decides what
// follows.
class ProfileListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileListPanel(QWidget* parent = nullptr);

    // Rebuilds the list and selects `select`. With `load`, reports the selection (the first
    // profile when `select` is not listed) through profileSelected(); without, only the list
    // changes and whatever the editor holds stays.
    void fill(const QList<Profile>& profiles, const QString& select, bool load);
    void selectProfile(const QString& name);
    // No profile selected: a new one is being added.
    void clearSelection();
    void updateButtons(bool busy, bool canRemove);
    void focusList();
    void focusRemoveButton();

    // Sets the texts in the current language; the dialog calls it when the language changes.
    void retranslate();

    // The panel's focusable widgets in keyboard order, for the dialog's tab chain.
    QList<QWidget*> focusOrder() const;

Q_SIGNALS:
    void profileSelected(const QString& name);
    void addRequested();
    void removeRequested();
    void importAliyunRequested();
    void importEnvironmentRequested();

private:
    void onCurrentRowChanged();

    bool m_filling = false;
    QLabel* m_listLabel;
    QListWidget* m_list;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QPushButton* m_importAliyunButton;
    QPushButton* m_importEnvButton;
};

} // namespace acrp::ui
