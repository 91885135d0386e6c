// Font discovery (fontconfig, then fixed Debian paths) and atlas building with the glyph ranges the
// content uses (Latin-1, typographic dashes and quotes, arrows, the multiplication sign).
#include "app/fonts.hpp"

#include <fontconfig/fontconfig.h>
#include <imgui.h>

#include <filesystem>
#include <string_view>

namespace knotmap::app {
namespace {

bool UsableFontFile(const std::string& path) {
  if (path.empty()) return false;
  const std::string ext = std::filesystem::path(path).extension().string();
  if (ext != ".ttf" && ext != ".otf" && ext != ".TTF" && ext != ".OTF") return false;
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec);
}

std::string MatchFont(FcConfig* config, const char* pattern_text) {
  std::string result;
  FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(pattern_text));
  if (pattern == nullptr) return result;
  FcConfigSubstitute(config, pattern, FcMatchPattern);
  FcDefaultSubstitute(pattern);
  FcResult match_result = FcResultNoMatch;
  FcPattern* font = FcFontMatch(config, pattern, &match_result);
  if (font != nullptr) {
    FcChar8* file = nullptr;
    if (FcPatternGetString(font, FC_FILE, 0, &file) == FcResultMatch && file != nullptr) {
      result = reinterpret_cast<const char*>(file);
    }
    FcPatternDestroy(font);
  }
  FcPatternDestroy(pattern);
  return UsableFontFile(result) ? result : std::string();
}

// Glyphs the content and the UI use. Must outlive the atlas build (ImGui keeps the pointer).
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF,  // Basic Latin + Latin-1 (°, ×, é...)
    0x0100, 0x017F,  // Latin Extended-A
    0x2010, 0x2027,  // dashes, quotes, bullet, ellipsis
    0x2190, 0x2193,  // arrows
    0x2212, 0x2212,  // minus sign
    0,
};

}  // namespace

FontFiles FindFontFiles() {
  FontFiles files;
  if (FcConfig* config = FcInitLoadConfigAndFonts(); config != nullptr) {
    files.regular = MatchFont(config, "sans-serif:style=Book");
    if (files.regular.empty()) files.regular = MatchFont(config, "sans-serif");
    files.bold = MatchFont(config, "sans-serif:weight=bold");
    FcConfigDestroy(config);
  }
  constexpr std::string_view kDejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  constexpr std::string_view kDejaVuBold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
  if (files.regular.empty() && UsableFontFile(std::string(kDejaVu))) files.regular = kDejaVu;
  if (files.bold.empty() && UsableFontFile(std::string(kDejaVuBold))) files.bold = kDejaVuBold;
  if (files.bold.empty()) files.bold = files.regular;
  return files;
}

ui::Fonts BuildFontAtlas(ImFontAtlas& atlas, const FontFiles& files, float pixel_size) {
  atlas.Clear();
  ui::Fonts fonts;
  ImFontConfig config;
  config.OversampleH = 2;
  config.OversampleV = 1;
  auto add = [&](const std::string& file, float size) -> ImFont* {
    if (file.empty()) return nullptr;
    return atlas.AddFontFromFileTTF(file.c_str(), size, &config, kGlyphRanges);
  };
  fonts.regular = add(files.regular, pixel_size);
  if (fonts.regular == nullptr) {
    ImFontConfig fallback;
    fallback.SizePixels = pixel_size < 13.0f ? 13.0f : pixel_size;
    fonts.regular = atlas.AddFontDefault(&fallback);
    fonts.bold = fonts.regular;
    fonts.title = fonts.regular;
    fonts.small = fonts.regular;
    return fonts;
  }
  fonts.bold = add(files.bold, pixel_size);
  fonts.title = add(files.bold, pixel_size * 1.3f);
  fonts.small = add(files.regular, pixel_size * 0.86f);
  if (fonts.bold == nullptr) fonts.bold = fonts.regular;
  if (fonts.title == nullptr) fonts.title = fonts.bold;
  if (fonts.small == nullptr) fonts.small = fonts.regular;
  atlas.Build();
  return fonts;
}

}  // namespace knotmap::app
