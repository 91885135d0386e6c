// A tiny deterministic random source for learn mode (SplitMix64): the same seed gives the same
// exercises on every platform, unlike the standard distributions, whose output is unspecified.
#pragma once

#include <cstdint>
#include <string_view>

namespace knotmap::model {

class LearnRng {
 public:
  explicit LearnRng(std::uint64_t seed = 0) : state_(seed) {}
  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n); 0 when n is 0. The modulo bias is negligible for the small n used here.
  std::uint64_t Below(std::uint64_t n) { return n == 0 ? 0 : Next() % n; }

 private:
  std::uint64_t state_;
};

// A stable hash of a string mixed with a seed (FNV-1a, then one SplitMix64 step).
inline std::uint64_t SeededHash(std::string_view text, std::uint64_t seed) {
  std::uint64_t h = 1469598103934665603ull;
  for (char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return LearnRng(h ^ seed).Next();
}

}  // namespace knotmap::model
