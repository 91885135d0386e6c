// `knotmap muscles [--json]` lists every muscle with its trigger points;
// `knotmap muscle ID [--json]` prints one muscle in full.
#include <memory>
#include <ostream>

#include "cli/common.hpp"

namespace knotmap::cli {
namespace {

using ordered_json = nlohmann::ordered_json;

ordered_json Shapes(const model::Shape& s) {
  ordered_json pts = ordered_json::array();
  for (model::Point p : s.control) pts.push_back(ToJson(p));
  return pts;
}

ordered_json TriggerPointSummary(const model::TriggerPoint& tp) {
  ordered_json views = ordered_json::array();
  for (const model::Zone& z : tp.zones) {
    if (std::find(views.begin(), views.end(), std::string(model::ToString(z.view))) == views.end()) {
      views.push_back(std::string(model::ToString(z.view)));
    }
  }
  return {{"id", tp.id},
          {"name", tp.name},
          {"view", model::ToString(tp.view)},
          {"at", ToJson(tp.at)},
          {"prevalence", model::ToString(tp.prevalence)},
          {"zone_views", views}};
}

ordered_json MuscleSummary(const model::Muscle& m) {
  ordered_json views = ordered_json::array();
  for (model::View v : m.views) views.push_back(std::string(model::ToString(v)));
  ordered_json tps = ordered_json::array();
  for (const auto& tp : m.trigger_points) tps.push_back(TriggerPointSummary(tp));
  return {{"id", m.id},         {"name", m.name},     {"anatomical_name", m.anatomical_name},
          {"region", m.region}, {"midline", m.midline}, {"views", views},
          {"trigger_points", tps}};
}

ordered_json MuscleFull(const model::Muscle& m) {
  ordered_json j = MuscleSummary(m);
  for (std::size_t i = 0; i < m.trigger_points.size(); ++i) {
    const model::TriggerPoint& tp = m.trigger_points[i];
    j["trigger_points"][i]["location"] = tp.location;
    ordered_json zones = ordered_json::array();
    for (const model::Zone& z : tp.zones) {
      zones.push_back({{"view", model::ToString(z.view)},
                       {"kind", model::ToString(z.kind)},
                       {"points", Shapes(z.shape)}});
    }
    j["trigger_points"][i]["zones"] = zones;
  }
  ordered_json outlines = ordered_json::array();
  for (const auto& o : m.outlines) {
    outlines.push_back({{"view", model::ToString(o.view)}, {"deep", o.deep}, {"points", Shapes(o.shape)}});
  }
  j["outlines"] = outlines;
  j["symptoms"] = m.symptoms;
  j["aggravating"] = m.aggravating;
  j["perpetuating"] = m.perpetuating;
  j["habits"] = m.habits;
  ordered_json pulling = ordered_json::array();
  for (const auto& p : m.pulling) pulling.push_back({{"muscle", p.muscle}, {"why", p.why}});
  j["pulling"] = pulling;
  const model::SelfTreatment& st = m.self_treatment;
  j["self_treatment"] = {{"tool", st.tool},         {"position", st.position},
                         {"find", st.find},         {"method", model::ToString(st.method)},
                         {"hold_seconds", st.hold_seconds}, {"strokes", st.strokes},
                         {"sets", st.sets},         {"frequency", st.frequency}};
  j["stretches"] = m.stretches;
  j["strengthening"] = m.strengthening;
  j["cautions"] = m.cautions;
  j["source"] = m.source;
  return j;
}

void PrintList(std::ostream& out, const char* title, const std::vector<std::string>& items) {
  out << "\n" << title << ":\n";
  for (const auto& i : items) out << "  - " << i << "\n";
}

void PrintMuscle(std::ostream& out, const model::Model& model, const model::Muscle& m) {
  out << m.name << " (" << m.anatomical_name << ")\n";
  const model::Region* region = model.FindRegion(m.region);
  out << "Region: " << (region ? region->name : m.region) << (m.midline ? ", midline" : ", both sides")
      << "\n";
  for (const auto& tp : m.trigger_points) {
    out << "\nTrigger point: " << tp.name << " (" << model::ToString(tp.prevalence) << ", "
        << model::ToString(tp.view) << " view at " << ToJson(tp.at).dump() << ")\n  " << tp.location
        << "\n  Refers pain to:";
    for (const auto& z : tp.zones) out << " " << model::ToString(z.kind) << "/" << model::ToString(z.view);
    out << "\n";
  }
  PrintList(out, "Symptoms", m.symptoms);
  PrintList(out, "Aggravated by", m.aggravating);
  PrintList(out, "Kept going by", m.perpetuating);
  out << "\nPulling muscles (release these first):\n";
  for (const auto& p : m.pulling) {
    const model::Muscle* pm = model.FindMuscle(p.muscle);
    out << "  - " << (pm ? pm->name : p.muscle) << ": " << p.why << "\n";
  }
  const model::SelfTreatment& st = m.self_treatment;
  out << "\nSelf-treatment with " << st.tool << ":\n  Position: " << st.position
      << "\n  Find it: " << st.find << "\n  Dose: " << model::DoseText(st) << "; " << st.frequency
      << "\n";
  PrintList(out, "Stretches", m.stretches);
  PrintList(out, "Strengthening", m.strengthening);
  PrintList(out, "Cautions", m.cautions);
  out << "\nSource: " << m.source << "\n";
}

}  // namespace

Command AddMuscles(CLI::App& app) {
  struct Opts {
    std::string model;
    bool json = false;
  };
  auto o = std::make_shared<Opts>();
  CLI::App* sub = app.add_subcommand("muscles", "List the muscles and their trigger points");
  sub->add_flag("--json", o->json, "Print JSON (see the README for the shape)");
  AddModelOption(sub, o->model);
  return {sub, [o](Streams s) {
            auto m = LoadOrReport(o->model, s);
            if (!m) return 2;
            if (o->json) {
              ordered_json list = ordered_json::array();
              for (const auto& mu : m->muscles) list.push_back(MuscleSummary(mu));
              s.out << ordered_json{{"muscles", list},
                                    {"muscle_count", m->muscles.size()},
                                    {"trigger_point_count", m->TriggerPointCount()}}
                           .dump(2)
                    << "\n";
              return 0;
            }
            for (const model::Region& r : m->regions) {
              s.out << r.name << "\n";
              for (const auto& mu : m->muscles) {
                if (mu.region != r.id) continue;
                s.out << "  " << mu.id << std::string(30 - std::min<std::size_t>(29, mu.id.size()), ' ')
                      << mu.name << " (" << mu.trigger_points.size() << " trigger point"
                      << (mu.trigger_points.size() == 1 ? "" : "s") << ")\n";
              }
            }
            s.out << m->muscles.size() << " muscles, " << m->TriggerPointCount()
                  << " trigger points\n";
            return 0;
          }};
}

Command AddMuscle(CLI::App& app) {
  struct Opts {
    std::string id, model;
    bool json = false;
  };
  auto o = std::make_shared<Opts>();
  CLI::App* sub = app.add_subcommand("muscle", "Show one muscle in full");
  sub->add_option("ID", o->id, "Muscle id, e.g. upper_trapezius (see 'knotmap muscles')")->required();
  sub->add_flag("--json", o->json, "Print JSON");
  AddModelOption(sub, o->model);
  return {sub, [o](Streams s) {
            auto m = LoadOrReport(o->model, s);
            if (!m) return 2;
            const model::Muscle* mu = m->FindMuscle(o->id);
            if (!mu) {
              s.err << "knotmap: unknown muscle '" << o->id
                    << "'. Run 'knotmap muscles' to list the ids.\n";
              return 2;
            }
            if (o->json) s.out << MuscleFull(*mu).dump(2) << "\n";
            else PrintMuscle(s.out, *m, *mu);
            return 0;
          }};
}

}  // namespace knotmap::cli
