// The whole window at awkward sizes, in both themes, with every panel and dialog open: nothing
// asserts, views stay inside the window, and the canvas keeps a usable transform.
#include <catch2/catch.hpp>

#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "app/wiring.hpp"
#include "cut_text.hpp"
#include "harness.hpp"
#include "session/step_timer.hpp"

using knotmap::test::Harness;
namespace ui = knotmap::ui;
namespace model = knotmap::model;

TEST_CASE("every panel draws at tiny, narrow and huge sizes", "[ui][layout]") {
  const ImVec2 sizes[] = {{120, 90}, {320, 240}, {480, 900}, {1600, 1000}, {5120, 2880}};
  for (const ImVec2 size : sizes) {
    for (const auto theme : {ui::ThemeKind::Light, ui::ThemeKind::Dark}) {
      INFO(size.x << "x" << size.y);
      Harness h(size);
      h.state.settings.theme = theme;
      ui::ApplyStyle(theme, 1.0f);
      h.state.settings.layers.all_trigger_points = true;
      h.state.settings.layers.landmarks = true;
      h.state.Queue(ui::action::AddMark{knotmap::test::Spot("back:545,470")});
      h.state.Queue(ui::action::SetHabit{h.state.session.model->habits.front().id, true});
      h.Frames(2);
      for (ui::Panel p : {ui::Panel::Findings, ui::Panel::Guidance, ui::Panel::Habits, ui::Panel::Muscles,
                          ui::Panel::Learn}) {
        h.state.Queue(ui::action::ShowPanel{p});
        h.Frames(3);
        CHECK(h.state.ui.panel == p);
      }
      h.state.Queue(ui::action::OpenMuscle{0});
      h.Frames(2);
      h.state.ui.show_welcome = h.state.ui.show_about = h.state.ui.show_shortcuts = h.state.ui.show_safety = true;
      h.Frames(3);
      bool any_visible = false;
      for (const auto& p : h.state.ui.placement) {
        if (!p.visible) continue;
        any_visible = true;
        CHECK(std::isfinite(p.transform.scale));
        CHECK(p.transform.scale > 0.0f);
        CHECK(p.min.x >= -0.5f);
        CHECK(p.min.x + p.size.x <= size.x + 0.5f);
        CHECK(p.min.y + p.size.y <= size.y + 0.5f);
      }
      if (size.x >= 320.0f) CHECK(any_visible);
    }
  }
}

TEST_CASE("a model that failed to load shows its errors instead of the map", "[ui][layout]") {
  Harness h(ImVec2(1000, 700), false);
  h.state.diagnostics.push_back({"muscles/x.toml", 3, 7, "expected a number", false});
  h.Frames(3);
  CHECK_FALSE(h.state.ui.placement[0].visible);
  CHECK_FALSE(h.state.ui.placement[1].visible);
  // What the user reads: the file, line and column, and what was expected.
  const std::string text = h.FrameText();
  CHECK(text.find("muscles/x.toml:3:7") != std::string::npos);
  CHECK(text.find("expected a number") != std::string::npos);
}

TEST_CASE("habits feed the findings", "[ui][layout]") {
  Harness h(ImVec2(1200, 800));
  h.state.Queue(ui::action::AddMark{knotmap::test::Spot("back:545,470")});
  h.Frame();
  const int v = h.state.session.findings_version;
  h.state.Queue(ui::action::SetHabit{h.state.session.model->habits.front().id, true});
  h.Frame();
  CHECK(h.state.session.findings_version == v + 1);
  // No change, no recompute.
  h.Frames(5);
  CHECK(h.state.session.findings_version == v + 1);
}

