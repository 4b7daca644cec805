// Files that are not what their name promises, given to the real binary:
// named pipes and devices, files too big, links out of their folder, broken
// text. Each is refused before it is read, with where and what to do,
// whichever kind of file (scenario, question set, translation) it was.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "process.h"

namespace fs = std::filesystem;

namespace {

// An empty scratch folder under the test output.
fs::path fresh_folder(const std::string& name) {
    const fs::path folder = fs::path(SECONDLOOK_TEST_OUTPUT) / "bad-files" / name;
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder;
}

std::string source(const std::string& relative) { return std::string(SECONDLOOK_SOURCE_DIR) + "/" + relative; }

}  // namespace

TEST_CASE("lint refuses a named pipe and a device instead of waiting on or reading them") {
    const fs::path folder = fresh_folder("pipe");
    const std::string pipe = (folder / "story.yaml").string();
    REQUIRE(mkfifo(pipe.c_str(), 0600) == 0);
    // Opening a pipe with no writer used to wait forever: the kill turns that into a failure.
    auto piped = run_secondlook_killed_after(60, {"lint", pipe});
    CHECK(piped.exit_code == 1);
    CHECK_MESSAGE(piped.out.find(pipe + ":1:1: error: this is a named pipe (FIFO), not a file, so it is not read") !=
                      std::string::npos,
                  piped.out);

    auto device = run_secondlook_killed_after(60, {"lint", "/dev/null"});
    CHECK(device.exit_code == 1);
    CHECK_MESSAGE(device.out.find("/dev/null:1:1: error: this is a device, not a file") != std::string::npos,
                  device.out);

    // A link to /dev/zero (which never ends) leads out of its folder, and is not followed.
    fs::create_symlink("/dev/zero", folder / "zero.yaml");
    auto zero = run_secondlook_killed_after(60, {"lint", (folder / "zero.yaml").string()});
    CHECK(zero.exit_code == 1);
    CHECK_MESSAGE(zero.out.find("this file is a link to /dev/zero, outside the folder it is in") != std::string::npos,
                  zero.out);
}

TEST_CASE("a question set gets the same checks as a scenario: size, links out of the folder, text") {
    const fs::path folder = fresh_folder("questions");
    const std::string big = (folder / "big-check.yaml").string();
    std::ofstream(big) << "questions:\n# " << std::string(9 * 1024 * 1024, 'x') << "\n";
    auto too_big = run_secondlook({"lint", big});
    CHECK(too_big.exit_code == 1);
    CHECK_MESSAGE(too_big.out.find(big + ":1:1: error: the file is 9217 KB, more than the 8192 KB it may be") !=
                      std::string::npos,
                  too_big.out.substr(0, 2000));

    // The shipped question set lints clean, so only the link can be wrong.
    const std::string shipped = source("scenarios/checks/knowledge-check.yaml");
    REQUIRE(run_secondlook({"lint", shipped}).exit_code == 0);
    fs::create_symlink(shipped, folder / "linked-check.yaml");
    auto linked = run_secondlook({"lint", (folder / "linked-check.yaml").string()});
    CHECK(linked.exit_code == 1);
    CHECK_MESSAGE(linked.out.find("linked-check.yaml:1:1: error: this file is a link to ") != std::string::npos,
                  linked.out);

    const std::string latin1 = (folder / "latin1-check.yaml").string();
    std::ofstream(latin1, std::ios::binary) << "questions:\n  - id: caf\xe9\n";
    auto not_utf8 = run_secondlook({"lint", latin1});
    CHECK(not_utf8.exit_code == 1);
    CHECK_MESSAGE(not_utf8.out.find(latin1 + ":2:12: error: this is not valid UTF-8 text") != std::string::npos,
                  not_utf8.out);
}
