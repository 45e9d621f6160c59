#pragma once

class QApplication;

namespace acrp::ui {

// Shows the main window and runs the event loop; returns the exit code.
int runGui(QApplication& app);

} // namespace acrp::ui
