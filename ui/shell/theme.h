#pragma once

class QApplication;

namespace ta {

/// The product's look and feel: a readable font size for tablets, the style sheet from resources/style,
/// finger scrolling on every scrollable view and the application's icon.
class Theme
{
public:
    static void apply(QApplication &app);
};

} // namespace ta