namespace {

const ImGuiWindow* WindowNamed(std::string_view part) {
  for (const ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
    if (w->Active && std::string_view(w->Name).find(part) != std::string_view::npos) return w;
  }
  return nullptr;
}

bool Inside(ImVec2 min, ImVec2 max, ImVec2 size) {
  return min.x >= -0.5f && min.y >= -0.5f && max.x <= size.x + 0.5f && max.y <= size.y + 0.5f;
}

bool Overlap(ImVec2 a0, ImVec2 a1, ImVec2 b0, ImVec2 b1) {
  return a0.x < b1.x - 0.5f && b0.x < a1.x - 0.5f && a0.y < b1.y - 0.5f && b0.y < a1.y - 0.5f;
}

// The text of the side panel's body, scrolled from top to bottom (only visible text is drawn).
std::string PanelTextScrolled(Harness& h) {
  auto* panel = const_cast<ImGuiWindow*>(WindowNamed("##panel_body"));
  if (panel == nullptr) return {};
  std::string all;
  for (int i = 0; i < 60; ++i) {
    const float y = static_cast<float>(i) * panel->Size.y * 0.5f;
    ImGui::SetScrollY(panel, y);
    h.Frame();
    all += h.FrameText();
    if (y >= panel->ScrollMax.y) break;
  }
  ImGui::SetScrollY(panel, 0.0f);
  h.Frame();
  return all;
}

// Text that runs past a window's right edge (what a user sees as clipped words).
bool RunsPastRightEdge(const ImGuiWindow* w) {
  return w->ContentSize.x > w->Size.x - w->WindowPadding.x + 1.0f;
}

// The UI at `scale`, a mark on the upper back and one on the front of the thigh, and the upper
// back's urgent red flags answered "None of these apply" so the candidates show.
void AtScaleWithTwoMarks(Harness& h, float scale) {
  h.state.settings.ui_scale = scale;
  ImGui::GetIO().FontGlobalScale = scale;  // the app rebuilds its fonts at this size
  ui::ApplyStyle(h.state.settings.theme, scale);
  h.state.Queue(ui::action::AddMark{knotmap::test::Spot("back:545,470")});
  h.state.Queue(ui::action::AddMark{knotmap::test::Spot("front:560,700")});
  h.Frames(2);
  h.state.Queue(ui::action::ClearUrgentFlags{});
  h.Frames(3);
}

}  // namespace

TEST_CASE("from 800x600 and at UI scales 100 to 200 % everything stays visible and in reach", "[ui][layout]") {
  const ImVec2 sizes[] = {{800, 600}, {1024, 768}, {1440, 900}};
  for (const ImVec2 size : sizes) {
    for (const float scale : {1.0f, 1.25f, 1.5f, 1.75f, 2.0f}) {
      INFO(size.x << "x" << size.y << " at " << scale * 100.0f << " %");
      Harness h(size);
      AtScaleWithTwoMarks(h, scale);

      // "Both" keeps both views, side by side or stacked, apart and inside the window.
      REQUIRE(h.ViewVisible(model::View::Front));
      REQUIRE(h.ViewVisible(model::View::Back));
      const auto& f = h.state.ui.placement[0];
      const auto& b = h.state.ui.placement[1];
      const ImVec2 f1(f.min.x + f.size.x, f.min.y + f.size.y), b1(b.min.x + b.size.x, b.min.y + b.size.y);
      CHECK(Inside(f.min, f1, size));
      CHECK(Inside(b.min, b1, size));
      CHECK_FALSE(Overlap(f.min, f1, b.min, b1));
      CHECK(std::min(f.size.y, b.size.y) >= 100.0f);
      // Both marks are on the map: each lies inside its view.
      for (const auto& mark : h.state.session.marks) {
        const auto& p = h.state.ui.placement[static_cast<int>(mark.mark.view)];
        const ImVec2 at = p.transform.ToScreen(mark.mark.points.front());
        CHECK(at.x >= p.min.x);
        CHECK(at.x <= p.min.x + p.size.x);
        CHECK(at.y >= p.min.y);
        CHECK(at.y <= p.min.y + p.size.y);
      }
      // The legend has its own strip, over neither view.
      const ImVec2 l0 = h.state.ui.legend_min, l1 = h.state.ui.legend_max;
      if (l1.y > l0.y) {
        CHECK_FALSE(Overlap(l0, l1, f.min, f1));
        CHECK_FALSE(Overlap(l0, l1, b.min, b1));
      }
      // Every tab, the last (Learn) included, is on screen and wide enough to click.
      for (const auto& [t0, t1] : h.state.ui.tab_rects) {
        CHECK(Inside(t0, t1, size));
        CHECK(t1.x - t0.x >= 24.0f);
      }
      // Candidate names show (cut with "..." when long), not just their zone words.
      const std::string findings = PanelTextScrolled(h);
      CHECK(findings.find("1. ") != std::string::npos);
      const std::string first = knotmap::session::CandidateLabel(h.state.session, h.state.session.groups[0].first);
      CHECK(findings.find("1. " + first.substr(0, 3)) != std::string::npos);

      // The learn progress view keeps its text inside the panel.
      REQUIRE(ui::StartLearn(h.state, ui::LearnMode::Progress, std::string(model::kMixedRegion), 1));
      h.Frames(3);
      const ImGuiWindow* panel = WindowNamed("##panel_body");
      REQUIRE(panel != nullptr);
      CHECK_FALSE(RunsPastRightEdge(panel));

      // The shortcuts dialog fits the window, both columns in it.
      h.state.ui.show_shortcuts = true;
      h.Frames(3);
      const ImGuiWindow* dialog = WindowNamed("Keyboard shortcuts");
      REQUIRE(dialog != nullptr);
      CHECK(Inside(dialog->Pos, ImVec2(dialog->Pos.x + dialog->Size.x, dialog->Pos.y + dialog->Size.y), size));
      CHECK_FALSE(RunsPastRightEdge(dialog));
      ImGui::GetIO().FontGlobalScale = 1.0f;
    }
  }
}

