// `secondlook lint` on every file of the bad-input corpus: each gives its
// error as FILE:LINE:COL with the hint, exits 1 (a crash would not), and a
// link out of the folder is refused rather than read.
#include <doctest/doctest.h>

#include <string>

#include "../malformed_corpus.h"
#include "process.h"

TEST_CASE("lint reports every file of the bad-input corpus at its line and column, without crashing") {
    const auto corpus = malformed_corpus(SECONDLOOK_SOURCE_DIR);
    REQUIRE(corpus.size() >= 30);
    for (const auto& file : corpus) {
        auto result = run_secondlook({"lint", file.relative_path});
        INFO(file.relative_path << "\n" << result.out << result.err);
        CHECK(result.exit_code == 1);
        const std::string located = file.relative_path + ":" + std::to_string(file.expected.line) + ":" +
                                    std::to_string(file.expected.column) + ": error: ";
        bool found = false;  // several errors may share the place; one must carry the text
        for (auto at = result.out.find(located); at != std::string::npos && !found;
             at = result.out.find(located, at + 1))
            found = result.out.substr(at, result.out.find('\n', at) - at).find(file.expected.text) !=
                    std::string::npos;
        CHECK(found);
        CHECK(result.err.find("secondlook lint: 1 file, ") != std::string::npos);
    }
}

TEST_CASE("lint over the whole corpus folder reports every file and still finishes") {
    auto result = run_secondlook({"lint", "tests/data/malformed"});
    CHECK(result.exit_code == 1);
    for (const auto& file : malformed_corpus(SECONDLOOK_SOURCE_DIR))
        CHECK_MESSAGE(result.out.find(file.relative_path + ":") != std::string::npos, file.relative_path);
}

TEST_CASE("lint refuses the link that leads out of the corpus folder and says why") {
    auto result = run_secondlook({"lint", "tests/data/malformed/link-outside.yaml"});
    CHECK(result.exit_code == 1);
    CHECK(result.out.find("tests/data/malformed/link-outside.yaml:1:1: error: this file is a link to ") !=
          std::string::npos);
    CHECK(result.out.find("outside the folder it is in, so it is not read") != std::string::npos);
    // The target itself is a clean scenario: the error above is the link's alone.
    CHECK(run_secondlook({"lint", "tests/data/outside/target.yaml"}).exit_code == 0);
}

TEST_CASE("lint names a missing file and says what to check") {
    auto result = run_secondlook({"lint", "tests/data/malformed/no-such-file.yaml"});
    CHECK(result.exit_code == 1);
    CHECK(result.out.find("tests/data/malformed/no-such-file.yaml: error: cannot open this file (No such file or directory); check the path") !=
          std::string::npos);
}

TEST_CASE("lint lists the first thousand problems of a file and counts the rest") {
    auto result = run_secondlook({"lint", "tests/data/malformed/alias-many-problems.yaml"});
    CHECK(result.exit_code == 1);
    std::size_t listed = 0;
    for (auto at = result.out.find(": error: "); at != std::string::npos; at = result.out.find(": error: ", at + 1))
        ++listed;
    CHECK(listed == 1000);
    CHECK(result.out.find("more problems are not listed; fix the first 1000 and lint again") != std::string::npos);
    // The summary counts them all: 1,246 copies of a node, each with 300 unknown keys.
    const auto summary = result.err.find("secondlook lint: 1 file, ");
    REQUIRE(summary != std::string::npos);
    CHECK(std::stoul(result.err.substr(summary + 25)) > 370000);
}
