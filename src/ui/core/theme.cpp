// The two themes. The atlas palette keeps zones red in both, and distinguishes essential from
// spillover zones by fill pattern and line style as well (colour-blind safe), never by hue alone.
#include "ui/core/theme.hpp"

namespace knotmap::ui {
namespace {

constexpr ImU32 Rgba(int r, int g, int b, int a = 255) {
  return IM_COL32(r, g, b, a);
}

const Palette kLight{
    .canvas_bg = Rgba(246, 244, 240),
    .skin = Rgba(243, 221, 203),
    .body_outline = Rgba(112, 84, 70),
    .detail = Rgba(178, 143, 124),
    .bone_fill = Rgba(255, 251, 242, 55),
    .bone_line = Rgba(190, 150, 128, 70),
    .muscle = Rgba(150, 100, 90, 120),
    .muscle_fill = Rgba(236, 196, 182),
    .muscle_fibre = Rgba(190, 128, 112, 75),
    .muscle_fibre_strong = Rgba(160, 90, 76, 170),
    .muscle_deep = Rgba(120, 110, 150, 120),
    .muscle_deep_fill = Rgba(236, 214, 206),
    .muscle_deep_fibre = Rgba(170, 130, 130, 70),
    .muscle_hover = Rgba(38, 110, 190),
    .muscle_hover_fill = Rgba(38, 110, 190, 40),
    .zone_essential_fill = Rgba(206, 40, 40, 225),
    .zone_essential_line = Rgba(150, 20, 20),
    .zone_spill_hatch = Rgba(206, 40, 40, 200),
    .zone_spill_fill = Rgba(226, 80, 80, 45),
    .zone_spill_line = Rgba(170, 30, 30),
    .trigger_point = Rgba(20, 20, 24),
    .trigger_point_halo = Rgba(255, 255, 255, 220),
    .mark_fill = Rgba(240, 140, 20, 110),
    .mark_line = Rgba(180, 90, 0),
    .mark_selected = Rgba(40, 34, 60),
    .label = Rgba(70, 60, 56),
    .label_faint = Rgba(140, 128, 120),
    .landmark = Rgba(60, 120, 90),
    .learn_paint = Rgba(150, 50, 160),
    .mastery = Rgba(40, 150, 90),
    .mastery_line = Rgba(30, 110, 70, 200),
    .accent = ImVec4(0.15f, 0.43f, 0.75f, 1.0f),
    .danger = ImVec4(0.75f, 0.10f, 0.10f, 1.0f),
    .warning = ImVec4(0.66f, 0.40f, 0.00f, 1.0f),
    .text_faint = ImVec4(0.40f, 0.40f, 0.42f, 1.0f),
    .score_bar = ImVec4(0.80f, 0.25f, 0.20f, 1.0f),
};

const Palette kDark{
    .canvas_bg = Rgba(30, 32, 36),
    .skin = Rgba(92, 78, 70),
    .body_outline = Rgba(226, 204, 188),
    .detail = Rgba(170, 146, 132),
    .bone_fill = Rgba(236, 226, 206, 26),
    .bone_line = Rgba(214, 198, 180, 64),
    .muscle = Rgba(200, 160, 150, 110),
    .muscle_fill = Rgba(116, 84, 78),
    .muscle_fibre = Rgba(160, 112, 102, 70),
    .muscle_fibre_strong = Rgba(210, 160, 150, 170),
    .muscle_deep = Rgba(170, 160, 210, 130),
    .muscle_deep_fill = Rgba(102, 84, 78),
    .muscle_deep_fibre = Rgba(140, 110, 104, 90),
    .muscle_hover = Rgba(110, 180, 255),
    .muscle_hover_fill = Rgba(110, 180, 255, 45),
    .zone_essential_fill = Rgba(232, 62, 62, 200),
    .zone_essential_line = Rgba(255, 130, 130),
    .zone_spill_hatch = Rgba(240, 90, 90, 220),
    .zone_spill_fill = Rgba(232, 62, 62, 50),
    .zone_spill_line = Rgba(255, 120, 120),
    .trigger_point = Rgba(250, 250, 250),
    .trigger_point_halo = Rgba(10, 10, 12, 220),
    .mark_fill = Rgba(255, 166, 40, 120),
    .mark_line = Rgba(255, 190, 90),
    .mark_selected = Rgba(250, 246, 255),
    .label = Rgba(220, 214, 206),
    .label_faint = Rgba(150, 144, 138),
    .landmark = Rgba(120, 210, 160),
    .learn_paint = Rgba(225, 120, 255),
    .mastery = Rgba(70, 230, 130),
    .mastery_line = Rgba(130, 250, 170, 220),
    .accent = ImVec4(0.43f, 0.70f, 1.00f, 1.0f),
    .danger = ImVec4(1.00f, 0.42f, 0.40f, 1.0f),
    .warning = ImVec4(1.00f, 0.75f, 0.30f, 1.0f),
    .text_faint = ImVec4(0.62f, 0.62f, 0.66f, 1.0f),
    .score_bar = ImVec4(0.90f, 0.35f, 0.30f, 1.0f),
};

void CommonStyle(ImGuiStyle& s) {
  s.WindowRounding = 4.0f;
  s.ChildRounding = 4.0f;
  s.FrameRounding = 4.0f;
  s.PopupRounding = 4.0f;
  s.GrabRounding = 4.0f;
  s.TabRounding = 4.0f;
  s.ScrollbarRounding = 6.0f;
  s.WindowBorderSize = 1.0f;
  s.FrameBorderSize = 0.0f;
  s.WindowPadding = ImVec2(10.0f, 10.0f);
  s.FramePadding = ImVec2(8.0f, 4.0f);
  s.ItemSpacing = ImVec2(8.0f, 6.0f);
  s.ItemInnerSpacing = ImVec2(6.0f, 4.0f);
  s.IndentSpacing = 18.0f;
  s.ScrollbarSize = 13.0f;
  s.GrabMinSize = 10.0f;
  s.AntiAliasedLines = true;
  s.AntiAliasedFill = true;
}

}  // namespace

const Palette& PaletteFor(ThemeKind theme) {
  return theme == ThemeKind::Dark ? kDark : kLight;
}

void ApplyStyle(ThemeKind theme, float scale) {
  ImGuiStyle style;
  if (theme == ThemeKind::Dark) {
    ImGui::StyleColorsDark(&style);
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.13f, 0.14f, 0.15f, 1.0f);
    style.Colors[ImGuiCol_ChildBg] = ImVec4(0.11f, 0.12f, 0.13f, 1.0f);
    style.Colors[ImGuiCol_MenuBarBg] = ImVec4(0.17f, 0.18f, 0.20f, 1.0f);
  } else {
    ImGui::StyleColorsLight(&style);
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);
    style.Colors[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    style.Colors[ImGuiCol_MenuBarBg] = ImVec4(0.92f, 0.92f, 0.91f, 1.0f);
    style.Colors[ImGuiCol_Border] = ImVec4(0.0f, 0.0f, 0.0f, 0.14f);
    style.Colors[ImGuiCol_FrameBg] = ImVec4(0.90f, 0.90f, 0.89f, 1.0f);
    style.Colors[ImGuiCol_Header] = ImVec4(0.26f, 0.52f, 0.85f, 0.22f);
    style.Colors[ImGuiCol_HeaderHovered] = ImVec4(0.26f, 0.52f, 0.85f, 0.32f);
    style.Colors[ImGuiCol_HeaderActive] = ImVec4(0.26f, 0.52f, 0.85f, 0.45f);
  }
  // The keyboard focus ring in the theme's accent, opaque, so it stands out on either theme.
  style.Colors[ImGuiCol_NavHighlight] = PaletteFor(theme).accent;
  CommonStyle(style);
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

}  // namespace knotmap::ui
