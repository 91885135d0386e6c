// Parses one muscle file (assets/model/muscles/<id>.toml) into model::Muscle, checking every field
// that can be checked without the rest of the model. Cross-file checks live in model_loader.cpp.
#include <cctype>
#include <algorithm>
#include <cmath>
#include <set>

#include "io/model_loader.hpp"
#include "io/muscle_loader.hpp"
#include "io/shape_checks.hpp"
#include "io/toml_reader.hpp"

namespace knotmap::io {
namespace {

bool IsIdentifier(const std::string& s) {
  return !s.empty() && s.size() <= 64 && std::islower(static_cast<unsigned char>(s[0])) &&
         std::all_of(s.begin(), s.end(), [](char c) {
           return std::islower(static_cast<unsigned char>(c)) ||
                  std::isdigit(static_cast<unsigned char>(c)) || c == '_';
         });
}

std::optional<model::View> ReadView(TomlReader& r) {
  auto text = r.String("view");
  if (!text) return std::nullopt;
  auto v = model::ParseView(*text);
  if (!v) r.ErrorAt("view", "unknown view '" + *text + "': expected \"front\" or \"back\"");
  return v;
}

void ReadSelfTreatment(TomlReader& parent, model::SelfTreatment& st) {
  auto r = parent.Table("self_treatment");
  if (!r) return;
  st.tool = r->String("tool").value_or("");
  st.position = r->String("position").value_or("");
  st.find = r->String("find").value_or("");
  st.frequency = r->String("frequency").value_or("");
  st.sets = r->Integer("sets", true, 1, 20).value_or(1);
  if (auto method = r->String("method")) {
    if (*method == "hold") {
      st.method = model::DoseMethod::Hold;
      st.hold_seconds = r->Integer("hold_seconds", true, 5, 600).value_or(0);
    } else if (*method == "strokes") {
      st.method = model::DoseMethod::Strokes;
      st.strokes = r->Integer("strokes", true, 1, 200).value_or(0);
    } else {
      r->ErrorAt("method", "unknown method '" + *method + "': expected \"hold\" or \"strokes\"");
    }
  }
  r->RejectUnknownKeys(
      {"tool", "position", "find", "method", "hold_seconds", "strokes", "sets", "frequency"});
}

void ReadZones(TomlReader& tp_reader, model::TriggerPoint& tp) {
  auto zones = tp_reader.Tables("zones", true, 1);
  if (zones.size() > tp_reader.Limits().max_zones_per_trigger_point) {
    tp_reader.ErrorAt("zones", "too many zones (limit " +
                                   std::to_string(tp_reader.Limits().max_zones_per_trigger_point) +
                                   ")");
    return;
  }
  bool has_essential = false;
  for (TomlReader& z : zones) {
    model::Zone zone;
    auto view = ReadView(z);
    auto kind = z.String("kind");
    if (kind && *kind != "essential" && *kind != "spillover") {
      z.ErrorAt("kind", "unknown zone kind '" + *kind + "': expected \"essential\" or \"spillover\"");
      kind.reset();
    }
    auto points = z.Points("points", 3);
    z.RejectUnknownKeys({"view", "kind", "points"});
    if (!view || !kind || !points) continue;
    zone.view = *view;
    zone.kind = *kind == "essential" ? model::ZoneKind::Essential : model::ZoneKind::Spillover;
    has_essential = has_essential || zone.kind == model::ZoneKind::Essential;
    zone.shape = model::MakeClosedShape(std::move(*points));
    CheckShape(z, "points", zone.shape);
    tp.zones.push_back(std::move(zone));
  }
  if (!zones.empty() && !has_essential && tp.zones.size() == zones.size()) {
    tp_reader.ErrorAt("zones", "trigger point '" + tp.id +
                                   "' has no essential zone: every trigger point needs at least "
                                   "one zone with kind = \"essential\"");
  }
}

void ReadTriggerPoints(TomlReader& r, model::Muscle& m) {
  auto tps = r.Tables("trigger_points", true, 1);
  if (tps.size() > r.Limits().max_trigger_points_per_muscle) {
    r.ErrorAt("trigger_points", "too many trigger points (limit " +
                                    std::to_string(r.Limits().max_trigger_points_per_muscle) + ")");
    return;
  }
  std::set<std::string> ids;
  for (TomlReader& t : tps) {
    model::TriggerPoint tp;
    tp.id = t.String("id").value_or("");
    if (!tp.id.empty() && !IsIdentifier(tp.id)) {
      t.ErrorAt("id", "trigger point id '" + tp.id +
                          "' must be lower_snake_case letters, digits and underscores");
    } else if (!tp.id.empty() && !ids.insert(tp.id).second) {
      t.ErrorAt("id", "duplicate trigger point id '" + tp.id + "' in muscle '" + m.id + "'");
    }
    // A short human name ("mid-border of the upper trapezius"): what the app and the CLI show;
    // the id is for content files and JSON only.
    tp.name = t.Name("name").value_or("");
    auto view = ReadView(t);
    auto at = t.PointAt("at");
    tp.location = t.String("location").value_or("");
    if (auto prev = t.String("prevalence")) {
      if (auto p = model::ParsePrevalence(*prev)) {
        tp.prevalence = *p;
      } else {
        t.ErrorAt("prevalence",
                  "unknown prevalence '" + *prev + "': expected common, occasional or rare");
      }
    }
    ReadZones(t, tp);
    t.RejectUnknownKeys({"id", "name", "view", "at", "location", "prevalence", "zones"});
    if (view) tp.view = *view;
    if (at) tp.at = *at;
    m.trigger_points.push_back(std::move(tp));
  }
}

void ReadOutlines(TomlReader& r, model::Muscle& m) {
  for (TomlReader& o : r.Tables("outline", true, 1)) {
    model::MuscleOutline outline;
    auto view = ReadView(o);
    auto points = o.Points("points", 3);
    outline.deep = o.Bool("deep").value_or(false);
    // The fibres' course: where the muscle starts and where it ends, both or neither.
    const bool has_origin = o.Node("origin") != nullptr;
    const bool has_insertion = o.Node("insertion") != nullptr;
    if (has_origin != has_insertion) {
      o.ErrorAt(has_origin ? "origin" : "insertion",
                std::string("an outline with '") + (has_origin ? "origin" : "insertion") +
                    "' needs '" + (has_origin ? "insertion" : "origin") +
                    "' too: the fibres run from one to the other");
    } else if (has_origin) {
      if (auto origin = o.Points("origin", 1)) outline.attachments.origin = std::move(*origin);
      if (auto insertion = o.Points("insertion", 1)) outline.attachments.insertion = std::move(*insertion);
    }
    if (o.Node("via") != nullptr) {
      if (!has_origin) {
        o.ErrorAt("via", "'via' curves the fibres between 'origin' and 'insertion': give those too");
      } else if (auto via = o.Points("via", 1)) {
        outline.attachments.via = std::move(*via);
      }
    }
    o.RejectUnknownKeys({"view", "points", "deep", "origin", "insertion", "via"});
    if (!view || !points) continue;
    outline.view = *view;
    outline.shape = model::MakeClosedShape(std::move(*points));
    CheckShape(o, "points", outline.shape);
    m.outlines.push_back(std::move(outline));
  }
  for (const auto& o : m.outlines) {
    if (std::find(m.views.begin(), m.views.end(), o.view) == m.views.end()) m.views.push_back(o.view);
  }
  std::sort(m.views.begin(), m.views.end());
}

}  // namespace

std::optional<model::Muscle> ParseMuscle(std::string_view text, const std::string& file_name,
                                         std::vector<Diagnostic>& diagnostics,
                                         const ContentLimits& limits) {
  auto table = ParseToml(text, file_name, diagnostics);
  if (!table) return std::nullopt;
  TomlReader r(*table, file_name, diagnostics, limits);
  return ReadMuscle(r);
}

std::optional<model::Muscle> ReadMuscle(TomlReader& r) {
  const std::size_t errors_before = r.ErrorCount();
  const toml::table* table = &r.Raw();
  model::Muscle m;
  m.file = r.File();
  m.id = r.String("id").value_or("");
  if (!m.id.empty() && !IsIdentifier(m.id)) {
    r.ErrorAt("id", "muscle id '" + m.id + "' must be lower_snake_case (a-z, 0-9, _)");
  }
  m.name = r.Name("name").value_or("");
  m.anatomical_name = r.Name("anatomical_name").value_or("");
  m.region = r.String("region").value_or("");
  m.source = r.String("source").value_or("");
  m.midline = r.Bool("midline").value_or(false);
  m.symptoms = r.Strings("symptoms");
  m.aggravating = r.Strings("aggravating");
  m.perpetuating = r.Strings("perpetuating");
  m.habits = r.Strings("habits", false, 0);
  m.stretches = r.Strings("stretches");
  m.strengthening = r.Strings("strengthening");
  m.cautions = r.Strings("cautions");
  ReadSelfTreatment(r, m.self_treatment);
  for (TomlReader& p : r.Tables("pulling", true, 1)) {
    model::PullingMuscle pm;
    pm.muscle = p.String("muscle").value_or("");
    pm.why = p.String("why").value_or("");
    p.RejectUnknownKeys({"muscle", "why"});
    if (!pm.muscle.empty() && pm.muscle == m.id) {
      p.ErrorAt("muscle", "a muscle cannot list itself as a pulling muscle");
    }
    m.pulling.push_back(std::move(pm));
  }
  ReadOutlines(r, m);
  ReadTriggerPoints(r, m);
  if (table->contains("zones")) {
    r.ErrorAt("zones",
              "'zones' must be nested under a trigger point ([[trigger_points.zones]]): a referral "
              "zone needs the trigger point that causes it");
  }
  r.RejectUnknownKeys({"id", "name", "anatomical_name", "region", "source", "midline", "symptoms",
                       "aggravating", "perpetuating", "habits", "stretches", "strengthening",
                       "cautions", "self_treatment", "pulling", "outline", "trigger_points",
                       "zones"});
  if (r.ErrorCount() != errors_before) return std::nullopt;
  return m;
}

namespace {

// Reports the first point of `key` that lies outside the view frame.
void CheckInFrame(TomlReader& r, std::string_view key, const std::vector<model::Point>& control,
                  const model::ViewAtlas& atlas) {
  for (std::size_t i = 0; i < control.size(); ++i) {
    const model::Point p = control[i];
    if (p.x < 0 || p.y < 0 || p.x > atlas.width || p.y > atlas.height) {
      const toml::node* arr = r.Node(key);
      const toml::node* at = arr && arr->as_array() ? arr->as_array()->get(i) : arr;
      r.Error(at, "point " + std::to_string(i + 1) + " (" + std::to_string(std::lround(p.x)) +
                      ", " + std::to_string(std::lround(p.y)) + ") lies outside the " +
                      std::string(model::ToString(atlas.view)) + " view (0..." +
                      std::to_string(std::lround(atlas.width)) + " x 0..." +
                      std::to_string(std::lround(atlas.height)) + ")");
      return;
    }
  }
}

// Attachments (and the via line) sit on the body, on or near the muscle's outline, and give
// fibres that run through the outline.
void CheckAttachments(TomlReader& r, const model::MuscleOutline& outline, const model::Model& m) {
  const model::Attachments& at = outline.attachments;
  if (at.Empty()) return;
  constexpr float kReach = 24.0f;  // how far from the outline an attachment may lie (bone under it)
  const std::string view(model::ToString(outline.view));
  const auto round = [](float v) { return std::to_string(std::lround(v)); };
  bool placed = true;
  for (const std::string_view key : {std::string_view("origin"), std::string_view("insertion"), std::string_view("via")}) {
    const auto& line = key == "origin" ? at.origin : key == "insertion" ? at.insertion : at.via;
    const toml::node* arr = r.Node(key);
    for (std::size_t i = 0; i < line.size(); ++i) {
      const model::Point p = line[i];
      const toml::node* node = arr && arr->as_array() ? arr->as_array()->get(i) : arr;
      const std::string what = std::string(key) + " point " + std::to_string(i + 1) + " (" + round(p.x) +
                               ", " + round(p.y) + ")";
      if (!m.InsideBody(outline.view, p)) {
        r.Error(node, what + " lies outside the body on the " + view + " view");
        placed = false;
      } else if (!model::PointInPolygon(outline.shape.polygon, p) &&
                 model::DistanceToPolygonEdge(outline.shape.polygon, p) > kReach) {
        r.Error(node, what + " lies " + round(model::DistanceToPolygonEdge(outline.shape.polygon, p)) +
                          " units from the outline: attachments are at the muscle's ends, within " +
                          round(kReach) + " units of it");
        placed = false;
      }
    }
  }
  if (placed && model::MuscleFibres(outline.shape.polygon, at).size() < 3) {
    r.ErrorAt("origin", "the fibres from origin to insertion hardly cross the outline (fewer than 3): "
                        "the attachments should lie at the two ends of the muscle");
  }
}

bool OnRightSide(const model::ViewAtlas& atlas, model::Point p, float tolerance) {
  return atlas.view == model::View::Front ? p.x <= atlas.MidlineX() + tolerance
                                          : p.x >= atlas.MidlineX() - tolerance;
}

}  // namespace

void CrossCheckMuscle(TomlReader& r, const model::Muscle& muscle, const model::Model& m) {
  if (!m.FindRegion(muscle.region)) {
    r.ErrorAt("region", "unknown region '" + muscle.region + "' (see regions.toml)");
  }
  if (const toml::array* habits = r.Raw()["habits"].as_array()) {
    for (std::size_t i = 0; i < muscle.habits.size() && i < habits->size(); ++i) {
      if (!m.FindHabit(muscle.habits[i])) {
        r.Error(habits->get(i), "unknown habit '" + muscle.habits[i] + "' (see habits.toml)");
      }
    }
  }
  auto pulling = r.Tables("pulling", false, 0);
  for (std::size_t i = 0; i < pulling.size() && i < muscle.pulling.size(); ++i) {
    if (m.MuscleIndex(muscle.pulling[i].muscle) < 0) {
      pulling[i].ErrorAt("muscle", "unknown pulling muscle '" + muscle.pulling[i].muscle +
                                       "': expected the id of a muscle in muscles/");
    }
  }
  auto outlines = r.Tables("outline", false, 0);
  for (std::size_t i = 0; i < outlines.size() && i < muscle.outlines.size(); ++i) {
    CheckInFrame(outlines[i], "points", muscle.outlines[i].shape.control,
                 m.Atlas(muscle.outlines[i].view));
    CheckAttachments(outlines[i], muscle.outlines[i], m);
    const model::MuscleOutline& o = muscle.outlines[i];
    CheckInsideBody(outlines[i], "points", o.shape.polygon, m.BodyIndex(o.view),
                    std::string("the ") + (o.deep ? "deep " : "") + "outline on the " +
                        std::string(model::ToString(o.view)) + " view",
                    kOutlineSkinTolerance);
  }
  auto tps = r.Tables("trigger_points", false, 0);
  for (std::size_t i = 0; i < tps.size() && i < muscle.trigger_points.size(); ++i) {
    const model::TriggerPoint& tp = muscle.trigger_points[i];
    const model::ViewAtlas& atlas = m.Atlas(tp.view);
    if (!m.InsideBody(tp.view, tp.at)) {
      tps[i].ErrorAt("at", "trigger point '" + tp.id + "' at (" + std::to_string(std::lround(tp.at.x)) +
                               ", " + std::to_string(std::lround(tp.at.y)) +
                               ") lies outside the body on the " +
                               std::string(model::ToString(tp.view)) + " view");
    } else if (!muscle.midline && !OnRightSide(atlas, tp.at, 20.0f)) {
      tps[i].ErrorAt("at", std::string("trigger point '") + tp.id +
                               "' is on the subject's left: content is authored on the right side "
                               "(x " + (tp.view == model::View::Front ? "<" : ">") +
                               " 500 on the " + std::string(model::ToString(tp.view)) +
                               " view) and mirrored; or set midline = true");
    }
    auto zones = tps[i].Tables("zones", false, 0);
    for (std::size_t z = 0; z < zones.size() && z < tp.zones.size(); ++z) {
      CheckInFrame(zones[z], "points", tp.zones[z].shape.control, m.Atlas(tp.zones[z].view));
    }
  }
}

}  // namespace knotmap::io
