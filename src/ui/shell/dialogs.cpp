// Popups: the first-run welcome, the safety notice, keyboard shortcuts and about. The welcome is
// shown once (remembered in the settings) and can be reopened from Help.
#include <imgui.h>

#include <span>

#include "ui/core/keys.hpp"
#include "ui/shell/shell.hpp"

namespace knotmap::ui {
namespace {

// Opens popup `id` when `*flag` was raised; draws it; lowers the flag when it closes.
bool BeginDialog(AppState& s, const char* id, bool* flag, float width_em) {
  if (*flag && !ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  const float w = std::min(ImGui::GetFontSize() * width_em, vp->WorkSize.x * 0.9f);
  ImGui::SetNextWindowSize(ImVec2(w, 0.0f), ImGuiCond_Always);
  // Never taller than the window: a long dialog scrolls instead of running off the screen.
  ImGui::SetNextWindowSizeConstraints(ImVec2(w, 0.0f), ImVec2(w, vp->WorkSize.y * 0.9f));
  if (!ImGui::BeginPopupModal(id, flag, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
    *flag = false;
    return false;
  }
  (void)s;
  ImGui::PushTextWrapPos(0.0f);  // every line of a dialog wraps at its edge
  return true;
}

void EndDialog(bool* flag) {
  ImGui::PopTextWrapPos();
  const bool escape = ImGui::IsKeyPressed(keys::kEscape, false);
  ImGui::Spacing();
  if (ImGui::Button("Close", ImVec2(ImGui::GetFontSize() * 6.0f, 0.0f)) || escape) {
    *flag = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::SetItemDefaultFocus();
  ImGui::EndPopup();
}

void Wrapped(const char* text) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
}

void Title(const AppState& s, const char* text) {
  if (s.render.fonts.title != nullptr) ImGui::PushFont(s.render.fonts.title);
  ImGui::TextUnformatted(text);
  if (s.render.fonts.title != nullptr) ImGui::PopFont();
  ImGui::Spacing();
}

constexpr const char* kSafety =
    "Knotmap informs, it does not diagnose. It shows where muscle knots commonly send pain, "
    "based on published trigger point research, so you can learn and try gentle self-care. "
    "Pain can also come from joints, nerves, organs or the heart. If the Guidance tab shows a "
    "warning sign that fits you, or pain is severe, new, getting worse, or comes with fever, "
    "numbness or weakness, stop and see a doctor.";

}  // namespace

namespace {

constexpr Shortcut kShortcuts[] = {
      {"Tab / Shift+Tab", "next / previous area: toolbar, front map, back map, side panel"},
      {"Arrows, Space", "move between and press buttons, tabs and list items"},
      {"Arrows (on the map)", "move the crosshair; Shift: faster"},
      {"Enter (on the map)", "drop a pain spot at the crosshair (on a mark: select it)"},
      {"L", "mark at a landmark, picked by name"},
      {"M", "menu of the selected mark: intensity, mirror, delete"},
      {"Delete", "remove the selected mark"},
      {"Ctrl+Z / Ctrl+Y", "undo / redo"},
      {"B", "switch between spot and brush"},
      {"1 / 2 / 3", "front / back / both views"},
      {"+ / -, F", "zoom in / out, fit the body to the window"},
      {"Ctrl+F", "find a muscle (name, region or symptom), Enter opens it"},
      {"Alt+Left / Alt+Right", "back / forward through muscle pages (also the mouse's side buttons)"},
      {"Esc", "close popups, clear the selection"},
      {"F1", "this list"},
      {"Ctrl+Q", "quit"},
      {"Click, drag", "drop a spot, move a mark (Brush: paint an area)"},
      {"Right-click a mark", "its intensity, mirror, delete"},
      {"Wheel; right, middle or Space+drag", "zoom; pan"},
};

}  // namespace

std::span<const Shortcut> KeyboardShortcuts() { return kShortcuts; }

void DrawDialogs(AppState& s) {
  DrawLandmarkPicker(s);
  if (BeginDialog(s, "Welcome to Knotmap", &s.ui.show_welcome, 30.0f)) {
    Title(s, "Welcome to Knotmap");
    Wrapped("Click where it hurts: Knotmap shows the muscle knots that refer pain there and the "
            "muscles that keep them loaded. Then follow its plan to release, press and strengthen "
            "them, or browse any muscle to learn its pattern.");
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, PaletteFor(s.settings.theme).warning);
    Wrapped(kSafety);
    ImGui::PopStyleColor();
    const bool was_open = s.ui.show_welcome;
    EndDialog(&s.ui.show_welcome);
    if (was_open && !s.ui.show_welcome) {
      Settings next = s.settings;
      next.welcome_seen = true;
      s.Queue(action::ChangeSettings{next});
      s.Log("event=welcome_closed");
    }
  }
  if (BeginDialog(s, "Safety notice", &s.ui.show_safety, 28.0f)) {
    Title(s, "Safety notice");
    Wrapped(kSafety);
    EndDialog(&s.ui.show_safety);
  }
  if (BeginDialog(s, "Keyboard shortcuts", &s.ui.show_shortcuts, 34.0f)) {
    Title(s, "Keyboard shortcuts");
    const ImGuiTableFlags table_flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("##keys", 2, table_flags)) {
      ImGui::TableSetupColumn("key", ImGuiTableColumnFlags_WidthStretch, 0.38f);
      ImGui::TableSetupColumn("does", ImGuiTableColumnFlags_WidthStretch, 0.62f);
      for (const Shortcut& r : KeyboardShortcuts()) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(r.keys);
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s", r.does);
        ImGui::PopTextWrapPos();
      }
      ImGui::EndTable();
    }
    EndDialog(&s.ui.show_shortcuts);
  }
  if (BeginDialog(s, "About Knotmap", &s.ui.show_about, 24.0f)) {
    Title(s, "Knotmap " KNOTMAP_VERSION);
    Wrapped("A body map of muscle knots (myofascial trigger points): where they refer pain, what "
            "keeps them loaded, and how to care for them.");
    if (s.session.model) {
      ImGui::TextDisabled("%zu muscles, %zu trigger points, %zu habits", s.session.model->muscles.size(),
                          s.session.model->TriggerPointCount(), s.session.model->habits.size());
    }
    ImGui::TextDisabled("Content: %s", s.content_dir.c_str());
    EndDialog(&s.ui.show_about);
  }
}

void DrawLoadErrors(AppState& s) {
  const float px = s.Scale();
  ImGui::SetCursorPos(ImVec2(16.0f * px, 16.0f * px));
  ImGui::BeginGroup();
  Title(s, "The body model could not be loaded");
  ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x - 16.0f * px);
  ImGui::TextUnformatted("Knotmap refuses incomplete health content rather than show part of it. "
                         "Fix these problems in the content files and start Knotmap again:");
  ImGui::TextDisabled("Content folder: %s", s.content_dir.c_str());
  ImGui::Spacing();
  for (const io::Diagnostic& d : s.diagnostics) {
    ImGui::PushStyleColor(ImGuiCol_Text, d.warning ? PaletteFor(s.settings.theme).warning : PaletteFor(s.settings.theme).danger);
    ImGui::TextUnformatted(io::Format(d).c_str());
    ImGui::PopStyleColor();
  }
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

}  // namespace knotmap::ui
