// Monkey test: 20,000 random input events (clicks, drags, wheel, keys, typing, resizes from tiny to
// huge, view and panel switches) through the real views with no backend. Nothing may crash or trip
// an ImGui assertion (libimgui is built with assertions), and after every event the state must be
// consistent: the findings are those of the marks on the map.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <random>
#include <set>
#include <string>

#include "harness.hpp"
#include "model/query.hpp"
#include "ui/core/keys.hpp"

using namespace knotmap;

namespace {

void CheckConsistent(const ui::AppState& s, int event) {
  INFO("after event " << event);
  REQUIRE(s.session.analysis_revision == s.session.input_revision);
  const auto marks = s.session.PainMarks();
  REQUIRE(marks.size() == s.session.marks.size());
  for (const auto& m : marks) {
    for (const auto& p : m.points) REQUIRE((std::isfinite(p.x) && std::isfinite(p.y)));
  }
  for (const auto& c : s.session.findings.candidates) {
    for (const auto& e : c.explains) REQUIRE(e.mark < static_cast<int>(marks.size()));
  }
  REQUIRE(s.session.selected_candidate < static_cast<int>(s.session.findings.candidates.size()));
  // The findings on screen are exactly what the engine says for the marks on the map.
  model::QueryOptions o;
  o.habits = s.session.habits;
  const model::Findings fresh = model::Query(*s.session.model, s.session.index, marks, o);
  REQUIRE(fresh.candidates.size() == s.session.findings.candidates.size());
  for (std::size_t i = 0; i < fresh.candidates.size(); ++i) {
    REQUIRE(fresh.candidates[i].instance == s.session.findings.candidates[i].instance);
  }
}

}  // namespace

TEST_CASE("20,000 random events never crash and keep the state consistent", "[ui][monkey]") {
  const int events = std::getenv("KNOTMAP_MONKEY_EVENTS") ? std::atoi(std::getenv("KNOTMAP_MONKEY_EVENTS")) : 20000;
  test::Harness h;
  ImGuiIO& io = ImGui::GetIO();
  std::mt19937 rng(20261121);
  auto uniform = [&](float lo, float hi) { return std::uniform_real_distribution<float>(lo, hi)(rng); };
  const int keys[] = {ui::keys::kDigit1, ui::keys::kDigit2,  ui::keys::kDigit3, ui::keys::kF,
                      ui::keys::kB,      ui::keys::kEscape,  ui::keys::kEnter,  ui::keys::kTab,
                      ui::keys::kDelete, ui::keys::kRight,   ui::keys::kLeft,   ui::keys::kDown,
                      ui::keys::kUp,     ui::keys::kMinus,   ui::keys::kEqual,  ui::keys::kBackspace,
                      ui::keys::kSpace,  'Z',                'Y',               'F'};
  const char* words[] = {"trap", "glute", "x", "", "infra", "zzz", "pec", "soleus"};
  ImVec2 display = io.DisplaySize;
  const int version_before = h.state.session.findings_version;
  std::size_t most_marks = 0;
  std::set<std::string> top_candidates;  // distinct best candidates seen on screen
  for (int e = 0; e < events; ++e) {
    const int kind = static_cast<int>(rng() % 100);
    // Mostly points on the window, sometimes just outside it.
    io.MousePos = ImVec2(uniform(-20.0f, display.x + 20.0f), uniform(-20.0f, display.y + 20.0f));
    if (kind < 30) {  // click with a random button
      const int button = static_cast<int>(rng() % 3);
      io.MouseDown[button] = !io.MouseDown[button];
    } else if (kind < 45) {  // drag: hold and move
      io.MouseDown[rng() % 2] = true;
    } else if (kind < 55) {  // release everything
      for (bool& d : io.MouseDown) d = false;
    } else if (kind < 63) {
      io.MouseWheel = uniform(-3.0f, 3.0f);
    } else if (kind < 83) {  // a key, sometimes with Ctrl or Shift
      const int key = keys[rng() % (sizeof(keys) / sizeof(keys[0]))];
      io.KeyCtrl = rng() % 4 == 0;
      io.KeyShift = rng() % 8 == 0;
      io.KeysDown[key] = true;
      h.Frame();
      io.KeysDown[key] = false;
      io.KeyCtrl = io.KeyShift = false;
    } else if (kind < 90) {  // typing (lands in whatever field has focus, e.g. the search)
      for (const char* c = words[rng() % 8]; *c; ++c) io.AddInputCharacter(static_cast<unsigned>(*c));
    } else if (kind < 94) {  // resize: tiny, huge or ordinary
      const int r = static_cast<int>(rng() % 3);
      display = r == 0 ? ImVec2(uniform(1.0f, 120.0f), uniform(1.0f, 120.0f))
                : r == 1 ? ImVec2(uniform(3000.0f, 7680.0f), uniform(2000.0f, 4320.0f))
                         : ImVec2(uniform(600.0f, 1920.0f), uniform(400.0f, 1200.0f));
      h.Resize(display);
    } else if (kind < 97) {  // jump to a panel
      h.state.Queue(ui::action::ShowPanel{static_cast<ui::Panel>(rng() % 5)});
    } else {  // the brush or the spot tool
      h.state.settings.tool = rng() % 2 ? ui::Tool::Brush : ui::Tool::Spot;
    }
    h.Frame(uniform(0.0f, 0.1f));
    h.state.quit_requested = false;  // Ctrl+Q may be pressed: keep going
    CheckConsistent(h.state, e);
    most_marks = std::max(most_marks, h.state.session.marks.size());
    if (!h.state.session.findings.candidates.empty()) {
      top_candidates.insert(knotmap::session::CandidateKey(h.state.session, 0));
    }
  }
  // The monkey really used the map: marks appeared and the findings changed with them.
  INFO("events: " << events << ", most marks: " << most_marks << ", distinct top candidates: "
                  << top_candidates.size());
  CHECK(most_marks >= 1u);
  CHECK(top_candidates.size() >= 2u);
  CHECK(h.state.session.findings_version > version_before + 1);
}
