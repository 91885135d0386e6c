// Parsing and printing of settings, last marks, mark specs and the state dump. Tolerant readers:
// anything unexpected is skipped, never fatal.
#include "ui/persist.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <vector>

namespace knotmap::ui {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    const std::size_t end = s.find(sep, start);
    const std::string_view part = s.substr(start, end == std::string_view::npos ? s.size() - start : end - start);
    if (!part.empty()) out.push_back(part);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

bool ParseFloat(std::string_view s, float& out) {
  s = Trim(s);
  // std::from_chars for float is available in GCC 11+.
  const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size() && std::isfinite(out);
}

bool ParseInt(std::string_view s, int& out) {
  s = Trim(s);
  const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

bool ParsePoint(std::string_view s, model::Point& p) {
  const std::size_t comma = s.find(',');
  if (comma == std::string_view::npos) return false;
  return ParseFloat(s.substr(0, comma), p.x) && ParseFloat(s.substr(comma + 1), p.y);
}

std::string JsonString(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", v);
  return buf;
}

bool& LayerRef(Layers& l, std::string_view key, bool& dummy) {
  if (key == "layer.details") return l.details;
  if (key == "layer.muscles") return l.muscles;
  if (key == "layer.deep_muscles") return l.deep_muscles;
  if (key == "layer.zones") return l.zones;
  if (key == "layer.trigger_points") return l.trigger_points;
  if (key == "layer.all_trigger_points") return l.all_trigger_points;
  if (key == "layer.landmarks") return l.landmarks;
  if (key == "layer.labels") return l.labels;
  return dummy;
}

}  // namespace

std::string SerializeSettings(const AppState& s) {
  std::ostringstream o;
  o << "# Knotmap settings\n";
  o << "theme = " << (s.theme == ThemeKind::Dark ? "dark" : "light") << "\n";
  o << "ui_scale = " << Num(s.ui_scale) << "\n";
  o << "side_panel_width = " << Num(s.side_panel_width) << "\n";
  o << "welcome_seen = " << (s.welcome_seen ? 1 : 0) << "\n";
  o << "tool = " << (s.tool == Tool::Brush ? "brush" : "spot") << "\n";
  o << "view_mode = " << (s.view_mode == ViewMode::Front ? "front" : s.view_mode == ViewMode::Back ? "back" : "both") << "\n";
  const Layers& l = s.layers;
  o << "layer.details = " << l.details << "\nlayer.muscles = " << l.muscles
    << "\nlayer.deep_muscles = " << l.deep_muscles << "\nlayer.zones = " << l.zones
    << "\nlayer.trigger_points = " << l.trigger_points << "\nlayer.all_trigger_points = " << l.all_trigger_points
    << "\nlayer.landmarks = " << l.landmarks << "\nlayer.labels = " << l.labels << "\n";
  return o.str();
}

void ApplySettings(std::string_view text, AppState& s) {
  for (std::string_view line : Split(text, '\n')) {
    line = Trim(line);
    if (line.empty() || line.front() == '#') continue;
    const std::size_t eq = line.find('=');
    if (eq == std::string_view::npos) continue;
    const std::string_view key = Trim(line.substr(0, eq));
    const std::string_view value = Trim(line.substr(eq + 1));
    float f = 0.0f;
    int i = 0;
    if (key == "theme") {
      if (value == "dark") s.theme = ThemeKind::Dark;
      if (value == "light") s.theme = ThemeKind::Light;
    } else if (key == "ui_scale" && ParseFloat(value, f)) {
      s.ui_scale = std::clamp(f, 0.5f, 3.0f);
    } else if (key == "side_panel_width" && ParseFloat(value, f)) {
      s.side_panel_width = std::clamp(f, 0.0f, 4000.0f);
    } else if (key == "welcome_seen" && ParseInt(value, i)) {
      s.welcome_seen = i != 0;
    } else if (key == "tool") {
      s.tool = value == "brush" ? Tool::Brush : Tool::Spot;
    } else if (key == "view_mode") {
      s.view_mode = value == "front" ? ViewMode::Front : value == "back" ? ViewMode::Back : ViewMode::Both;
    } else if (key.starts_with("layer.") && ParseInt(value, i)) {
      bool dummy = false;
      LayerRef(s.layers, key, dummy) = i != 0;
    }
  }
}

std::string SerializeMarks(const AppState& s) {
  std::ostringstream o;
  o << "# Knotmap last marks: kind view intensity radius x,y...\n";
  for (const Mark& m : s.marks) {
    o << (m.mark.kind == model::MarkKind::Stroke ? "stroke " : "spot ") << model::ToString(m.mark.view) << ' '
      << m.mark.intensity << ' ' << Num(m.mark.radius);
    for (const model::Point& p : m.mark.points) o << ' ' << Num(p.x) << ',' << Num(p.y);
    o << '\n';
  }
  for (const std::string& h : s.habits) o << "habit " << h << '\n';
  return o.str();
}

void ApplyMarks(std::string_view text, AppState& s) {
  s.marks.clear();
  s.habits.clear();
  for (std::string_view line : Split(text, '\n')) {
    line = Trim(line);
    if (line.empty() || line.front() == '#') continue;
    const std::vector<std::string_view> f = Split(line, ' ');
    if (f.size() == 2 && f[0] == "habit") {
      if (!s.model || s.model->FindHabit(f[1]) != nullptr) s.habits.emplace_back(f[1]);
      continue;
    }
    if (f.size() < 5 || (f[0] != "spot" && f[0] != "stroke")) continue;
    model::PainMark mark;
    mark.kind = f[0] == "stroke" ? model::MarkKind::Stroke : model::MarkKind::Spot;
    const auto view = model::ParseView(f[1]);
    if (!view || !ParseInt(f[2], mark.intensity) || !ParseFloat(f[3], mark.radius)) continue;
    mark.view = *view;
    mark.intensity = std::clamp(mark.intensity, 1, 10);
    mark.radius = std::clamp(mark.radius, 2.0f, 400.0f);
    bool ok = true;
    for (std::size_t k = 4; k < f.size() && ok; ++k) {
      model::Point p;
      ok = ParsePoint(f[k], p);
      mark.points.push_back(p);
    }
    if (!ok || mark.points.empty() || mark.points.size() > 4096) continue;
    if (s.model && !std::all_of(mark.points.begin(), mark.points.end(),
                                [&](model::Point p) { return s.model->InsideBody(mark.view, p); })) {
      continue;
    }
    s.marks.push_back({s.next_mark_id++, std::move(mark)});
  }
  s.findings_dirty = true;
}

std::optional<model::PainMark> ParseMarkSpec(std::string_view spec, int intensity, float radius) {
  const std::size_t colon = spec.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  const auto view = model::ParseView(Trim(spec.substr(0, colon)));
  model::Point p;
  if (!view || !ParsePoint(spec.substr(colon + 1), p)) return std::nullopt;
  model::PainMark mark;
  mark.view = *view;
  mark.kind = model::MarkKind::Spot;
  mark.points = {p};
  mark.intensity = intensity;
  mark.radius = radius;
  return mark;
}

std::string StateDumpJson(const AppState& s) {
  std::ostringstream o;
  o << "{\n  \"marks\": [";
  for (std::size_t i = 0; i < s.marks.size(); ++i) {
    const model::PainMark& m = s.marks[i].mark;
    o << (i ? ",\n" : "\n") << "    {\"id\": " << s.marks[i].id << ", \"view\": " << JsonString(model::ToString(m.view))
      << ", \"kind\": \"" << (m.kind == model::MarkKind::Stroke ? "stroke" : "spot") << "\", \"intensity\": "
      << m.intensity << ", \"radius\": " << Num(m.radius) << ", \"points\": [";
    for (std::size_t k = 0; k < m.points.size(); ++k) {
      o << (k ? ", " : "") << "[" << Num(m.points[k].x) << ", " << Num(m.points[k].y) << "]";
    }
    o << "]}";
  }
  o << (s.marks.empty() ? "],\n" : "\n  ],\n");
  o << "  \"habits\": [";
  for (std::size_t i = 0; i < s.habits.size(); ++i) o << (i ? ", " : "") << JsonString(s.habits[i]);
  o << "],\n  \"top\": [";
  const std::size_t n = std::min<std::size_t>(10, s.findings.candidates.size());
  for (std::size_t i = 0; i < n && s.model; ++i) {
    const model::Candidate& c = s.findings.candidates[i];
    o << (i ? ",\n" : "\n") << "    {\"muscle\": " << JsonString(s.model->muscles[c.muscle].id)
      << ", \"side\": " << JsonString(model::ToString(c.side)) << ", \"score\": " << Num(c.score)
      << ", \"zone\": " << JsonString(model::ToString(c.BestZone())) << "}";
  }
  o << (n == 0 ? "],\n" : "\n  ],\n");
  o << "  \"best_explanation\": [";
  for (std::size_t i = 0; i < s.findings.best_explanation.size(); ++i) {
    o << (i ? ", " : "") << JsonString(CandidateKey(s, s.findings.best_explanation[i]));
  }
  o << "],\n  \"selected_candidate\": " << JsonString(CandidateKey(s, s.selected_candidate)) << ",\n";
  o << "  \"panel\": " << JsonString(ToString(s.panel)) << ",\n";
  o << "  \"muscle_page\": "
    << (s.model && s.muscles.Current() >= 0 ? JsonString(s.model->muscles[s.muscles.Current()].id) : "null") << ",\n";
  o << "  \"plan_steps\": " << s.plan.steps.size() << ",\n";
  o << "  \"timer\": {\"step\": " << s.timer.step << ", \"running\": " << (s.timer.running ? "true" : "false")
    << ", \"set\": " << s.timer.set << ", \"elapsed\": " << Num(s.timer.elapsed) << "},\n";
  o << "  \"theme\": \"" << (s.theme == ThemeKind::Dark ? "dark" : "light") << "\",\n";
  o << "  \"findings_version\": " << s.findings_version << "\n}\n";
  return o.str();
}

}  // namespace knotmap::ui
