// Loading the body-wide causes and the method content; the muscle references are checked after
// the muscle files, like the pulling muscles.
#include "io/method_loader.hpp"

#include <algorithm>
#include <set>

namespace knotmap::io {
namespace {

std::optional<model::BallWay> ReadWay(TomlReader& t) {
  const std::optional<std::string> way = t.String("way");
  if (!way) return std::nullopt;
  for (model::BallWay w : {model::BallWay::Floor, model::BallWay::Wall, model::BallWay::Short}) {
    if (*way == model::ToString(w)) return w;
  }
  t.ErrorAt("way", "unknown way '" + *way + "': expected \"floor\", \"wall\" or \"short\"");
  return std::nullopt;
}

void CheckRegions(TomlReader& t, const char* key, const std::vector<std::string>& regions,
                  const model::Model& m) {
  for (const std::string& region : regions) {
    if (!m.FindRegion(region)) t.ErrorAt(key, "unknown region '" + region + "' (see regions.toml)");
  }
}

void ReadGuidedStep(TomlReader& t, model::GuidedStep& step) {
  step.title = t.Name("title").value_or("");
  step.details = t.Strings("details");
  step.seconds = t.Integer("seconds", true, 10, 900).value_or(0);
  step.source = t.String("source").value_or("");
}

void ReadBall(TomlReader& t, model::Model& m) {
  model::BallGuide& g = m.method.ball;
  g.long_rest_seconds = t.Integer("long_rest_seconds", true, 30, 600).value_or(180);
  g.long_rest_max_seconds = t.Integer("long_rest_max_seconds", true, 30, 900).value_or(300);
  if (g.long_rest_seconds > g.long_rest_max_seconds) {
    t.ErrorAt("long_rest_seconds", "the long rest (" + std::to_string(g.long_rest_seconds) +
                                       " s) is longer than long_rest_max_seconds (" +
                                       std::to_string(g.long_rest_max_seconds) + " s)");
  }
  g.before = t.String("before").value_or("");
  g.stop_signs = t.Strings("stop_signs");
  g.source = t.String("source").value_or("");
  std::set<std::string> seen;
  for (TomlReader& rt : t.Tables("region", true, 1)) {
    const std::string region = rt.String("region").value_or("");
    const auto way = ReadWay(rt);
    rt.RejectUnknownKeys({"region", "way"});
    if (region.empty()) continue;
    if (!m.FindRegion(region)) rt.ErrorAt("region", "unknown region '" + region + "' (see regions.toml)");
    if (!seen.insert(region).second) rt.ErrorAt("region", "region '" + region + "' is listed twice");
    if (way) g.regions.emplace_back(region, *way);
  }
  for (const model::Region& region : m.regions) {
    if (seen.count(region.id) == 0) {
      t.ErrorAt("region", "region '" + region.id + "' has no [[ball.region]]: say how it takes a ball "
                          "(\"floor\", \"wall\" or \"short\")");
    }
  }
  for (TomlReader& mt : t.Tables("muscle", false, 0)) {
    const std::string muscle = mt.String("muscle").value_or("");
    const auto way = ReadWay(mt);
    mt.RejectUnknownKeys({"muscle", "way"});
    if (!muscle.empty() && way) g.muscles.emplace_back(muscle, *way);
  }
  for (TomlReader& nt : t.Tables("no_floor", false, 0)) {
    model::NoFloorPlace p{nt.Name("place").value_or(""), nt.String("why").value_or(""), nt.Strings("muscles")};
    nt.RejectUnknownKeys({"place", "why", "muscles"});
    g.no_floor.push_back(std::move(p));
  }
  t.RejectUnknownKeys({"long_rest_seconds", "long_rest_max_seconds", "before", "stop_signs", "source",
                       "region", "muscle", "no_floor"});
}

}  // namespace

void ReadCauses(TomlReader& r, model::Model& m) {
  m.causes.min_regions = r.Integer("min_regions", true, 1, 20).value_or(3);
  std::set<std::string> seen;
  for (TomlReader& t : r.Tables("cause", true, 1)) {
    model::BodyCause c{t.String("id").value_or(""), t.Name("label").value_or(""), t.String("cause").value_or(""),
                       t.String("advice").value_or(""), t.String("source").value_or("")};
    t.RejectUnknownKeys({"id", "label", "cause", "advice", "source"});
    if (!c.id.empty() && !seen.insert(c.id).second) t.ErrorAt("id", "duplicate cause id '" + c.id + "'");
    if (!c.id.empty() && m.FindHabit(c.id)) {
      t.ErrorAt("id", "cause id '" + c.id + "' is also a habit id (habits.toml): pick another id");
    }
    m.causes.list.push_back(std::move(c));
  }
  r.RejectUnknownKeys({"min_regions", "cause"});
}

void ReadMethod(TomlReader& r, model::Model& m) {
  if (auto ball = r.Table("ball")) ReadBall(*ball, m);
  if (auto t = r.Table("front_release")) {
    ReadGuidedStep(*t, m.method.front_release);
    m.method.front_release.regions = t->Strings("regions");
    CheckRegions(*t, "regions", m.method.front_release.regions, m);
    t->RejectUnknownKeys({"title", "details", "seconds", "source", "regions"});
  }
  if (auto t = r.Table("relaxation")) {
    model::Relaxation& relax = m.method.relaxation;
    ReadGuidedStep(*t, relax);
    relax.habits = t->Strings("habits");
    for (const std::string& h : relax.habits) {
      if (!m.FindHabit(h)) t->ErrorAt("habits", "unknown habit '" + h + "' (see habits.toml)");
    }
    relax.breathe_in_seconds = static_cast<float>(t->Number("breathe_in_seconds", true, 1.0, 20.0).value_or(4.0));
    relax.breathe_out_seconds = static_cast<float>(t->Number("breathe_out_seconds", true, 1.0, 20.0).value_or(6.0));
    t->RejectUnknownKeys({"title", "details", "seconds", "source", "habits", "breathe_in_seconds",
                          "breathe_out_seconds"});
  }
  r.RejectUnknownKeys({"ball", "front_release", "relaxation"});
}

void CrossCheckMethod(TomlReader& r, const model::Model& m) {
  auto ball = r.Table("ball", false);
  if (!ball) return;
  for (TomlReader& nt : ball->Tables("no_floor", false, 0)) {
    for (const std::string& id : nt.Strings("muscles")) {
      if (m.MuscleIndex(id) < 0) nt.ErrorAt("muscles", "unknown muscle '" + id + "' (no muscles/" + id + ".toml)");
    }
  }
  for (TomlReader& mt : ball->Tables("muscle", false, 0)) {
    const std::string id = mt.String("muscle").value_or("");
    if (id.empty()) continue;
    if (m.MuscleIndex(id) < 0) {
      mt.ErrorAt("muscle", "unknown muscle '" + id + "' (no muscles/" + id + ".toml)");
    } else if (const model::NoFloorPlace* p = model::NoFloorPlaceOf(m.method.ball, id);
               p != nullptr && mt.String("way").value_or("") != "short") {
      mt.ErrorAt("way", "muscle '" + id + "' lies in " + p->place + ", which never gets a ball on the "
                        "floor: its way must be \"short\"");
    }
  }
}

}  // namespace knotmap::io
