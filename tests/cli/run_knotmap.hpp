// Runs the real `knotmap` executable through the shell, with stdout and stderr captured, for the
// command-line tests.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>

#include "test_support.hpp"

namespace knotmap::test {

struct ExeResult {
  int status = -1;  // exit code, or -1 when the process did not exit normally
  std::string out, err;
};

inline std::string Slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// `args` is pasted into a shell command line after the executable, so quote paths in it.
inline ExeResult RunKnotmap(const std::string& args) {
  const TempDir tmp;
  const std::filesystem::path out = tmp.path / "out", err = tmp.path / "err";
  const std::string cmd = std::string("'") + KNOTMAP_EXE + "' " + args + " >'" + out.string() + "' 2>'" +
                          err.string() + "' </dev/null";
  const int raw = std::system(cmd.c_str());
  ExeResult r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = Slurp(out);
  r.err = Slurp(err);
  return r;
}

}  // namespace knotmap::test
