// Word-wise muscle search: each query word is matched against the words of each field as a
// prefix, inside a word, or (names only, five letters and more) with one or two typos.
#include "session/muscle_search.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace knotmap::session {
namespace {

struct Word {
  std::string text;    // lower case
  std::size_t begin;   // position in the original text (bytes)
};

std::vector<Word> Words(std::string_view s) {
  std::vector<Word> words;
  for (std::size_t i = 0; i < s.size();) {
    if (!std::isalnum(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    Word w{{}, i};
    for (; i < s.size() && std::isalnum(static_cast<unsigned char>(s[i])); ++i) {
      w.text += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
    }
    words.push_back(std::move(w));
  }
  return words;
}

// Optimal string alignment distance (a swap of neighbours counts as one edit).
int EditDistance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
  for (std::size_t j = 0; j <= m; ++j) prev[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) cur[j] = std::min(cur[j], prev2[j - 2] + 1);
    }
    prev2.swap(prev);
    prev.swap(cur);
  }
  return prev[m];
}

// How well query word `q` matches text word `t`: 3 a prefix, 2 inside the word, 1 a typo of the
// word or of its start, 0 not at all.
int WordMatch(const std::string& q, const std::string& t, bool typos) {
  if (t.compare(0, q.size(), q) == 0) return 3;
  if (q.size() >= 3 && t.find(q) != std::string::npos) return 2;
  if (!typos || q.size() < 5) return 0;
  const int budget = q.size() >= 8 ? 2 : 1;
  if (EditDistance(q, t) <= budget) return 1;
  for (std::size_t len = q.size() - 1; len <= q.size() + 1 && len <= t.size(); ++len) {
    if (EditDistance(q, std::string_view(t).substr(0, len)) <= budget) return 1;
  }
  return 0;
}

struct FieldText {
  SearchField field;
  std::string_view text;
};

int Weight(SearchField f) {
  switch (f) {
    case SearchField::Name: return 6;
    case SearchField::AnatomicalName: return 5;
    case SearchField::Id: return 4;
    case SearchField::Region: return 3;
    case SearchField::Symptom: return 2;
    case SearchField::TriggerPoint: return 2;
  }
  return 1;
}

bool TyposAllowed(SearchField f) { return f == SearchField::Name || f == SearchField::AnatomicalName || f == SearchField::Id; }

// Everyday words that the content says differently.
constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kSynonyms{{
    {"belly", "abdomen"}, {"tummy", "abdomen"}, {"stomach", "abdomen"}, {"butt", "buttock"},
    {"bottom", "buttock"}, {"migraine", "headache"}, {"backache", "back"}, {"sciatica", "sciatic"},
    {"calves", "calf"},
}};

std::string_view Canonical(std::string_view word) {
  for (const auto& [common, used] : kSynonyms) {
    if (word == common) return used;
  }
  return word;
}

struct Best {
  int score = 0;
  const FieldText* field = nullptr;
  std::size_t begin = 0, length = 0;
};

Best MatchWord(const std::string& q, const std::vector<FieldText>& fields) {
  Best best;
  for (const FieldText& f : fields) {
    for (const Word& w : Words(f.text)) {
      const int strength = WordMatch(q, w.text, TyposAllowed(f.field));
      const int score = strength * Weight(f.field);
      if (score > best.score) best = {score, &f, w.begin, w.text.size()};
    }
  }
  return best;
}

std::vector<FieldText> Fields(const model::Model& model, const model::Muscle& m, SearchScope scope) {
  std::vector<FieldText> f{{SearchField::Name, m.name}, {SearchField::AnatomicalName, m.anatomical_name},
                           {SearchField::Id, m.id}};
  if (scope == SearchScope::Names) return f;
  f.push_back({SearchField::Region, RegionName(model, m)});
  for (const std::string& s : m.symptoms) f.push_back({SearchField::Symptom, s});
  for (const model::TriggerPoint& tp : m.trigger_points) f.push_back({SearchField::TriggerPoint, tp.name});
  return f;
}

std::vector<std::string> QueryWords(std::string_view query) {
  std::vector<std::string> out;
  for (Word& w : Words(query)) out.emplace_back(Canonical(w.text));
  return out;
}

}  // namespace

std::string_view ToString(SearchField field) {
  switch (field) {
    case SearchField::Name: return "name";
    case SearchField::AnatomicalName: return "anatomical name";
    case SearchField::Id: return "id";
    case SearchField::Region: return "region";
    case SearchField::Symptom: return "symptom";
    case SearchField::TriggerPoint: return "trigger point";
  }
  return "name";
}

std::string_view RegionName(const model::Model& model, const model::Muscle& muscle) {
  const model::Region* r = model.FindRegion(muscle.region);
  return r != nullptr ? std::string_view(r->name) : std::string_view(muscle.region);
}

std::vector<SearchHit> SearchMuscles(const model::Model& model, std::string_view query, SearchScope scope) {
  const std::vector<std::string> words = QueryWords(query);
  std::vector<SearchHit> hits;
  for (std::size_t i = 0; i < model.muscles.size(); ++i) {
    const std::vector<FieldText> fields = Fields(model, model.muscles[i], scope);
    SearchHit hit;
    hit.muscle = static_cast<int>(i);
    Best shown;  // the strongest match outside the name
    bool all = true;
    for (const std::string& w : words) {
      const Best b = MatchWord(w, fields);
      if (b.score == 0) {
        all = false;
        break;
      }
      hit.score += b.score;
      if (b.field->field != SearchField::Name && b.score > shown.score) shown = b;
    }
    if (!all) continue;
    if (shown.field != nullptr) {
      hit.snippet = std::string(shown.field->text);
      hit.field = shown.field->field;
      hit.match_begin = shown.begin;
      hit.match_length = shown.length;
    }
    hits.push_back(std::move(hit));
  }
  std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
  return hits;
}

bool MatchesWords(std::string_view text, std::string_view query) {
  const std::vector<Word> words = Words(text);
  for (const std::string& q : QueryWords(query)) {
    const bool found = std::any_of(words.begin(), words.end(), [&](const Word& w) { return WordMatch(q, w.text, true) > 0; });
    if (!found) return false;
  }
  return true;
}

}  // namespace knotmap::session
