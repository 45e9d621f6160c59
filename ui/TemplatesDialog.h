#pragma once

#include "core/order/OrderSpec.h"
#include "ui/AppContext.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QLabel;
class QMimeData;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace acrp {
struct TemplateImportResult;
}

namespace acrp::ui {

// The order templates: a table (name, site, edition, region, period, updated) and the actions New
// order from template (also Enter and double-click), Rename (F2, inline in the name cell),
// Duplicate, Delete (confirmed inline), Import… and Export…. Order files dropped on the window are
// imported. Every outcome is an inline message; no pop-up but the file choosers. Non-modal
// (objectName "templatesDialog").
class TemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, SiteColumn, EditionColumn, RegionColumn, PeriodColumn, UpdatedColumn, ColumnCount };

    explicit TemplatesDialog(const AppContext& context, QWidget* parent = nullptr);

    // Re-reads the templates, keeping the selection when it is still there.
    void reload();
    void selectTemplate(qint64 id);
    // The selected template's id, 0 when none.
    qint64 selectedId() const;

    // The actions the buttons call (tests drive them here, without the native file dialogs).
    void newOrderFromSelected();
    void renameSelected();
    void duplicateSelected();
    // Asks for the confirmation inline; confirmDelete() deletes.
    void deleteSelected();
    void confirmDelete();
    QList<TemplateImportResult> importFiles(const QStringList& paths);
    bool exportSelected(const QString& path);

    // The message line of the window (import results, refused names, …).
    QString messageText() const;

    // The local files of a drag (order files to import), empty when it carries none.
    static QStringList localFiles(const QMimeData* mime);
    // Shows an import's outcome in `label`, one line per file: "FILE: imported as template “NAME”."
    // or why it was rejected (in the error colour). Returns the lines as plain text.
    static QString showImportResults(QLabel* label, const QList<TemplateImportResult>& results);

signals:
    // "New order from template": the main window starts the wizard with this order.
    void orderRequested(const acrp::OrderSpec& order);
    // Templates were added, renamed or removed here (the main window refreshes what shows them).
    void templatesChanged();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void retranslate();
    void updateActions();
    void showMessage(const QString& text, bool problem);
    void hideConfirmation();
    void onItemChanged(QTableWidgetItem* item);

    AppContext m_context;
    QLabel* m_intro;
    QTableWidget* m_table;
    QLabel* m_message;
    QWidget* m_confirmBar;
    QLabel* m_confirmText;
    QPushButton* m_confirmDelete;
    QPushButton* m_cancelDelete;
    QPushButton* m_newOrder;
    QPushButton* m_rename;
    QPushButton* m_duplicate;
    QPushButton* m_delete;
    QPushButton* m_import;
    QPushButton* m_export;
    QPushButton* m_exportCode; // "Export as code…": the template as Terraform or ROS
    QPushButton* m_close;
    qint64 m_pendingDelete = 0;
    QString m_messageText;
    bool m_filling = false;
};

} // namespace acrp::ui
