#include "ui/RecordTable.h"

#include <QHeaderView>
#include <QTableView>

namespace acrp::ui {

void setUpRecordTable(QTableView* table, bool sortable)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSortIndicatorShown(sortable);
    if (sortable) {
        table->setAlternatingRowColors(true);
        table->setWordWrap(false);
    }
}

} // namespace acrp::ui
