// glReadPixels of the back buffer before the swap, flipped (GL rows go bottom-up), encoded to PNG
// in memory by stb and written through io::WriteFileAtomic (a full disk never leaves a 0-byte PNG).
#include "app/screenshot.hpp"

#include <GL/gl.h>
#include <stb_image_write.h>

#include <cstring>
#include <vector>

#include "io/file_io.hpp"

namespace knotmap::app {

bool SaveBackBufferPng(const std::string& file, int width, int height, std::string& error) {
  if (width <= 0 || height <= 0) {
    error = "the window has no pixels to save";
    return false;
  }
  const std::size_t row = static_cast<std::size_t>(width) * 3;
  std::vector<unsigned char> pixels(row * static_cast<std::size_t>(height));
  glReadBuffer(GL_BACK);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
  if (glGetError() != GL_NO_ERROR) {
    error = "could not read the window's pixels";
    return false;
  }
  std::vector<unsigned char> flipped(pixels.size());
  for (int y = 0; y < height; ++y) {
    std::memcpy(flipped.data() + static_cast<std::size_t>(y) * row,
                pixels.data() + static_cast<std::size_t>(height - 1 - y) * row, row);
  }
  std::string png;
  const auto append = [](void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
  };
  if (stbi_write_png_to_func(append, &png, width, height, 3, flipped.data(), static_cast<int>(row)) == 0) {
    error = "cannot encode the screenshot as PNG";
    return false;
  }
  if (const std::string why = io::WriteFileAtomic(file, png); !why.empty()) {
    error = "cannot write " + file + ": " + why;
    return false;
  }
  return true;
}

}  // namespace knotmap::app
