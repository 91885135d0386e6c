// `knotmap validate [DIR]`: load the content, print every problem, exit 0 when clean, 1 otherwise.
#include <memory>
#include <ostream>

#include "cli/checked.hpp"
#include "cli/common.hpp"

namespace knotmap::cli {

Command AddValidate(CLI::App& app) {
  auto dir = std::make_shared<std::string>();
  CLI::App* sub = app.add_subcommand("validate", "Check a content directory and report every problem");
  sub->add_option("DIR", *dir, "Content directory (default: the shipped assets/model)")->check(NotEmpty());
  return {sub, [dir](Streams s) {
            const auto path = dir->empty() ? io::DefaultContentDir() : std::filesystem::path(*dir);
            const io::LoadResult result = io::LoadModel(path);
            std::size_t errors = 0, warnings = 0;
            for (const io::Diagnostic& d : result.diagnostics) {
              const bool summary = d.file.empty() && d.line == 0;  // "... and N more"
              (d.warning ? warnings : errors) += summary ? result.omitted : 1;
              s.out << io::Format(d) << "\n";
            }
            if (!result.model) {
              s.out << path.string() << ": " << errors << " error" << (errors == 1 ? "" : "s")
                    << ", " << warnings << " warning" << (warnings == 1 ? "" : "s") << "\n";
              return 1;
            }
            const model::Model& m = *result.model;
            s.out << path.string() << ": ok: " << m.muscles.size() << " muscles, "
                  << m.TriggerPointCount() << " trigger points, " << m.views[0].landmarks.size()
                  << " front and " << m.views[1].landmarks.size() << " back landmarks, "
                  << m.views[0].bones.size() + m.views[1].bones.size() << " bones, "
                  << m.red_flags.size() << " red flags";
            if (warnings) s.out << ", " << warnings << " warnings";
            s.out << "\n";
            return 0;
          }};
}

}  // namespace knotmap::cli
