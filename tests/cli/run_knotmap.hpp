// Runs the real `knotmap` executable (or any command line) through the shell, with stdout and stderr captured, for the
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

// Runs a shell command line with stdout and stderr captured and stdin empty.
inline ExeResult RunShell(const std::string& command) {
  const TempDir tmp;
  const std::filesystem::path out = tmp.path / "out", err = tmp.path / "err";
  const std::string cmd = command + " >'" + out.string() + "' 2>'" + err.string() + "' </dev/null";
  const int raw = std::system(cmd.c_str());
  ExeResult r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = Slurp(out);
  r.err = Slurp(err);
  return r;
}

// `args` is pasted into the command line after the executable, so quote paths in it.
inline ExeResult RunKnotmap(const std::string& args) {
  return RunShell(std::string("'") + KNOTMAP_EXE + "' " + args);
}

}  // namespace knotmap::test
