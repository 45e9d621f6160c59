#pragma once

#include "core/order/OrderSpec.h"
#include "ui/AppContext.h"

#include <QWidget>

namespace acrp::ui {

// The order history: every journal row in a lazily fetched, sortable table with state/site
// filters and free-text search, a details pane, and the actions Refresh status, Resume, Order
// again, Save as template, Copy IDs and Export CSV. A top-level window (objectName "historyWindow").
class HistoryWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryWindow(const AppContext& context, QWidget* parent = nullptr);
    ~HistoryWindow() override;

    // Re-reads the journal (keeps filters, sort and, when still listed, the selection).
    void reload();
    // Selects the row of journal id `journalId` when listed.
    void selectOrder(qint64 journalId);

signals:
    // The main window answers these: the wizard resumes the row (same ClientToken) or starts a new
    // order pre-filled (a new ClientToken is made when it is submitted).
    void resumeRequested(qint64 journalId);
    void orderAgainRequested(const acrp::OrderSpec& order);

private:
    struct Private;
    Private* d;
};

} // namespace acrp::ui
