#pragma once

class QApplication;

namespace ta {

/// The product's look: a readable font size for tablets and the style sheet from resources/style.
class Theme
{
public:
    static void apply(QApplication &app);
};

} // namespace ta
