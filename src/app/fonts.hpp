// Finding a readable TrueType UI font through fontconfig (DejaVu Sans on Debian) and building the
// ImGui font atlas at the pixel size the monitor's content scale and the user's UI scale ask for.
#pragma once

#include <string>

#include "ui/core/theme.hpp"

struct ImFontAtlas;

namespace knotmap::app {

struct FontFiles {
  std::string regular;  // empty when nothing usable was found
  std::string bold;     // may equal `regular` when the family has no bold face
};

// Asks fontconfig for "sans-serif" (regular and bold), then tries Debian's DejaVu paths.
FontFiles FindFontFiles();

// Clears `atlas` and adds the UI fonts at `pixel_size` (screen pixels). Falls back to ImGui's
// built-in font when the files cannot be loaded. The caller re-uploads the texture.
ui::Fonts BuildFontAtlas(ImFontAtlas& atlas, const FontFiles& files, float pixel_size);

}  // namespace knotmap::app
