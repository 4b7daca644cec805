// The scenario library as a whole: every shipped scenario is lint-clean, has a
// best play on record that reaches a safe ending with full marks, and the
// library covers every learning objective at least twice between them.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "process.h"

using nlohmann::json;

namespace {

// FILE -> ids, from tests/data/best-plays.txt.
std::map<std::string, std::string> best_plays() {
    std::map<std::string, std::string> plays;
    std::ifstream in(std::string(SECONDLOOK_SOURCE_DIR) + "/tests/data/best-plays.txt");
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        std::string file, ids;
        fields >> file >> ids;
        plays[file] = ids;
    }
    return plays;
}

}  // namespace

TEST_CASE("every shipped scenario has a best play on record, and it earns the scenario maximum") {
    auto plays = best_plays();
    std::size_t shipped = 0;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(SECONDLOOK_SOURCE_DIR) + "/scenarios")) {
        if (entry.path().extension() != ".yaml") continue;
        ++shipped;
        const std::string file = "scenarios/" + entry.path().filename().string();
        INFO(file);
        REQUIRE_MESSAGE(plays.count(file), "add the best play of " << file << " to tests/data/best-plays.txt");
        auto result = run_secondlook({"run", file, "--choose", plays[file], "--json"});
        REQUIRE_MESSAGE(result.exit_code == 0, result.err);
        json report = json::parse(result.out);
        CHECK(report["outcome"] == "safe");
        // The scenario maximum (best play) is for authors (`paths`); a player
        // is scored against what their own play offered, which for this play
        // also counts the safe replies it passed by to reach every step.
        auto paths = run_secondlook({"paths", file, "--limit", "1"});
        const std::string best = "scenario maximum (best play) " + std::to_string(report["score"]["total"].get<int>()) + " points\n";
        CHECK_MESSAGE(paths.out.find(best) != std::string::npos, paths.out.substr(0, paths.out.find('\n')));
        CHECK(report["score"]["total"] <= report["score"]["max"]);
        CHECK(report["evidence"]["missing"] == json::array());
        CHECK(report["signs"]["missed"] == json::array());
    }
    CHECK(shipped == plays.size());
}

TEST_CASE("every shipped scenario's graph renders with dot, and paths lists all its endings") {
    for (const auto& entry : std::filesystem::directory_iterator(std::string(SECONDLOOK_SOURCE_DIR) + "/scenarios")) {
        if (entry.path().extension() != ".yaml") continue;
        const std::string file = "scenarios/" + entry.path().filename().string();
        INFO(file);
        const std::string stem = entry.path().stem().string();
        const std::string dot_file = std::string(SECONDLOOK_TEST_OUTPUT) + "/" + stem + ".dot";
        REQUIRE(run_secondlook({"graph", file, "-o", dot_file}).exit_code == 0);
        const std::string render = std::string(DOT_PROGRAM) + " -Tsvg '" + dot_file + "' -o '" +
                                   std::string(SECONDLOOK_TEST_OUTPUT) + "/" + stem + ".svg'";
        CHECK(std::system(render.c_str()) == 0);

        auto paths = run_secondlook({"paths", file});
        REQUIRE_MESSAGE(paths.exit_code == 0, paths.err);
        // Every ending in the file (a node with 'ending:') is reached by some listed play.
        std::ifstream yaml(entry.path());
        std::string line, node;
        for (; std::getline(yaml, line);) {
            if (line.rfind("  - id: ", 0) == 0) node = line.substr(8);
            if (line == "    ending:" || line.rfind("    ending: {", 0) == 0)
                CHECK_MESSAGE(paths.out.find(node) != std::string::npos, "no play reaches " << node);
        }
    }
}

TEST_CASE("the library is lint-clean, and every objective is covered by at least two scenarios") {
    auto lint = run_secondlook({"lint"});
    CHECK_MESSAGE(lint.exit_code == 0, lint.out);
    auto coverage = run_secondlook({"coverage", "--require", "2"});
    CHECK_MESSAGE(coverage.exit_code == 0, coverage.out);
}
