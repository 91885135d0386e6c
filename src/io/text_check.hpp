// Checks on the text values of the content, shared by every reader of it.
#pragma once

#include <string>
#include <string_view>

namespace knotmap::io {

// What is wrong with a text value (empty, only invisible characters, a direction override; for
// names any invisible character), or an empty string when it is fine.
std::string TextProblem(std::string_view text, bool is_name);

}  // namespace knotmap::io
