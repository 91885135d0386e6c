// Image decoding: the shipped icon decodes; oversized, garbage and escaping paths are refused.
#include <catch2/catch.hpp>

#include <fstream>

#include "io/image.hpp"
#include "test_support.hpp"

using namespace knotmap;

TEST_CASE("the shipped icon decodes", "[image]") {
  const auto r = io::LoadImage(KNOTMAP_ASSETS, "icons/knotmap.png");
  INFO(r.error);
  REQUIRE(r.ok());
  CHECK(r.image.width == 256);
  CHECK(r.image.rgba.size() == 256u * 256u * 4u);
}

TEST_CASE("paths cannot leave the content directory", "[image]") {
  CHECK_FALSE(io::LoadImage(KNOTMAP_ASSETS, "../README.md").ok());
  CHECK_FALSE(io::LoadImage(KNOTMAP_ASSETS, "/etc/passwd").ok());
  CHECK(io::LoadImage(KNOTMAP_ASSETS, "../README.md").error.find("leaves the content directory") !=
        std::string::npos);
  CHECK(io::IsInside(KNOTMAP_ASSETS, std::string(KNOTMAP_ASSETS) + "/icons/knotmap.png"));
}

TEST_CASE("garbage and oversized images are refused before decoding", "[image]") {
  CHECK_FALSE(io::DecodeImage({}).ok());
  CHECK_FALSE(io::DecodeImage({1, 2, 3, 4, 5}).ok());
  // A PNG header claiming 5000 x 5000 pixels (no pixel data): refused from the header alone.
  std::vector<std::uint8_t> png{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                                0x00, 0x00, 0x13, 0x88, 0x00, 0x00, 0x13, 0x88, 8, 6, 0, 0, 0, 0, 0, 0, 0};
  const auto r = io::DecodeImage(png);
  CHECK_FALSE(r.ok());
  INFO(r.error);
  CHECK(r.error.find("limit") != std::string::npos);
  // The real icon is refused under a tiny cap.
  const auto small = io::LoadImage(KNOTMAP_ASSETS, "icons/knotmap.png", 64);
  CHECK_FALSE(small.ok());
}
