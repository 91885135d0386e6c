// Fuzz target: the files Knotmap reads back from the user's folders, each input read as every one
// of them: settings.toml and the older settings.ini (app/settings_file), last_marks.json and the
// older last_marks.txt (session/text_formats), the marks then restored into a session on the
// shipped model as the app restores them at start. A damaged file must never crash or stop the
// app; what is accepted must be usable and must survive being written and read back:
// - settings within their ranges, and the same settings and layout after SettingsToToml;
// - at most session::kMaxMarks restored marks, each on the body with finite numbers in range, and
//   the same marks after MarksToJson and a second restore.
// The model, its index and the two sessions are built once; each input only replaces the marks.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "app/settings_file.hpp"
#include "io/model_loader.hpp"
#include "session/session.hpp"
#include "session/text_formats.hpp"

using namespace knotmap;

namespace {
void Check(bool ok) {
  if (!ok) std::abort();
}

void CheckSettings(const ui::Settings& s) {
  Check(std::isfinite(s.ui_scale) && s.ui_scale >= 0.5f && s.ui_scale <= 3.0f);
  Check(std::isfinite(s.side_panel_width) && s.side_panel_width >= 0.0f && s.side_panel_width <= 4000.0f);
}

void SettingsRoundTrip(std::string_view text) {
  std::string error;
  const app::SettingsFile read = app::SettingsFromToml(text, error);
  CheckSettings(read.settings);
  if (!error.empty()) return;
  std::string again_error;
  const app::SettingsFile again = app::SettingsFromToml(app::SettingsToToml(read), again_error);
  Check(again_error.empty() && again.settings == read.settings && again.layout == read.layout);
}

struct Sessions {
  session::Session restored;
  session::Session reread;
};

Sessions& Shipped() {
  static Sessions* const sessions = [] {
    io::LoadResult r = io::LoadModel(std::filesystem::path(KNOTMAP_ASSETS) / "model");
    if (!r.model) std::abort();
    auto* s = new Sessions;
    session::SetModel(s->restored, *r.model);
    session::SetModel(s->reread, std::move(*r.model));
    return s;
  }();
  return *sessions;
}

bool SameMark(const model::PainMark& a, const model::PainMark& b) {
  if (a.view != b.view || a.kind != b.kind || a.intensity != b.intensity || a.radius != b.radius ||
      a.points.size() != b.points.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.points.size(); ++i) {
    if (a.points[i].x != b.points[i].x || a.points[i].y != b.points[i].y) return false;
  }
  return true;
}

void MarksRoundTrip(session::SavedMarks saved) {
  Sessions& s = Shipped();
  s.restored.next_mark_id = s.reread.next_mark_id = 1;  // ids count per input, never overflow
  session::RestoreMarks(s.restored, std::move(saved.marks), saved.habits);
  s.restored.notices.clear();
  const model::Model& m = *s.restored.model;
  Check(s.restored.marks.size() <= session::kMaxMarks);
  for (const session::Mark& mark : s.restored.marks) {
    const model::PainMark& p = mark.mark;
    Check(p.intensity >= 1 && p.intensity <= 10 && std::isfinite(p.radius) && p.radius >= 2.0f && p.radius <= 400.0f);
    Check(!p.points.empty());
    for (const model::Point& q : p.points) Check(m.InsideBody(p.view, q));
  }
  std::string error;
  auto written = session::MarksFromJson(session::MarksToJson(s.restored), error);
  Check(written.has_value());
  session::RestoreMarks(s.reread, std::move(written->marks), written->habits);
  s.reread.notices.clear();
  Check(s.reread.marks.size() == s.restored.marks.size() && s.reread.habits == s.restored.habits);
  for (std::size_t i = 0; i < s.reread.marks.size(); ++i) {
    Check(SameMark(s.reread.marks[i].mark, s.restored.marks[i].mark));
  }
}
}  // namespace

// Loaded before the first input, so it never counts against an input's time limit.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)Shipped();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  SettingsRoundTrip(text);
  CheckSettings(app::SettingsFromIni(text));
  std::string error;
  if (auto saved = session::MarksFromJson(text, error)) MarksRoundTrip(std::move(*saved));
  MarksRoundTrip(session::MarksFromLegacyText(text));
  return 0;
}
