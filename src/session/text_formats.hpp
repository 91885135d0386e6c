// Text forms of the session: the saved marks and habits (JSON through nlohmann, full float
// precision), the old line-based marks file (read once to migrate it), and a --mark spec turned
// into a spot through the strict, fuzzed model::ParseMarkSpec. Strings in, strings out.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "model/mark_spec.hpp"
#include "model/query.hpp"
#include "session/session.hpp"

namespace knotmap::session {

struct SavedMarks {
  std::vector<model::PainMark> marks;
  std::vector<std::string> habits;
  std::vector<model::PressTest> press_tests;
};

// {"version": 1, "marks": [{"view", "kind", "intensity", "radius", "points": [[x, y]...]}],
//  "habits": [ids], "press_tests": [{"muscle", "trigger_point", "side", "answer"}]}
std::string MarksToJson(const Session& session);
// nullopt (and `error`) when the text is not such a document; entries with a bad field are
// skipped, so one damaged mark does not lose the others.
std::optional<SavedMarks> MarksFromJson(std::string_view text, std::string& error);
// The earlier format: "spot back 5 30 545,470" / "stroke front 7 18 x,y x,y ..." and "habit ID".
SavedMarks MarksFromLegacyText(std::string_view text);

// One press-test answer as JSON and back (the saved marks and the journal share the form).
nlohmann::json PressTestToJson(const model::PressTest& t);
std::optional<model::PressTest> PressTestFromJson(const nlohmann::json& j);

// "back:545,470" -> a spot of `radius` and `intensity`; the strict parser's message otherwise.
std::variant<model::PainMark, model::ParseError> SpotFromSpec(std::string_view spec, int intensity = 5,
                                                            float radius = 30.0f);

}  // namespace knotmap::session
