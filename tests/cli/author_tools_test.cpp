// The author tools run as real commands: paths, coverage and graph.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "process.h"

namespace {

const char* const kActions = "tests/data/good/actions.yaml";

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

}  // namespace

TEST_CASE("paths lists every play to every ending with its score, best first") {
    auto result = run_secondlook({"paths", kActions});
    REQUIRE_MESSAGE(result.exit_code == 0, result.err);
    auto lines = lines_of(result.out);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == "actions: 4 plays to 1 ending, scenario maximum (best play) 14 points");
    CHECK(lines[1] == "14  end  go-on,pay,cancel,deactivate");
    CHECK(lines[2] == "13  end  go-on,stop,deactivate");
    CHECK(lines[4] == "11  end  go-on,stop,delete");
}

TEST_CASE("paths sums up per ending, with a clear message, when there are too many plays") {
    auto result = run_secondlook({"paths", kActions, "--limit", "2"});
    REQUIRE(result.exit_code == 0);
    CHECK(result.err.find("4 plays is more than --limit 2") != std::string::npos);
    CHECK(result.out.find("end (safe): 4 plays, 11 to 14 points") != std::string::npos);
    CHECK(result.out.find("  best  14  go-on,pay,cancel,deactivate") != std::string::npos);
    CHECK(result.out.find("  worst 11  go-on,stop,delete") != std::string::npos);
    CHECK(run_secondlook({"paths", kActions, "--limit", "none"}).exit_code == 2);
    CHECK(run_secondlook({"paths", "tests/data/bad/bad-reference.yaml"}).exit_code == 1);
}

TEST_CASE("coverage tables the objectives by scenario and finds the gaps") {
    auto result = run_secondlook({"coverage", "tests/data/good"});
    REQUIRE_MESSAGE(result.exit_code == 0, result.err);
    // actions.yaml can score RESP-7 (2 points); mini.yaml teaches none of it.
    bool found = false;
    for (const auto& line : lines_of(result.out))
        if (line.rfind("RESP-7", 0) == 0) {
            found = true;
            std::istringstream cells(line);
            std::string id, first, second, count;
            cells >> id >> first >> second >> count;
            CHECK(first == "2");   // actions
            CHECK(second == "-");  // mini
            CHECK(count == "1");
        }
    CHECK(found);
    CHECK(result.out.find("Not covered by any scenario:") != std::string::npos);
    CHECK(result.out.find("HELP-1") != std::string::npos);
    CHECK(run_secondlook({"coverage", "tests/data/good", "--require", "2"}).exit_code == 1);
}

TEST_CASE("graph writes DOT with endings and scored choices marked, and dot renders it") {
    auto result = run_secondlook({"graph", kActions});
    REQUIRE_MESSAGE(result.exit_code == 0, result.err);
    CHECK(result.out.rfind("digraph \"actions\" {", 0) == 0);
    CHECK(result.out.find("\"end\" [shape=doubleoctagon") != std::string::npos);
    CHECK(result.out.find("\"threat\" -> \"settings\" [label=\"stop\\n+2 RESP-2\", color=\"#1f7a3a\"") != std::string::npos);

    const std::string dot_file = std::string(SECONDLOOK_TEST_OUTPUT) + "/actions.dot";
    const std::string svg_file = std::string(SECONDLOOK_TEST_OUTPUT) + "/actions.svg";
    REQUIRE(run_secondlook({"graph", kActions, "-o", dot_file}).exit_code == 0);
    const std::string render = std::string(DOT_PROGRAM) + " -Tsvg '" + dot_file + "' -o '" + svg_file + "'";
    REQUIRE(std::system(render.c_str()) == 0);
    const std::string svg = read_text_file(svg_file);
    CHECK(svg.find("<svg") != std::string::npos);
    CHECK(svg.find("deactivate") != std::string::npos);
}

TEST_CASE("lint checks question sets by their own rules; coverage leaves them out") {
    // A folder with a scenario and a broken copy of the shipped question set.
    namespace fs = std::filesystem;
    const fs::path folder = fs::path(SECONDLOOK_TEST_OUTPUT) / "lint-checks";
    fs::remove_all(folder);
    fs::create_directories(folder / "checks");
    fs::copy_file(fs::path(SECONDLOOK_SOURCE_DIR) / kActions, folder / "actions.yaml");
    std::string text = read_text_file(std::string(SECONDLOOK_SOURCE_DIR) + "/scenarios/checks/knowledge-check.yaml");
    const auto at = text.find("objective: RESP-2");
    REQUIRE(at != std::string::npos);
    text.replace(at, 17, "objective: RESP-12");
    std::ofstream(folder / "checks" / "broken.yaml") << text;

    auto lint = run_secondlook({"lint", folder.string()});
    CHECK(lint.exit_code == 1);
    CHECK(lint.out.find("checks/broken.yaml:") != std::string::npos);
    CHECK(lint.out.find(": error: unknown learning objective 'RESP-12'") != std::string::npos);
    CHECK(lint.out.find("actions.yaml") == std::string::npos);  // the scenario itself is clean
    auto clean = run_secondlook({"lint", "scenarios/checks"});
    CHECK_MESSAGE(clean.exit_code == 0, clean.out);

    auto coverage = run_secondlook({"coverage", folder.string()});
    CHECK_MESSAGE(coverage.exit_code == 0, coverage.err);  // the question set is not read as a scenario
    CHECK(coverage.out.find("actions") != std::string::npos);
}

TEST_CASE("paths --replies lists the plays that only reply, each scored against what its own path offered") {
    auto result = run_secondlook({"paths", "tests/data/good/mini.yaml", "--replies"});
    REQUIRE_MESSAGE(result.exit_code == 0, result.err);
    auto lines = lines_of(result.out);
    REQUIRE(lines.size() == 7);
    CHECK(lines[0] == "mini: 6 plays that only reply, to 3 endings; each scored against what its own path offered");
    // Leaving before the threat is the best result of its path, after any first reply.
    CHECK(lines[1] == "3 of 3  100%  end-left  check,leave");
    CHECK(lines[2] == "1 of 1  100%  end-left  accept,leave");
    CHECK(lines[3] == "7 of 8  88%  end-safe  check,call,refuse");
    CHECK(lines[6] == "0 of 8  0%  end-paid  accept,call,pay");
    auto grouped = run_secondlook({"paths", "tests/data/good/mini.yaml", "--replies", "--limit", "2"});
    CHECK(grouped.out.find("end-paid (hard): 2 plays, 0% to 25%\n  best  2 of 8  25%  check,call,pay\n") !=
          std::string::npos);
}

TEST_CASE("lint refuses a reply marked against an objective that does not exist") {
    const std::filesystem::path file = std::filesystem::path(SECONDLOOK_TEST_OUTPUT) / "against-unknown.yaml";
    std::string text = read_text_file(std::string(SECONDLOOK_SOURCE_DIR) + "/tests/data/good/mini.yaml");
    const std::string pay = "        set: { paid: true }\n        goto: decide";
    REQUIRE(text.find(pay) != std::string::npos);
    text.replace(text.find(pay), pay.size(), "        set: { paid: true }\n        against: [RESP-12]\n        goto: decide");
    std::ofstream(file) << text;
    auto lint = run_secondlook({"lint", file.string()});
    CHECK(lint.exit_code == 1);
    CHECK_MESSAGE(lint.out.find("against-unknown.yaml:86:18: error: 'against' names unknown learning objective "
                                "'RESP-12'; known objectives: RESP-1") != std::string::npos,
                  lint.out);
}
