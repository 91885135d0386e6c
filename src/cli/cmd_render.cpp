// `knotmap render`: draw the atlas to an SVG file without a window (content review, handouts).
#include <memory>
#include <ostream>

#include "cli/checked.hpp"
#include "cli/common.hpp"
#include "io/file_io.hpp"
#include "io/svg_export.hpp"

namespace knotmap::cli {

Command AddRender(CLI::App& app) {
  struct Opts {
    std::string view = "both", out, model;
    std::vector<std::string> muscles;
    bool all = false, landmarks = false, labels = false, no_outlines = false, deep = false,
         no_skeleton = false, draft = false;
    float scale = 0.5f;
  };
  auto o = std::make_shared<Opts>();
  CLI::App* sub = app.add_subcommand("render", "Draw the atlas (and muscles' patterns) to an SVG file");
  sub->add_option("--view", o->view, "front, back or both")->check(CLI::IsMember({"front", "back", "both"}));
  sub->add_option("--muscle", o->muscles, "Draw this muscle's trigger points and zones (repeatable)");
  sub->add_flag("--all", o->all, "Draw every muscle's trigger points and zones");
  sub->add_flag("--landmarks", o->landmarks, "Draw the landmarks");
  sub->add_flag("--labels", o->labels, "Label the landmarks");
  sub->add_flag("--no-outlines", o->no_outlines, "Leave out the muscles (fills, fibres and outlines)");
  sub->add_flag("--deep", o->deep, "Draw the deep muscles too, beneath the superficial ones");
  sub->add_flag("--no-skeleton", o->no_skeleton, "Leave out the faint skeleton");
  sub->add_option("--scale", o->scale, "SVG pixels per atlas unit")->check(NumberIn(0.05, 8.0));
  sub->add_option("--out,-o", o->out, "Output .svg file (default: standard output)")->check(NotEmpty());
  sub->add_flag("--draft", o->draft,
                "Draw whatever loads even when the content has errors (for authors; errors are listed)");
  AddModelOption(sub, o->model);
  return {sub, [o](Streams s) {
            std::optional<model::Model> m;
            if (o->draft) {
              auto path = o->model.empty() ? io::DefaultContentDir() : std::filesystem::path(o->model);
              io::LoadResult r = io::LoadModel(path);
              for (const auto& d : r.diagnostics) s.err << io::Format(d) << "\n";
              m = r.model ? std::move(r.model) : std::move(r.partial);
              if (!m) return 2;
            } else {
              m = LoadOrReport(o->model, s);
            }
            if (!m) return 2;
            io::SvgOptions opts;
            if (o->view != "both") opts.views = {*model::ParseView(o->view)};
            for (const std::string& id : o->muscles) {
              if (!m->FindMuscle(id)) {
                s.err << "knotmap: unknown muscle '" << id << "'. Run 'knotmap muscles'.\n";
                return 2;
              }
            }
            opts.muscles = o->muscles;
            if (o->all) {
              for (const auto& mu : m->muscles) opts.muscles.push_back(mu.id);
            }
            opts.outlines = !o->no_outlines;
            opts.deep_muscles = o->deep;
            opts.skeleton = !o->no_skeleton;
            opts.landmarks = o->landmarks || o->labels;
            opts.labels = o->labels;
            opts.scale = o->scale;
            const std::string svg = io::RenderSvg(*m, opts);
            if (o->out.empty()) {
              s.out << svg;
              return 0;
            }
            // Through a temporary file and a rename: a failed write leaves an old file as it was.
            if (const std::string error = io::WriteFileAtomic(o->out, svg); !error.empty()) {
              s.err << "knotmap render: cannot write " << o->out << ": " << error << "\n";
              return 1;
            }
            return 0;
          }};
}

}  // namespace knotmap::cli
