// Checked image decoding through stb_image (implementation provided by Debian's libstb).
#include "io/image.hpp"

#include "io/file_io.hpp"

#include <stb_image.h>

namespace knotmap::io {

bool IsInside(const std::filesystem::path& root, const std::filesystem::path& candidate) {
  std::error_code ec;
  const auto r = std::filesystem::weakly_canonical(root, ec);
  if (ec) return false;
  const auto c = std::filesystem::weakly_canonical(candidate, ec);
  if (ec) return false;
  auto rit = r.begin();
  auto cit = c.begin();
  for (; rit != r.end(); ++rit, ++cit) {
    if (rit->empty()) continue;  // a trailing separator
    if (cit == c.end() || *rit != *cit) return false;
  }
  return true;
}

ImageResult DecodeImage(const std::vector<std::uint8_t>& bytes, int max_side) {
  ImageResult r;
  if (bytes.empty() || bytes.size() > (64u << 20)) {
    r.error = bytes.empty() ? "empty image file" : "image file is larger than 64 MiB";
    return r;
  }
  const int len = static_cast<int>(bytes.size());
  int w = 0, h = 0, channels = 0;
  if (!stbi_info_from_memory(bytes.data(), len, &w, &h, &channels)) {
    r.error = std::string("not a readable image: ") + stbi_failure_reason();
    return r;
  }
  if (w <= 0 || h <= 0 || w > max_side || h > max_side) {
    r.error = "image is " + std::to_string(w) + " x " + std::to_string(h) +
              " pixels; the limit is " + std::to_string(max_side) + " on each side";
    return r;
  }
  stbi_uc* pixels = stbi_load_from_memory(bytes.data(), len, &w, &h, &channels, 4);
  if (!pixels) {
    r.error = std::string("cannot decode the image: ") + stbi_failure_reason();
    return r;
  }
  r.image.width = w;
  r.image.height = h;
  r.image.rgba.assign(pixels, pixels + static_cast<std::size_t>(w) * h * 4);
  stbi_image_free(pixels);
  return r;
}

ImageResult LoadImage(const std::filesystem::path& root, const std::filesystem::path& relative,
                      int max_side) {
  ImageResult r;
  if (relative.is_absolute() || !IsInside(root, root / relative)) {
    r.error = "image path '" + relative.string() + "' leaves the content directory";
    return r;
  }
  // A FIFO or a directory at the path is named, never waited on.
  ReadResult file = ReadRegularFile(root / relative, 64u << 20);
  if (!file.ok()) {
    r.error = relative.string() + ": " + file.error;
    return r;
  }
  r = DecodeImage(std::vector<std::uint8_t>(file.bytes.begin(), file.bytes.end()), max_side);
  if (!r.ok()) r.error = relative.string() + ": " + r.error;
  return r;
}

}  // namespace knotmap::io
