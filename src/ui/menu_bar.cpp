// The menu bar: File, Edit, View (views, layers, theme, UI scale) and Help.
#include <imgui.h>

#include <cmath>
#include <cstdio>

#include "ui/views.hpp"

namespace knotmap::ui {
namespace {

void FitAll(AppState& s) {
  for (Camera& c : s.cameras) c.zoom = 0.0f;  // refitted on the next frame
}

void LayersMenu(AppState& s) {
  bool changed = false;
  changed |= ImGui::MenuItem("Detail lines", nullptr, &s.layers.details);
  changed |= ImGui::MenuItem("Muscle outlines", nullptr, &s.layers.muscles);
  changed |= ImGui::MenuItem("Deep muscles (dashed)", nullptr, &s.layers.deep_muscles);
  changed |= ImGui::MenuItem("Referral zones", nullptr, &s.layers.zones);
  changed |= ImGui::MenuItem("Selected trigger points", nullptr, &s.layers.trigger_points);
  changed |= ImGui::MenuItem("All trigger points", nullptr, &s.layers.all_trigger_points);
  changed |= ImGui::MenuItem("Landmarks", nullptr, &s.layers.landmarks);
  changed |= ImGui::MenuItem("Labels", nullptr, &s.layers.labels);
  if (changed) s.settings_dirty = true;
}

}  // namespace

void DrawMenuBar(AppState& s) {
  if (!ImGui::BeginMenuBar()) return;
  if (ImGui::BeginMenu("File")) {
    if (ImGui::MenuItem("Clear all marks", nullptr, false, !s.marks.empty())) s.Queue(action::ClearMarks{});
    ImGui::Separator();
    if (ImGui::MenuItem("Quit", "Ctrl+Q")) s.Queue(action::Quit{});
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Edit")) {
    if (ImGui::MenuItem("Undo", "Ctrl+Z", false, !s.undo_stack.empty())) s.Queue(action::Undo{});
    if (ImGui::MenuItem("Redo", "Ctrl+Y", false, !s.redo_stack.empty())) s.Queue(action::Redo{});
    ImGui::Separator();
    if (ImGui::MenuItem("Remove selected mark", "Delete", false, s.FindMark(s.selected_mark) != nullptr)) {
      s.Queue(action::RemoveMark{s.selected_mark});
    }
    if (ImGui::MenuItem("Find a muscle...", "Ctrl+F")) {
      s.Queue(action::CloseMusclePage{});
      s.Queue(action::ShowPanel{Panel::Muscles});
      s.muscles.focus_search = true;
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    if (ImGui::MenuItem("Front and back", "3", s.view_mode == ViewMode::Both)) s.view_mode = ViewMode::Both;
    if (ImGui::MenuItem("Front only", "1", s.view_mode == ViewMode::Front)) s.view_mode = ViewMode::Front;
    if (ImGui::MenuItem("Back only", "2", s.view_mode == ViewMode::Back)) s.view_mode = ViewMode::Back;
    if (ImGui::MenuItem("Fit to window", "F")) FitAll(s);
    ImGui::Separator();
    if (ImGui::BeginMenu("Layers")) {
      LayersMenu(s);
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Theme")) {
      if (ImGui::MenuItem("Light", nullptr, s.theme == ThemeKind::Light)) {
        s.theme = ThemeKind::Light;
        s.settings_dirty = true;
      }
      if (ImGui::MenuItem("Dark", nullptr, s.theme == ThemeKind::Dark)) {
        s.theme = ThemeKind::Dark;
        s.settings_dirty = true;
      }
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("UI scale")) {
      for (float scale : {0.75f, 0.9f, 1.0f, 1.1f, 1.25f, 1.5f, 1.75f, 2.0f}) {
        char label[16];
        std::snprintf(label, sizeof label, "%d%%", static_cast<int>(std::lround(scale * 100.0f)));
        if (ImGui::MenuItem(label, nullptr, std::fabs(s.ui_scale - scale) < 0.01f)) {
          s.ui_scale = scale;
          s.settings_dirty = true;
        }
      }
      ImGui::EndMenu();
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Help")) {
    if (ImGui::MenuItem("Welcome")) s.show_welcome = true;
    if (ImGui::MenuItem("Safety notice")) s.show_safety = true;
    if (ImGui::MenuItem("Keyboard shortcuts")) s.show_shortcuts = true;
    if (ImGui::MenuItem("About trigger points")) s.Queue(action::ShowPanel{Panel::Learn});
    ImGui::Separator();
    if (ImGui::MenuItem("About Knotmap")) s.show_about = true;
    ImGui::EndMenu();
  }
  ImGui::EndMenuBar();
}

}  // namespace knotmap::ui
