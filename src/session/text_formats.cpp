// Saved marks as JSON (nlohmann), the legacy line format, and --mark specs.
#include "session/text_formats.hpp"

#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

namespace knotmap::session {
namespace {

using nlohmann::json;

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    const std::size_t end = s.find(sep, start);
    std::string_view part = s.substr(start, end == std::string_view::npos ? s.size() - start : end - start);
    while (!part.empty() && (part.back() == '\r' || part.back() == ' ' || part.back() == '\t')) part.remove_suffix(1);
    while (!part.empty() && (part.front() == ' ' || part.front() == '\t')) part.remove_prefix(1);
    if (!part.empty()) out.push_back(part);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

template <typename T>
bool ParseNumber(std::string_view s, T& out) {
  const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

std::optional<model::PainMark> MarkFromJson(const json& j) {
  if (!j.is_object()) return std::nullopt;
  const auto view = j.contains("view") && j["view"].is_string()
                        ? model::ParseView(j["view"].get<std::string>())
                        : std::nullopt;
  if (!view || !j.contains("points") || !j["points"].is_array()) return std::nullopt;
  model::PainMark m;
  m.view = *view;
  // Anything but "stroke" (a missing kind, another word, a number) reads as a spot; never throws.
  const bool stroke = j.contains("kind") && j["kind"].is_string() && j["kind"].get<std::string>() == "stroke";
  m.kind = stroke ? model::MarkKind::Stroke : model::MarkKind::Spot;
  if (j.contains("intensity") && j["intensity"].is_number_integer()) m.intensity = j["intensity"].get<int>();
  if (j.contains("radius") && j["radius"].is_number()) m.radius = j["radius"].get<float>();
  for (const json& p : j["points"]) {
    if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number()) return std::nullopt;
    const model::Point q{p[0].get<float>(), p[1].get<float>()};
    if (!std::isfinite(q.x) || !std::isfinite(q.y)) return std::nullopt;
    m.points.push_back(q);
  }
  if (m.points.empty() || !std::isfinite(m.radius)) return std::nullopt;
  return m;
}

}  // namespace

json PressTestToJson(const model::PressTest& t) {
  return {{"muscle", t.muscle},
          {"trigger_point", t.trigger_point},
          {"side", std::string(model::ToString(t.side))},
          {"answer", std::string(model::ToString(t.answer))}};
}

std::optional<model::PressTest> PressTestFromJson(const json& j) {
  if (!j.is_object()) return std::nullopt;
  auto text = [&](const char* key) { return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : ""; };
  const auto side = model::ParseSide(text("side"));
  const auto answer = model::ParsePressAnswer(text("answer"));
  if (text("muscle").empty() || text("trigger_point").empty() || !side || !answer) return std::nullopt;
  return model::PressTest{text("muscle"), text("trigger_point"), *side, *answer};
}

std::string MarksToJson(const Session& s) {
  json marks = json::array();
  for (const Mark& mk : s.marks) {
    json points = json::array();
    for (const model::Point& p : mk.mark.points) points.push_back({p.x, p.y});
    marks.push_back({{"view", std::string(model::ToString(mk.mark.view))},
                     {"kind", mk.mark.kind == model::MarkKind::Stroke ? "stroke" : "spot"},
                     {"intensity", mk.mark.intensity},
                     {"radius", mk.mark.radius},
                     {"points", std::move(points)}});
  }
  json press = json::array();
  for (const model::PressTest& t : s.press_tests) press.push_back(PressTestToJson(t));
  const json doc = {{"version", 1}, {"marks", std::move(marks)}, {"habits", s.habits}, {"press_tests", std::move(press)}};
  return doc.dump(2) + "\n";
}

std::optional<SavedMarks> MarksFromJson(std::string_view text, std::string& error) {
  const json doc = json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    error = "not a JSON object";
    return std::nullopt;
  }
  SavedMarks out;
  if (doc.contains("marks") && doc["marks"].is_array()) {
    for (const json& j : doc["marks"]) {
      if (auto m = MarkFromJson(j)) out.marks.push_back(std::move(*m));
    }
  }
  if (doc.contains("habits") && doc["habits"].is_array()) {
    for (const json& h : doc["habits"]) {
      if (h.is_string()) out.habits.push_back(h.get<std::string>());
    }
  }
  if (doc.contains("press_tests") && doc["press_tests"].is_array()) {
    for (const json& t : doc["press_tests"]) {
      if (auto p = PressTestFromJson(t)) out.press_tests.push_back(std::move(*p));
    }
  }
  return out;
}

SavedMarks MarksFromLegacyText(std::string_view text) {
  SavedMarks out;
  for (std::string_view line : Split(text, '\n')) {
    if (line.front() == '#') continue;
    const std::vector<std::string_view> f = Split(line, ' ');
    if (f.size() == 2 && f[0] == "habit") {
      out.habits.emplace_back(f[1]);
      continue;
    }
    if (f.size() < 5 || (f[0] != "spot" && f[0] != "stroke")) continue;
    model::PainMark mark;
    mark.kind = f[0] == "stroke" ? model::MarkKind::Stroke : model::MarkKind::Spot;
    const auto view = model::ParseView(f[1]);
    if (!view || !ParseNumber(f[2], mark.intensity) || !ParseNumber(f[3], mark.radius)) continue;
    mark.view = *view;
    bool ok = true;
    for (std::size_t k = 4; k < f.size() && ok; ++k) {
      const auto p = model::ParseCoordinates(f[k]);
      ok = std::holds_alternative<model::Point>(p);
      if (ok) mark.points.push_back(std::get<model::Point>(p));
    }
    if (ok) out.marks.push_back(std::move(mark));
  }
  return out;
}

std::variant<model::PainMark, model::ParseError> SpotFromSpec(std::string_view spec, int intensity, float radius) {
  auto parsed = model::ParseMarkSpec(spec);
  if (auto* e = std::get_if<model::ParseError>(&parsed)) return *e;
  const model::MarkSpec& ms = std::get<model::MarkSpec>(parsed);
  model::PainMark mark;
  mark.view = ms.view;
  mark.kind = model::MarkKind::Spot;
  mark.points = {ms.at};
  mark.intensity = intensity;
  mark.radius = radius;
  return mark;
}

}  // namespace knotmap::session
