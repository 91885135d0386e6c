// `knotmap journal add|list|show|treat|export`: the pain journal from the command line, on the same
// store and the same query pipeline as the window.
#include <ctime>
#include <iomanip>
#include <memory>
#include <ostream>

#include "cli/checked.hpp"
#include "cli/common.hpp"
#include "cli/journal_common.hpp"
#include "cli/mark_options.hpp"
#include "model/what_helped.hpp"
#include "session/pipeline.hpp"

namespace knotmap::cli {
namespace {

struct AddOpts {
  std::string data_dir, model, note;
  MarkOptions marks;  // only --view, --at and --habit are offered
  int intensity = 5;
  std::optional<std::string> at_time;
};

struct ListOpts {
  std::string data_dir;
  std::optional<std::string> from, to;
  bool json = false;
};

struct ShowOpts {
  std::string data_dir;
  std::int64_t id = 0;
  bool json = false;
};

struct TreatOpts {
  std::string data_dir, model, muscle, trigger_point, side, rating;
  int seconds = 0;
  std::optional<std::string> at_time;
};

std::int64_t Now() { return static_cast<std::int64_t>(std::time(nullptr)); }

int Add(const AddOpts& o, Streams s) {
  if (o.marks.at.empty()) {
    s.err << "knotmap journal add: give at least one --at X,Y where it hurts\n";
    return 2;
  }
  if (const std::string error = CheckMarkOptions(o.marks); !error.empty()) {
    s.err << "knotmap journal add: " << error << "\n";
    return 2;
  }
  const auto at = TimeOption(o.at_time, Now(), io::DayEnd::Start, "add", "--at-time", s);
  if (!at) return 2;
  auto m = LoadOrReport(o.model, s);
  if (!m) return 2;
  auto marks = ParseMarks(o.marks, *m, "journal add", s.err);
  if (!marks) return 2;
  for (model::PainMark& mark : *marks) mark.intensity = o.intensity;
  auto store = OpenJournal(o.data_dir, true, "add", s);
  if (!store) return 1;
  const model::SpatialIndex index(*m);
  session::AnalysisOptions options;
  options.habits = o.marks.habits;
  const session::Analysis a = session::Analyze(*m, index, *marks, options);
  const model::JournalEntry entry = model::MakeJournalEntry(*m, *marks, o.marks.habits, {}, a.findings, *at, o.note);
  const auto id = store->AddEntry(entry);
  if (!id) {
    s.err << "knotmap journal add: cannot save the entry: " << store->LastError() << "\n";
    return 1;
  }
  s.out << "Saved entry " << *id << " (" << io::LocalDateTime(*at) << "): " << marks->size() << " mark"
        << (marks->size() == 1 ? "" : "s");
  if (!entry.findings.empty()) {
    const model::JournalFinding& f = entry.findings.front();
    s.out << "; most likely " << f.muscle_name << " (" << model::ToString(f.side) << "), " << f.trigger_point_name;
  }
  s.out << "\n";
  return 0;
}

void PrintHelped(std::ostream& out, const std::vector<model::HelpedFigure>& helped) {
  if (helped.empty()) return;
  out << "\nWhat helped (change in the pain each treated point explained, entry before to entry after):\n";
  for (const model::HelpedFigure& f : helped) {
    out << "  " << f.muscle_name << " (" << model::ToString(f.side) << ")"
        << (f.trigger_point_name.empty() ? "" : ", " + f.trigger_point_name) << ": " << model::HelpedSentence(f)
        << "\n";
  }
}

int List(const ListOpts& o, Streams s) {
  const auto from = TimeOption(o.from, INT64_MIN, io::DayEnd::Start, "list", "--from", s);
  const auto to = from ? TimeOption(o.to, INT64_MAX, io::DayEnd::End, "list", "--to", s) : std::nullopt;
  if (!from || !to) return 2;
  auto store = OpenJournal(o.data_dir, false, "list", s);
  if (!store) return 1;
  const auto entries = store->Entries(*from, *to);
  const auto treatments = store->Treatments(*from, *to);
  const auto helped = model::WhatHelped(entries, treatments);
  if (o.json) {
    nlohmann::ordered_json j = {{"entries", nlohmann::ordered_json::array()},
                                {"treatments", nlohmann::ordered_json::array()},
                                {"what_helped", nlohmann::ordered_json::array()}};
    for (const auto& e : entries) j["entries"].push_back(EntryToJson(e));
    for (const auto& t : treatments) j["treatments"].push_back(TreatmentToJson(t));
    for (const auto& f : helped) {
      j["what_helped"].push_back({{"muscle", f.muscle},
                                  {"trigger_point", f.trigger_point},
                                  {"side", std::string(model::ToString(f.side))},
                                  {"treatments", f.treatments},
                                  {"observations", f.observations},
                                  {"mean_change", std::round(f.mean_change * 100.0f) / 100.0f},
                                  {"enough", f.Enough()},
                                  {"summary", model::HelpedSentence(f)}});
    }
    s.out << j.dump(2) << "\n";
    return 0;
  }
  if (entries.empty()) s.out << "No journal entries" << (o.from || o.to ? " in that time" : " yet") << ".\n";
  for (const auto& e : entries) {
    int worst = 0;
    for (const auto& m : e.marks) worst = std::max(worst, m.mark.intensity);
    s.out << std::setw(4) << e.id << "  " << io::LocalDateTime(e.at) << "  " << e.marks.size() << " mark"
          << (e.marks.size() == 1 ? " " : "s") << "  worst " << std::setw(2) << worst << "/10";
    if (!e.findings.empty()) s.out << "  " << e.findings.front().muscle_name << " (" << model::ToString(e.findings.front().side) << ")";
    if (!e.note.empty()) s.out << "  \"" << e.note << "\"";
    s.out << "\n";
  }
  if (!treatments.empty()) s.out << "\nTreatments:\n";
  for (const auto& t : treatments) {
    s.out << std::setw(4) << t.id << "  " << io::LocalDateTime(t.at) << "  " << t.muscle
          << (t.trigger_point.empty() ? "" : " " + t.trigger_point) << " (" << model::ToString(t.side) << "), "
          << model::ToString(t.method) << " " << t.seconds << " s"
          << (t.rating ? ", " + std::string(model::ToString(*t.rating)) : "") << "\n";
  }
  PrintHelped(s.out, helped);
  return 0;
}

int Show(const ShowOpts& o, Streams s) {
  auto store = OpenJournal(o.data_dir, false, "show", s);
  if (!store) return 1;
  const auto e = store->Entry(o.id);
  if (!e) {
    s.err << "knotmap journal show: there is no journal entry " << o.id << " (see 'knotmap journal list')\n";
    return 2;
  }
  if (o.json) {
    s.out << EntryToJson(*e).dump(2) << "\n";
    return 0;
  }
  s.out << "Entry " << e->id << ", " << io::LocalDateTime(e->at) << "\n";
  if (!e->note.empty()) s.out << "Note: " << e->note << "\n";
  s.out << "Marks:\n";
  for (std::size_t i = 0; i < e->marks.size(); ++i) {
    const auto& m = e->marks[i];
    s.out << "  [" << i << "] " << model::ToString(m.mark.view) << " (" << std::fixed << std::setprecision(0)
          << m.mark.points.front().x << ", " << m.mark.points.front().y << "), intensity " << m.mark.intensity
          << (m.region.empty() ? "" : ", " + m.region) << "\n";
  }
  if (!e->habits.empty()) {
    s.out << "Habits:";
    for (const auto& h : e->habits) s.out << " " << h;
    s.out << "\n";
  }
  for (const auto& t : e->press_tests) {
    s.out << "Press test: " << t.muscle << " " << t.trigger_point << " (" << model::ToString(t.side)
          << "): " << model::ToString(t.answer) << "\n";
  }
  if (!e->findings.empty()) s.out << "Findings shown:\n";
  s.out << std::setprecision(2);
  for (std::size_t i = 0; i < e->findings.size() && i < 10; ++i) {
    const auto& f = e->findings[i];
    s.out << "  " << std::setw(2) << i + 1 << ". " << f.muscle_name << " (" << model::ToString(f.side) << "), "
          << f.trigger_point_name << "  score " << f.score << "\n";
  }
  return 0;
}

int Treat(const TreatOpts& o, Streams s) {
  const auto at = TimeOption(o.at_time, Now(), io::DayEnd::Start, "treat", "--at-time", s);
  if (!at) return 2;
  auto m = LoadOrReport(o.model, s);
  if (!m) return 2;
  const model::Muscle* muscle = m->FindMuscle(o.muscle);
  if (muscle == nullptr) {
    s.err << "knotmap journal treat: unknown muscle '" << o.muscle << "' (see 'knotmap muscles')\n";
    return 2;
  }
  model::Treatment t;
  t.at = *at;
  t.muscle = muscle->id;
  if (!o.trigger_point.empty()) {
    const bool known = std::any_of(muscle->trigger_points.begin(), muscle->trigger_points.end(),
                                   [&](const model::TriggerPoint& tp) { return tp.id == o.trigger_point; });
    if (!known) {
      s.err << "knotmap journal treat: " << muscle->id << " has no trigger point '" << o.trigger_point << "'; it has:";
      for (const auto& tp : muscle->trigger_points) s.err << " " << tp.id;
      s.err << "\n";
      return 2;
    }
    t.trigger_point = o.trigger_point;
  }
  if (muscle->midline && !o.side.empty()) {
    s.err << "knotmap journal treat: " << muscle->id << " is a midline muscle: leave out --side\n";
    return 2;
  }
  t.side = muscle->midline ? model::Side::Midline : o.side == "left" ? model::Side::Left : model::Side::Right;
  t.method = muscle->self_treatment.method;
  t.seconds = o.seconds;
  if (!o.rating.empty()) t.rating = model::ParseTreatmentRating(o.rating);
  auto store = OpenJournal(o.data_dir, true, "treat", s);
  if (!store) return 1;
  const auto id = store->AddTreatment(t);
  if (!id) {
    s.err << "knotmap journal treat: cannot save the treatment: " << store->LastError() << "\n";
    return 1;
  }
  s.out << "Logged treatment " << *id << " (" << io::LocalDateTime(t.at) << "): " << muscle->name << " ("
        << model::ToString(t.side) << ")" << (t.trigger_point.empty() ? "" : ", " + t.trigger_point) << ", "
        << t.seconds << " s" << (t.rating ? ", " + std::string(model::ToString(*t.rating)) : "") << "\n";
  return 0;
}

}  // namespace

Command AddJournal(CLI::App& app) {
  CLI::App* journal = app.add_subcommand("journal", "Keep a pain journal: entries, treatments, what helped, export");
  journal->require_subcommand(1);

  auto add = std::make_shared<AddOpts>();
  CLI::App* add_cmd = journal->add_subcommand("add", "Save marks (and what they show) as a journal entry");
  add_cmd->add_option("--view", add->marks.view, "front or back (default back)");
  add_cmd->add_option("--at", add->marks.at, "A painful spot X,Y in the view's atlas units (repeatable)");
  add_cmd->add_option("--intensity", add->intensity, "How strong, 1 to 10 (default 5)")->check(WholeNumberIn(1, 10));
  add_cmd->add_option("--habit", add->marks.habits, "A habit that applies (repeatable; ids from habits.toml)");
  add_cmd->add_option("--note", add->note, "A note to keep with the entry");
  add_cmd->add_option("--at-time", add->at_time, "When, ISO 8601 (default now)");
  AddDataDirOption(add_cmd, add->data_dir);
  AddModelOption(add_cmd, add->model);

  auto list = std::make_shared<ListOpts>();
  CLI::App* list_cmd = journal->add_subcommand("list", "List entries and treatments, and what helped");
  list_cmd->add_option("--from", list->from, "First day or time, ISO 8601 (inclusive)");
  list_cmd->add_option("--to", list->to, "Last day or time, ISO 8601 (inclusive)");
  list_cmd->add_flag("--json", list->json, "Print JSON");
  AddDataDirOption(list_cmd, list->data_dir);

  auto show = std::make_shared<ShowOpts>();
  CLI::App* show_cmd = journal->add_subcommand("show", "Show one entry");
  show_cmd->add_option("ID", show->id, "Entry id (see 'knotmap journal list')")->required()->check(WholeNumberIn(1, INT64_MAX));
  show_cmd->add_flag("--json", show->json, "Print JSON");
  AddDataDirOption(show_cmd, show->data_dir);

  auto treat = std::make_shared<TreatOpts>();
  CLI::App* treat_cmd = journal->add_subcommand("treat", "Log a treatment of a muscle's trigger point");
  treat_cmd->add_option("--muscle", treat->muscle, "Muscle id (see 'knotmap muscles')")->required()->check(NotEmpty());
  treat_cmd->add_option("--trigger-point", treat->trigger_point, "Trigger point id of that muscle")->check(NotEmpty());
  treat_cmd->add_option("--side", treat->side, "left or right (default right)")->check(CLI::IsMember({"left", "right"}));
  treat_cmd->add_option("--seconds", treat->seconds, "How long, in seconds")->required()->check(WholeNumberIn(1, 86400));
  treat_cmd->add_option("--rating", treat->rating, "How it felt after: better, same or worse")
      ->check(CLI::IsMember({"better", "same", "worse"}));
  treat_cmd->add_option("--at-time", treat->at_time, "When, ISO 8601 (default now)");
  AddDataDirOption(treat_cmd, treat->data_dir);
  AddModelOption(treat_cmd, treat->model);

  Command export_cmd = AddJournalExport(*journal);

  return {journal, [=](Streams s) {
            if (add_cmd->parsed()) return Add(*add, s);
            if (list_cmd->parsed()) return List(*list, s);
            if (show_cmd->parsed()) return Show(*show, s);
            if (treat_cmd->parsed()) return Treat(*treat, s);
            return export_cmd.run(s);
          }};
}

}  // namespace knotmap::cli