namespace {

// One place the user looks at: what to open, then a frame or two to lay it out.
struct Scene {
  const char* name;
  void (*open)(Harness&);
  const char* only = nullptr;  // a dialog: only what its window shows (the rest is behind it)
  bool snippets = false;       // shows parts of longer texts on purpose ("...ache at the temple...")
};

void ShowOnly(Harness& h, ui::Panel p) {
  h.state.ui.show_welcome = h.state.ui.show_about = h.state.ui.show_shortcuts = h.state.ui.show_safety = false;
  h.state.Queue(ui::action::ShowPanel{p});
  h.Frames(3);
}

// A dialog over the Findings tab.
template <bool ui::UiState::*Flag>
void OpenDialog(Harness& h) {
  ShowOnly(h, ui::Panel::Findings);
  h.state.ui.*Flag = true;
  h.Frames(3);
}

const Scene kScenes[] = {
    {"Findings", [](Harness& h) { ShowOnly(h, ui::Panel::Findings); }},
    {"Findings, top candidate open",
     [](Harness& h) {
       ShowOnly(h, ui::Panel::Findings);
       h.state.session.selected_candidate = 0;
       h.Frames(2);
     }},
    {"Guidance", [](Harness& h) { ShowOnly(h, ui::Panel::Guidance); }},
    {"Guidance, a hold timed",
     [](Harness& h) {
       ShowOnly(h, ui::Panel::Guidance);
       for (int i = 0; i < static_cast<int>(h.state.session.plan.steps.size()); ++i) {
         const model::PlanStep& step = h.state.session.plan.steps[i];
         if (knotmap::session::IsTimed(step) && step.method == model::DoseMethod::Hold) {
           h.state.Queue(ui::action::StartTimer{i});
           break;
         }
       }
       h.Frames(3);
       h.state.Queue(ui::action::ToggleTimer{});  // paused: its texts hold still while they are checked
       h.Frames(2);
     }},
    {"Habits", [](Harness& h) { ShowOnly(h, ui::Panel::Habits); }},
    {"Muscles", [](Harness& h) { ShowOnly(h, ui::Panel::Muscles); }},
    {"Muscles, searching by symptom",
     [](Harness& h) {
       ShowOnly(h, ui::Panel::Muscles);
       h.state.ui.muscles.search = "headache";
       h.Frames(2);
     },
     nullptr, true},
    {"a muscle page",
     [](Harness& h) {
       ShowOnly(h, ui::Panel::Muscles);
       h.state.Queue(ui::action::OpenMuscle{h.state.session.findings.candidates.front().muscle});
       h.Frames(3);
     }},
    {"Learn",
     [](Harness& h) {
       h.state.ui.muscles.search.clear();
       ShowOnly(h, ui::Panel::Learn);
     }},
    {"Learn progress",
     [](Harness& h) {
       ShowOnly(h, ui::Panel::Learn);
       REQUIRE(ui::StartLearn(h.state, ui::LearnMode::Progress, std::string(model::kMixedRegion), 1));
       h.Frames(3);
     }},
    {"Learn exercise",
     [](Harness& h) {
       ShowOnly(h, ui::Panel::Learn);
       REQUIRE(ui::StartLearn(h.state, ui::LearnMode::WhichMuscle, std::string(model::kMixedRegion), 1));
       h.Frames(3);
     }},
    {"History",
     [](Harness& h) {
       ShowOnly(h, ui::Panel::History);
       h.state.Queue(ui::action::SaveToJournal{"Slept badly after a long day at the desk; better after the stretches"});
       h.Frames(3);
     }},
    {"welcome dialog", OpenDialog<&ui::UiState::show_welcome>, "Welcome to Knotmap"},
    {"about dialog", OpenDialog<&ui::UiState::show_about>, "About Knotmap"},
    {"shortcuts dialog", OpenDialog<&ui::UiState::show_shortcuts>, "Keyboard shortcuts"},
    {"safety dialog", OpenDialog<&ui::UiState::show_safety>, "Safety notice"},
};

// Every scrolling window shown, from top to bottom, a frame at each half page (only what is in view
// is drawn, so each part of the text is drawn once in view).
void ScrollThrough(Harness& h) {
  std::vector<ImGuiWindow*> scrolling;
  for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
    if (w->Active && w->ScrollMax.y > 0.0f) scrolling.push_back(w);
  }
  for (ImGuiWindow* w : scrolling) {
    for (int i = 1; i < 80; ++i) {
      const float y = static_cast<float>(i) * w->InnerRect.GetHeight() * 0.5f;
      ImGui::SetScrollY(w, y);
      h.Frame();
      if (y >= w->ScrollMax.y) break;
    }
    ImGui::SetScrollY(w, 0.0f);
    h.Frame();
  }
}

