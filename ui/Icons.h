#pragma once

#include <QApplication>
#include <QIcon>
#include <QPixmap>

// The program's own icons. The first page's are PNG renders of the SVG (resources/icons/raster,
// made by installer/make-icons.sh), read as PNG: reading an image whose format Qt detects first
// loads every image format plugin to ask it, and an SVG loads the SVG icon engine and QtSvg; neither
// is needed for the first paint (issue 16). The window icon stays the scalable SVG and is set once
// the first page is painted.
namespace acrp::ui::Icons {

// The wizard's logo, 48 × 48 device-independent pixels at `devicePixelRatio`.
QPixmap logo(qreal devicePixelRatio);

// The sandbox endpoint's mark (16 px, and 32 px for HiDPI).
QIcon sandbox();

// The application icon (SVG) for window titles, task bars and the About box.
QIcon application();

// Makes the application's style Fusion's own with one difference: two of Qt's images, the menu
// bar's extension button (shown when the menus do not fit) and a line edit's clear button, are read
// as PNG. Fusion takes them from Qt's common style, which reads the files detecting their format and
// so loads every image plugin, while the first page is built. The same files, the same pictures.
// Any other style (a desktop's, Windows', macOS') and a right-to-left layout are left as they are.
void useFusionWithoutImagePlugins(QApplication& app);

} // namespace acrp::ui::Icons
