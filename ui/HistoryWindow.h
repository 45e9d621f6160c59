#pragma once

#include "core/order/OrderSpec.h"
#include "ui/AppContext.h"

#include <QWidget>
#include <functional>

namespace acrp::ui {

class HistoryModel;

// The order history: every journal row in a lazily fetched, sortable table with state/site
// filters and free-text search, a details pane, and the actions Refresh status, Resume, Order
// again, Save as template, Copy IDs and Export CSV. A top-level window (objectName "historyWindow").
class HistoryWindow : public QWidget
{
    Q_OBJECT

public:
    // The search is applied this long after the last keystroke (Enter applies it at once).
    static constexpr int kSearchDelayMs = 250;

    explicit HistoryWindow(const AppContext& context, QWidget* parent = nullptr);
    ~HistoryWindow() override;

    // Re-reads the journal (keeps filters, sort and, when still listed, the selection).
    void reload();
    // Selects the row of journal id `journalId` when listed.
    void selectOrder(qint64 journalId);

    // Exports the history as CSV (HistoryCsv) to `path` on a worker thread with its own connection
    // to the journal: every order, or only those the filters list (in the table's order). The
    // window stays usable meanwhile; a row under the buttons shows the rows written of all, with
    // Cancel export (also Esc). The outcome is said inline and exportFinished() is emitted. The
    // Export CSV button asks for the path and calls this. Ignored while an export runs.
    void exportCsv(const QString& path, bool filteredOnly);
    bool isExporting() const;
    // Stops the running export soon; the file is not written (a file already at the path stays).
    void cancelExport();

    // Test hooks: the table's model, and what the Export CSV button asks for the file name (a
    // QFileDialog by default; empty: cancelled).
    HistoryModel* model() const;
    void setExportPathChooser(std::function<QString(const QString& suggestedPath)> chooser);
    // The export's rows per page, and a call on the worker thread after the count and after each
    // page, after it reported the progress and before it looks whether it was cancelled
    // (QThread::isInterruptionRequested()): a test can hold the export between two pages.
    void setExportPaging(int pageSize, std::function<void(int written, int total)> afterPage = {});

signals:
    // The main window answers these: the wizard resumes the row (same ClientToken) or starts a new
    // order pre-filled (a new ClientToken is made when it is submitted).
    void resumeRequested(qint64 journalId);
    void orderAgainRequested(const acrp::OrderSpec& order);
    // The Instances button: what the account owns (the main window opens the Instances window).
    void instancesRequested();
    // An export ended: `written` when the file was written, false when it was cancelled or failed
    // (the message row says which).
    void exportFinished(bool written);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Private;
    Private* d;
};

} // namespace acrp::ui