// Labels written with "..." (they open a dialog or are a hint), not cut; or the last line of one
// wrapped over several lines (long texts are drawn a line at a time).
bool WrittenWithDots(const std::string& text) {
  for (const std::string whole : {"Landmark...", "More...", "Reset learn progress...", "Note (optional): what you did, how you slept...",
                                  "Stop and see a doctor first if..."}) {
    if (text == whole) return true;
    const bool last_line = text.size() < whole.size() && whole.compare(whole.size() - text.size(), text.size(), text) == 0 &&
                           whole[whole.size() - text.size() - 1] == ' ';
    if (last_line) return true;
  }
  return false;
}

// Each text cut on purpose ("..." at its end) shows whole in a tooltip when hovered: the mouse on
// it, and the frame's text holds its start going on past where "..." stood.
std::vector<std::string> WithoutTooltip(Harness& h, const std::vector<knotmap::test::CutText>& dotted) {
  std::vector<std::string> out;
  for (const auto& d : dotted) {
    if (WrittenWithDots(d.text) || d.window.find("##Tooltip") != std::string::npos) continue;
    // Only what is in view (not at the scrolled-out edge of a panel) can be hovered.
    const ImVec2 centre((d.ink_min.x + d.ink_max.x) * 0.5f, (d.ink_min.y + d.ink_max.y) * 0.5f);
    if (centre.x < d.clip.x || centre.x > d.clip.z || centre.y < d.clip.y || centre.y > d.clip.w) continue;
    std::string start = d.text.substr(0, d.text.size() - 3);
    while (!start.empty() && start.back() == ' ') start.pop_back();
    ImGui::GetIO().MousePos = centre;
    h.Frames(2);
    const std::string text = h.FrameText();
    bool whole = false;
    for (std::size_t at = text.find(start); at != std::string::npos && !whole; at = text.find(start, at + 1)) {
      const std::size_t after = at + start.size();
      whole = after < text.size() && text.compare(after, 3, "...") != 0 && text[after] != '\n';
    }
    if (!whole) out.push_back("\"" + d.text + "\" in " + d.window + " shows no tooltip with the whole text");
  }
  ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
  h.Frames(2);
  return out;
}

