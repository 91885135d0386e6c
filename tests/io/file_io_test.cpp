// io::ReadRegularFile and io::WriteFileAtomic: a FIFO or a directory is named and never blocks;
// a failed write leaves the old file whole and no temporary file behind.
#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/stat.h>

#include <csignal>
#include <fstream>

#include "io/file_io.hpp"
#include "io/image.hpp"
#include "test_support.hpp"

using namespace knotmap;
namespace fs = std::filesystem;
using test::TempDir;

namespace {
std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}
std::size_t Entries(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}
}  // namespace

TEST_CASE("ReadRegularFile reads files and names what else it finds", "[io][files]") {
  TempDir dir;
  std::ofstream(dir.path / "a.txt") << "hello";
  const io::ReadResult ok = io::ReadRegularFile(dir.path / "a.txt", 100);
  REQUIRE(ok.ok());
  CHECK(ok.bytes == "hello");

  REQUIRE(::mkfifo((dir.path / "fifo").c_str(), 0600) == 0);
  const io::ReadResult fifo = io::ReadRegularFile(dir.path / "fifo", 100);  // no writer: must not block
  CHECK(fifo.failure == io::ReadFailure::NotRegular);
  CHECK(fifo.error == "it is a FIFO (named pipe), not a file");

  const io::ReadResult folder = io::ReadRegularFile(dir.path, 100);
  CHECK(folder.error == "it is a directory, not a file");
  CHECK(io::ReadRegularFile(dir.path / "nope", 100).failure == io::ReadFailure::Missing);
  const io::ReadResult big = io::ReadRegularFile(dir.path / "a.txt", 3);
  CHECK(big.failure == io::ReadFailure::TooLarge);
  CHECK(big.error == "file is too large (5 bytes, limit 3)");

  fs::create_symlink(dir.path / "a.txt", dir.path / "link");
  CHECK(io::ReadRegularFile(dir.path / "link", 100).ok());
  CHECK(io::ReadRegularFile(dir.path / "link", 100, io::Links::Refuse).failure == io::ReadFailure::Link);
}

TEST_CASE("images are read only from regular files", "[io][files][image]") {
  TempDir dir;
  REQUIRE(::mkfifo((dir.path / "icon.png").c_str(), 0600) == 0);
  const io::ImageResult r = io::LoadImage(dir.path, "icon.png");
  CHECK(r.error == "icon.png: it is a FIFO (named pipe), not a file");
}

TEST_CASE("WriteFileAtomic replaces a file whole or not at all", "[io][files][write]") {
  TempDir dir;
  const fs::path file = dir.path / "out.txt";
  REQUIRE(io::WriteFileAtomic(file, "first").empty());
  CHECK(Slurp(file) == "first");
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace);
  REQUIRE(io::WriteFileAtomic(file, "second").empty());
  CHECK(Slurp(file) == "second");
  CHECK(fs::status(file).permissions() == (fs::perms::owner_read | fs::perms::owner_write));
  CHECK(Entries(dir.path) == 1u);

  // A write that fails part way (a file-size limit stands in for a full disk).
  std::signal(SIGXFSZ, SIG_IGN);
  rlimit old{};
  REQUIRE(::getrlimit(RLIMIT_FSIZE, &old) == 0);
  rlimit tight = old;
  tight.rlim_cur = 4096;
  REQUIRE(::setrlimit(RLIMIT_FSIZE, &tight) == 0);
  const std::string error = io::WriteFileAtomic(file, std::string(100000, 'x'));
  ::setrlimit(RLIMIT_FSIZE, &old);
  std::signal(SIGXFSZ, SIG_DFL);
  CHECK(error == "File too large");
  CHECK(Slurp(file) == "second");
  CHECK(Entries(dir.path) == 1u);

  CHECK(io::WriteFileAtomic(dir.path, "x") == "it is a directory");
  CHECK(io::WriteFileAtomic(dir.path / "no/such/file", "x").find("No such file or directory") != std::string::npos);
  CHECK(io::WriteFileAtomic("/dev/full", "x") == "No space left on device");
}
