#include "ui/Gui.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

namespace acrp::ui {

int runGui(QApplication& app)
{
    // The purchase wizard replaces this window (see the wizard issue).
    QMainWindow window;
    window.setWindowTitle(QApplication::translate("acrp::ui", "ACR Purchase"));
    auto* label = new QLabel(QApplication::translate("acrp::ui", "The purchase wizard is not built yet."), &window);
    label->setObjectName(QStringLiteral("placeholderLabel"));
    label->setMargin(24);
    window.setCentralWidget(label);
    window.show();
    return app.exec();
}

} // namespace acrp::ui
