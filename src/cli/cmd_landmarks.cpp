// `knotmap landmarks [--view V] [--json]`: the named anatomical points of each view.
#include <memory>
#include <ostream>

#include "cli/common.hpp"

namespace knotmap::cli {

Command AddLandmarks(CLI::App& app) {
  struct Opts {
    std::string view, model;
    bool json = false;
  };
  auto o = std::make_shared<Opts>();
  CLI::App* sub = app.add_subcommand("landmarks", "List the landmarks of each view (atlas units)");
  sub->add_option("--view", o->view, "front or back (default: both)")
      ->check(CLI::IsMember({"front", "back"}));
  sub->add_flag("--json", o->json, "Print {\"front\": {name: [x, y]}, \"back\": {...}}");
  AddModelOption(sub, o->model);
  return {sub, [o](Streams s) {
            auto m = LoadOrReport(o->model, s);
            if (!m) return 2;
            nlohmann::ordered_json json = nlohmann::ordered_json::object();
            for (model::View v : model::kViews) {
              if (!o->view.empty() && model::ToString(v) != o->view) continue;
              const std::string name(model::ToString(v));
              json[name] = nlohmann::ordered_json::object();
              if (!o->json) s.out << name << " view:\n";
              for (const model::Landmark& l : m->Atlas(v).landmarks) {
                json[name][l.name] = ToJson(l.at);
                if (!o->json) {
                  s.out << "  " << l.name << std::string(28 - std::min<std::size_t>(27, l.name.size()), ' ')
                        << ToJson(l.at).dump() << "  " << l.region << "\n";
                }
              }
            }
            if (o->json) s.out << json.dump(2) << "\n";
            return 0;
          }};
}

}  // namespace knotmap::cli
