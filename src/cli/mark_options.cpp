// Parsing of the mark options against the model, through the strict model::ParseCoordinates.
#include "cli/mark_options.hpp"

#include "cli/checked.hpp"
#include "cli/common.hpp"
#include "model/mark_spec.hpp"
#include "model/spatial_index.hpp"

namespace knotmap::cli {
namespace {

// Resolves a landmark name, adding the side suffix for paired landmarks given without one.
const model::Landmark* FindLandmark(const model::Model& m, model::View v, const std::string& name,
                                    const std::string& side, std::string& error) {
  for (const char* named : {"left", "right"}) {
    const std::string suffix = std::string("_") + named;
    const bool has_suffix = name.size() > suffix.size() &&
                            name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    if (has_suffix && !side.empty() && side != named) {
      error = "landmark '" + name + "' says " + named + " but --side says " + side +
              ": give one side, in the name or with --side";
      return nullptr;
    }
  }
  if (const auto* l = m.FindLandmark(v, name)) return l;
  if (const auto* l = m.FindLandmark(v, name + "_" + (side.empty() ? "right" : side))) {
    if (side.empty()) {
      error = "landmark '" + name + "' is paired: add --side left|right or use " + name +
              "_right / " + name + "_left";
      return nullptr;
    }
    return l;
  }
  error = "unknown landmark '" + name + "' on the " + std::string(model::ToString(v)) +
          " view (see 'knotmap landmarks --view " + std::string(model::ToString(v)) + "')";
  return nullptr;
}

}  // namespace

void AddMarkOptions(CLI::App* sub, MarkOptions& o) {
  sub->add_option("--view", o.view, "front or back (default back)");
  sub->add_option("--at", o.at, "A painful spot X,Y in the view's atlas units (repeatable)");
  sub->add_option("--landmark", o.landmarks, "A painful spot at a named landmark (repeatable)");
  sub->add_option("--radius", o.radius, "Spot radius in atlas units (default 30)")->check(NumberIn(1.0, 300.0));
  sub->add_option("--side", o.side, "Side for paired landmarks given without _left/_right")
      ->check(CLI::IsMember({"left", "right"}));
  sub->add_option("--habit", o.habits, "A habit that applies (repeatable; ids from habits.toml)");
  sub->add_option("--cause", o.causes, "A body-wide cause to consider (repeatable; ids from causes.toml)");
}

std::string CheckMarkOptions(const MarkOptions& o) {
  if (!model::ParseView(o.view)) return "unknown view '" + o.view + "': expected front or back";
  if (o.at.empty() && o.landmarks.empty()) return "give at least one --at X,Y or --landmark NAME";
  return {};
}

std::optional<std::vector<model::PainMark>> ParseMarks(const MarkOptions& o, const model::Model& m,
                                                       const std::string& command, std::ostream& err) {
  const model::View view = *model::ParseView(o.view);
  const std::string prefix = "knotmap " + command + ": ";
  std::vector<model::PainMark> marks;
  for (const std::string& text : o.at) {
    auto p = model::ParseCoordinates(text);
    if (auto* e = std::get_if<model::ParseError>(&p)) {
      err << prefix << "--at: " << e->message << "\n";
      return std::nullopt;
    }
    marks.push_back({view, model::MarkKind::Spot, {std::get<model::Point>(p)}, o.radius, 5});
  }
  for (const std::string& name : o.landmarks) {
    std::string error;
    const auto* l = FindLandmark(m, view, name, o.side, error);
    if (!l) {
      err << prefix << error << "\n";
      return std::nullopt;
    }
    marks.push_back({view, model::MarkKind::Spot, {l->at}, o.radius, 5});
  }
  for (const auto& mark : marks) {
    const model::Point p = mark.points.front();
    if (!m.InsideBody(view, p)) {
      err << prefix << OutsideBody(m, view, p) << "\n";
      return std::nullopt;
    }
  }
  for (const std::string& h : o.habits) {
    if (!m.FindHabit(h)) {
      err << prefix << "unknown habit '" << h << "'; known habits:";
      for (const auto& known : m.habits) err << " " << known.id;
      err << "\n";
      return std::nullopt;
    }
  }
  for (const std::string& c : o.causes) {
    if (!m.FindCause(c)) {
      err << prefix << "unknown cause '" << c << "'; known causes:";
      for (const auto& known : m.causes.list) err << " " << known.id;
      err << "\n";
      return std::nullopt;
    }
  }
  return marks;
}

session::Analysis AnalyzeMarks(const model::Model& m, const std::vector<model::PainMark>& marks, const MarkOptions& o) {
  const model::SpatialIndex index(m);
  session::AnalysisOptions ao;
  ao.habits = o.habits;
  ao.causes = o.causes;
  return session::Analyze(m, index, marks, ao);
}

}  // namespace knotmap::cli
