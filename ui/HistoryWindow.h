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

    // Writes the history as CSV (HistoryCsv) to `path`: every order, or only those the filters
    // list (in the table's order). False with *error on failure. The Export CSV button asks for
    // the path and calls this.
    bool exportCsv(const QString& path, bool filteredOnly, QString* error = nullptr);

    // Test hooks: the table's model, and what the Export CSV button asks for the file name (a
    // QFileDialog by default; empty: cancelled).
    HistoryModel* model() const;
    void setExportPathChooser(std::function<QString(const QString& suggestedPath)> chooser);

signals:
    // The main window answers these: the wizard resumes the row (same ClientToken) or starts a new
    // order pre-filled (a new ClientToken is made when it is submitted).
    void resumeRequested(qint64 journalId);
    void orderAgainRequested(const acrp::OrderSpec& order);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Private;
    Private* d;
};

} // namespace acrp::ui
