// The system clock and the progress store behind the session's interfaces.
#include "app/wiring.hpp"

#include <ctime>


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

void AttachStore(session::Session& session, std::shared_ptr<io::ProgressStore> store) {
  std::vector<model::Card> cards = store->LoadCards();
  std::vector<int> days = store->ReviewDays();
  std::vector<std::string> messages = store->Messages();
  session::AttachJournal(session, std::make_shared<StoreJournal>(store));
  session::AttachRecorder(session, std::make_shared<StoreRecorder>(std::move(store)), std::move(cards),
                          std::move(days), std::move(messages));
}

}  // namespace knotmap::app
