#pragma once

class QTableView;

namespace acrp::ui {

// A table of records as the History, Instances and Templates windows show them: whole rows
// selected one at a time, Tab leaving the table (arrows move inside it), no row numbers, the last
// column taking the rest of the width; with `sortable`, a header click sorts (the indicator shown).
// Editing stays off; a caller that edits in place (F2) sets its own edit triggers afterwards.
void setUpRecordTable(QTableView* table, bool sortable);

} // namespace acrp::ui