// Tab labels ImGui shrank to fit end in "..." with no tooltip: a tab must be wide enough for its label.
std::vector<std::string> ShrunkTabs(const Harness& h) {
  std::vector<std::string> out;
  const char* names[] = {"Findings", "Guidance", "Habits", "Muscles", "Learn", "History"};
  for (std::size_t i = 0; i < h.state.ui.tab_rects.size(); ++i) {
    const auto& [a, b] = h.state.ui.tab_rects[i];
    std::string label = names[i];
    if (i == 0 && !h.state.session.groups.empty()) label += " (" + std::to_string(h.state.session.groups.size()) + ")";
    const float need = ImGui::CalcTextSize(label.c_str()).x + 2.0f * ImGui::GetStyle().FramePadding.x;
    if (b.x - a.x < need - 1.0f) out.push_back("tab \"" + label + "\" is " + std::to_string(b.x - a.x) + " px for " + std::to_string(need));
  }
  return out;
}

}  // namespace

TEST_CASE("from 800x600 and at UI scales 100 to 200 % no text is cut", "[ui][layout][cut]") {
  const ImVec2 sizes[] = {{800, 600}, {1024, 768}, {1440, 900}};
  int total = 0;
  for (const ImVec2 size : sizes) {
    for (const float scale : {1.0f, 1.5f, 1.75f, 2.0f}) {
      Harness h(size);
      knotmap::app::AttachStore(h.state.session,
                                std::make_shared<knotmap::io::ProgressStore>(knotmap::io::ProgressStore::InMemory()));
      h.state.content_dir = "/usr/share/knotmap/content";  // where an installed copy reads it (About)
      AtScaleWithTwoMarks(h, scale);
      REQUIRE_FALSE(h.state.session.findings.candidates.empty());
      std::vector<std::string> issues;
      std::set<std::string> reported;
      for (const Scene& scene : kScenes) {
        scene.open(h);
        knotmap::test::StartRecordingText();
        h.Frame();
        std::vector<std::string> here = knotmap::test::WindowsRunningPastRightEdge();
        for (const std::string& t : ShrunkTabs(h)) here.push_back(t);
        std::vector<knotmap::test::CutText> dotted;
        for (const auto& cut : knotmap::test::StopRecordingText(&dotted)) here.push_back(knotmap::test::Describe(cut));
        if (!scene.snippets) {
          for (const std::string& t : WithoutTooltip(h, dotted)) here.push_back(t);
        }
        knotmap::test::StartRecordingText();
        ScrollThrough(h);
        for (const auto& cut : knotmap::test::StopRecordingText()) here.push_back(knotmap::test::Describe(cut));
        for (const std::string& what : here) {
          // Each problem once, under the first place it shows (the status bar shows everywhere).
          if (scene.only != nullptr && what.find(scene.only) == std::string::npos) continue;
          if (!reported.insert(what).second) continue;
          issues.push_back(std::string(scene.name) + ": " + what);
        }
      }
      std::string report;
      for (const std::string& i : issues) report += "\n  " + i;
      INFO(size.x << "x" << size.y << " at " << scale * 100.0f << " %: " << issues.size() << " cut" << report);
      CHECK(issues.empty());
      total += static_cast<int>(issues.size());
      ImGui::GetIO().FontGlobalScale = 1.0f;
    }
  }
  INFO("cut in all: " << total);
  CHECK(total == 0);
}

TEST_CASE("the tabs go on in a second row rather than shrink, and a click on one opens its panel", "[ui][layout]") {
  Harness h(ImVec2(800, 600));
  h.state.settings.ui_scale = 2.0f;
  ImGui::GetIO().FontGlobalScale = 2.0f;
  ui::ApplyStyle(h.state.settings.theme, 2.0f);
  h.Frames(3);
  const auto& tabs = h.state.ui.tab_rects;
  // Findings is in the first row, History further down; each tab holds its whole label.
  CHECK(tabs[static_cast<int>(ui::Panel::History)].first.y > tabs[static_cast<int>(ui::Panel::Findings)].second.y);
  CHECK(ShrunkTabs(h).empty());
  for (ui::Panel p : {ui::Panel::History, ui::Panel::Guidance, ui::Panel::Learn, ui::Panel::Findings}) {
    const auto& [a, b] = tabs[static_cast<int>(p)];
    h.Click(ImVec2((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f));
    h.Frames(2);
    CHECK(h.state.ui.panel == p);
  }
  ImGui::GetIO().FontGlobalScale = 1.0f;
}
