// The system clock and the progress store behind the session's interfaces.
#include "app/wiring.hpp"

#include <ctime>

#include "cli/journal_export.hpp"


namespace knotmap::app {

double SystemClock::Seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

std::int64_t SystemClock::UnixSeconds() const { return static_cast<std::int64_t>(std::time(nullptr)); }

int SystemClock::Today() const { return io::LocalDayNumber(std::time(nullptr)); }

bool StoreRecorder::SaveReview(const model::Card& card, int day, std::int64_t at, int grade, float score) {
  return store_->SaveReview(card, io::ReviewRecord{card.key, day, at, grade, score});
}

bool StoreRecorder::ResetProgress() { return store_->ResetLearnProgress(); }

std::string StoreRecorder::LastError() const { return store_->LastError(); }

std::function<std::string()> JournalExporter(const session::Session& session, std::shared_ptr<io::ProgressStore> store,
                                             std::filesystem::path data_dir) {
  if (data_dir.empty()) return nullptr;
  return [&session, store = std::move(store), dir = std::move(data_dir)]() -> std::string {
    if (!session.model) return "Nothing to export: the content did not load.";
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%d-%H%M%S", &tm);
    const std::filesystem::path out = dir / "exports" / stamp;
    const cli::ExportResult r = cli::ExportJournal(*session.model, *store, INT64_MIN, INT64_MAX, out);
    if (!r.error.empty()) return "Export failed: " + r.error;
    return "Exported the plan (plan.pdf), the map and the journal to " + out.string();
  };
}

std::string StoreJournal::NotSaved() const {
  if (!not_saved_.empty()) return not_saved_;
  switch (store_->State()) {
    case io::StoreState::Persistent:
    case io::StoreState::Memory: return {};
    case io::StoreState::ReadOnly: return "the journal file is read-only, so what you add now is not kept.";
    case io::StoreState::Locked: return "another program holds the journal file, so nothing can be saved now.";
    case io::StoreState::Newer:
      return "the journal file was written by a newer Knotmap; it is left untouched and nothing is saved.";
    case io::StoreState::Unavailable: break;
  }
  return "the journal file cannot be used" + (store_->Messages().empty() ? std::string(".") : ": " + store_->Messages().front());
}

void AttachStore(session::Session& session, std::shared_ptr<io::ProgressStore> store, std::string not_saved) {
  std::vector<model::Card> cards = store->LoadCards();
  std::vector<int> days = store->ReviewDays();
  std::vector<std::string> messages = store->Messages();
  session::AttachJournal(session, std::make_shared<StoreJournal>(store, std::move(not_saved)));
  session::AttachRecorder(session, std::make_shared<StoreRecorder>(std::move(store)), std::move(cards),
                          std::move(days), std::move(messages));
}

}  // namespace knotmap::app
