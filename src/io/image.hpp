// Decoding of images shipped with or referenced by content (e.g. the window icon), checked before
// decoding: the header is read first (stbi_info) and images over a dimension cap are refused, so a
// hostile file cannot make the app allocate gigabytes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace knotmap::io {

struct Image {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba;  // width * height * 4 bytes, rows top to bottom
};

struct ImageResult {
  Image image;
  std::string error;  // empty on success
  bool ok() const { return error.empty(); }
};

inline constexpr int kMaxImageSide = 4096;

// Loads `relative` from inside `root`; paths that escape `root` (.., absolute, links out) are refused.
ImageResult LoadImage(const std::filesystem::path& root, const std::filesystem::path& relative,
                      int max_side = kMaxImageSide);

// Decodes an in-memory image with the same checks (used by LoadImage and the tests).
ImageResult DecodeImage(const std::vector<std::uint8_t>& bytes, int max_side = kMaxImageSide);

// True when `candidate` resolves to a path inside `root` (both made canonical).
bool IsInside(const std::filesystem::path& root, const std::filesystem::path& candidate);

}  // namespace knotmap::io
