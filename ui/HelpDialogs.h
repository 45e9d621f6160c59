#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QListWidget;
class QTextBrowser;
class QDialogButtonBox;
class QWidget;

namespace acrp::ui {

// Help → Documentation: the README, shipped inside the program (offline), one section at a time,
// with its sections listed beside it (objectName "documentationDialog").
class DocumentationDialog : public QDialog
{
    Q_OBJECT

public:
    struct Section
    {
        QString title; // the level-2 heading's text, without code (`) and emphasis (*) marks
        QString markdown; // the heading and everything up to the next level-2 heading
    };

    explicit DocumentationDialog(QWidget* parent = nullptr);

    // `markdown` split at its level-2 headings ("## "), never inside a fenced code block. What comes
    // before the first one (the document's title) is left out. Images are replaced by their file
    // name in italics: the program does not ship the screenshots.
    static QList<Section> sections(const QString& markdown);
    // The README as shipped with the program; empty when it is missing from the build.
    static QString readme();

    QList<Section> shownSections() const { return m_sections; }
    void showSection(int index);
    int currentSection() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_note;
    QListWidget* m_contents;
    QTextBrowser* m_text;
    QDialogButtonBox* m_buttons;
    QList<Section> m_sections;
};

// Help → About: what the program is, and the versions of the program, of Qt (the one running and
// the one it was built with) and of QtKeychain.
QString aboutText();
// The QtKeychain version the program was built with (its CMake package version).
QString qtKeychainVersion();

} // namespace acrp::ui
