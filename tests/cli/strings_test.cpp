// `secondlook strings`: one CSV with everything a translator needs, which
// the window reads back with --language.
#include <doctest/doctest.h>

#include <fstream>
#include <set>

#include "app/csv.h"
#include "process.h"

namespace {

std::vector<std::vector<std::string>> rows_of(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::string why;
    REQUIRE_MESSAGE(secondlook::parse_csv(text, &rows, &why), why);
    return rows;
}

}  // namespace

TEST_CASE("strings lists the interface's and every scenario's lines, each id once") {
    auto result = run_secondlook({"strings"});
    REQUIRE(result.exit_code == 0);
    auto rows = rows_of(result.out);
    REQUIRE(rows.size() > 100);
    CHECK(rows[0] == std::vector<std::string>{"id", "context", "source", "translation"});
    std::set<std::string> ids;
    bool interface = false, film = false, armed_forces = false;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        REQUIRE_MESSAGE(rows[i].size() == 4, "row " << i);
        CHECK_MESSAGE(ids.insert(rows[i][0]).second, "twice: " << rows[i][0]);
        CHECK_MESSAGE(!rows[i][2].empty(), rows[i][0]);
        CHECK(rows[i][3].empty());  // for the translator to fill in
        interface |= rows[i][0] == "ui.list.title" && rows[i][2] == "Choose a scenario";
        film |= rows[i][0] == "friend-request/title";
        armed_forces |= rows[i][0].rfind("service-member/message.", 0) == 0;
    }
    CHECK(interface);
    CHECK(film);
    CHECK(armed_forces);
}

TEST_CASE("strings -o writes the same CSV to a file; a bad translation file stops the window with a reason") {
    const std::string path = std::string(SECONDLOOK_TEST_OUTPUT) + "/strings.csv";
    auto to_file = run_secondlook({"strings", "scenarios/friend-request.yaml", "-o", path});
    REQUIRE(to_file.exit_code == 0);
    CHECK(read_text_file(path) == run_secondlook({"strings", "scenarios/friend-request.yaml"}).out);
    CHECK(read_text_file(path).find("service-member/") == std::string::npos);  // only the file asked for

    auto missing = run_secondlook({"--language", std::string(SECONDLOOK_TEST_OUTPUT) + "/no-such.csv"});
    CHECK(missing.exit_code == 2);
    CHECK(missing.err.find("no-such.csv: cannot open this file (No such file or directory)") != std::string::npos);
}

TEST_CASE("--language refuses a translation that drops a {placeholder}, naming the line its row starts on") {
    const std::string path = std::string(SECONDLOOK_TEST_OUTPUT) + "/no-placeholder.csv";
    std::ofstream(path, std::ios::binary)
        << "id,context,source,translation\r\n"
        << "ui.list.title,\"heading\nover two lines\",Choose a scenario,Dewiswch senario\r\n"
        << "ui.list.has-errors,list,This file has errors and cannot be played: {problem},Mae gwallau yn y ffeil\r\n";
    // Accepted, it would open the window and wait: the kill turns that into a failure.
    auto result = run_secondlook_killed_after(60, {"--language", path});
    CHECK(result.exit_code == 2);
    CHECK_MESSAGE(result.err.find(path + ":4: the translation of 'ui.list.has-errors' lacks {problem}") !=
                      std::string::npos,
                  result.err);
}
