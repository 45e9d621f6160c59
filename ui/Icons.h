#pragma once

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

} // namespace acrp::ui::Icons
