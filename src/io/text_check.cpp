// Text values that show nothing or show something other than what they hold.
#include "io/text_check.hpp"

#include <cstdio>

namespace knotmap::io {
namespace {

// Decodes one UTF-8 code point (toml++ has checked the encoding); advances `i`.
char32_t NextCodePoint(std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i++]);
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  char32_t cp = extra == 3 ? c & 0x07u : extra == 2 ? c & 0x0Fu : extra == 1 ? c & 0x1Fu : c;
  for (; extra > 0 && i < s.size(); --extra)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3Fu);
  return cp;
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}
// Zero-width and formatting characters that draw nothing.
bool IsInvisible(char32_t c) {
  return (c >= 0x200B && c <= 0x200F) || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF || c == 0xAD ||
         c == 0x180E || c == 0x34F || c == 0x61C;
}
// Embeddings, overrides and isolates: they reorder the text around them when it is shown.
bool IsDirectionOverride(char32_t c) {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

std::string CodePointName(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

}  // namespace

std::string TextProblem(std::string_view text, bool is_name) {
  bool visible = false;
  std::string invisible;
  for (std::size_t i = 0; i < text.size();) {
    // Most content is ASCII, where only the four spaces draw nothing and nothing is invisible or
    // reorders text: one comparison a byte instead of the Unicode tables.
    if (const auto byte = static_cast<unsigned char>(text[i]); byte < 0x80) {
      visible = visible || !(byte == ' ' || byte == '\t' || byte == '\r' || byte == '\n');
      ++i;
      continue;
    }
    const char32_t c = NextCodePoint(text, i);
    if (IsDirectionOverride(c)) return "contains a direction override (" + CodePointName(c) + ")";
    if (IsInvisible(c)) {
      if (invisible.empty()) invisible = CodePointName(c);
    } else if (!IsSpace(c)) {
      visible = true;
    }
  }
  if (!visible) return "is empty";
  if (is_name && !invisible.empty()) return "contains an invisible character (" + invisible + ")";
  return {};
}

}  // namespace knotmap::io
