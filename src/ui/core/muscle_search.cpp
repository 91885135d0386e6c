// Word-wise, case-insensitive muscle search with a simple relevance order.
#include "ui/core/muscle_search.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace knotmap::ui {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (c == '_' || c == '-') c = ' ';
  }
  return out;
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> words;
  std::string w;
  for (char c : Lower(s)) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      w += c;
    } else if (!w.empty()) {
      words.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) words.push_back(std::move(w));
  return words;
}

// 3: the name starts with the word; 2: some word of the text starts with it; 1: substring; 0: no.
int MatchRank(const std::string& text, const std::string& word) {
  const std::size_t at = text.find(word);
  if (at == std::string::npos) return 0;
  if (at == 0) return 3;
  for (std::size_t i = at; i != std::string::npos; i = text.find(word, i + 1)) {
    if (!std::isalnum(static_cast<unsigned char>(text[i - 1]))) return 2;
  }
  return 1;
}

}  // namespace

std::string_view RegionName(const model::Model& model, const model::Muscle& muscle) {
  const model::Region* r = model.FindRegion(muscle.region);
  return r != nullptr ? std::string_view(r->name) : std::string_view(muscle.region);
}

std::vector<int> SearchMuscles(const model::Model& model, std::string_view query) {
  const std::vector<std::string> words = Words(query);
  std::vector<std::pair<int, int>> ranked;  // (-rank, index)
  for (std::size_t i = 0; i < model.muscles.size(); ++i) {
    const model::Muscle& m = model.muscles[i];
    const std::string name = Lower(m.name);
    const std::string all = name + " | " + Lower(m.anatomical_name) + " | " + Lower(m.id) + " | " +
                            Lower(RegionName(model, m));
    int rank = 0;
    bool all_words = true;
    for (const std::string& w : words) {
      const int in_name = MatchRank(name, w);
      const int anywhere = MatchRank(all, w);
      if (in_name == 0 && anywhere == 0) {
        all_words = false;
        break;
      }
      rank += in_name > 0 ? in_name + 1 : anywhere;  // the common name counts most
    }
    if (all_words) ranked.push_back({-rank, static_cast<int>(i)});
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<int> out;
  out.reserve(ranked.size());
  for (const auto& r : ranked) out.push_back(r.second);
  return out;
}

}  // namespace knotmap::ui
