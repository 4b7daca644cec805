// Records for facilitators, through the real binary: three pseudonymous
// players in a session, the same figures in the database, the CSV and the
// xAPI statements (which follow the xAPI 1.0.3 statement rules), and a play
// killed mid-way that loses nothing it had answered.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <thread>

#include "process.h"
#include "xapi_rules.h"
#include "records/record_store.h"
#include "records/sqlite_db.h"

using nlohmann::json;

namespace {

const char* const kActions = "tests/data/good/actions.yaml";

std::string fresh_records(const std::string& name) {
    const std::string path = std::string(SECONDLOOK_TEST_OUTPUT) + "/" + name + ".sqlite";
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    return path;
}

void play(const std::string& records, const std::string& player, const std::string& ids) {
    auto result = run_secondlook({"run", kActions, "--choose", ids, "--records", records, "--session", "9QX4",
                                  "--player", player});
    REQUIRE_MESSAGE(result.exit_code == 0, result.err);
}

}  // namespace

TEST_CASE("a session of three players: the database, the CSV and the xAPI statements agree") {
    const std::string records = fresh_records("session");
    play(records, "fox", "go-on,screenshot,stop,deactivate");
    play(records, "owl", "go-on,pay,cancel,delete");
    play(records, "seat 3", "go-on,stop,deactivate");

    secondlook::RecordStore store(records);
    CHECK(store.integrity_check() == "ok");
    auto plays = store.plays("9QX4");
    REQUIRE(plays.size() == 3);
    std::map<std::string, long long> totals;
    for (const auto& p : plays) totals[p.player] = p.total;
    CHECK(totals == std::map<std::string, long long>{{"fox", 5}, {"owl", 2}, {"seat 3", 4}});
    CHECK(store.answers("9QX4").size() == 11);

    auto csv = run_secondlook({"export", "--records", records, "--session", "9QX4", "--format", "csv"});
    REQUIRE_MESSAGE(csv.exit_code == 0, csv.err);
    std::istringstream lines(csv.out);
    std::string header, row;
    std::getline(lines, header);
    CHECK(header.rfind("session,player,play,scenario,seq", 0) == 0);
    std::map<std::string, std::string> csv_totals;
    int rows = 0;
    for (; std::getline(lines, row); ++rows) {
        std::vector<std::string> cells;
        std::istringstream fields(row.substr(0, row.size() - (row.back() == '\r' ? 1 : 0)));
        for (std::string cell; std::getline(fields, cell, ',');) cells.push_back(cell);
        REQUIRE(cells.size() == 15);
        csv_totals[cells[1]] = cells[13];
    }
    CHECK(rows == 11);
    CHECK(csv_totals == std::map<std::string, std::string>{{"fox", "5"}, {"owl", "2"}, {"seat 3", "4"}});

    auto xapi = run_secondlook({"export", "--records", records, "--session", "9QX4", "--format", "xapi"});
    REQUIRE_MESSAGE(xapi.exit_code == 0, xapi.err);
    json statements = json::parse(xapi.out);
    REQUIRE(statements.size() == 11 + 3 * 2);  // answered, then completed + passed/failed per play
    std::map<std::string, int> completed;
    std::set<std::string> ids;
    for (const auto& statement : statements) {
        check_statement(statement);
        ids.insert(statement.at("id").get<std::string>());
        if (statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed")
            completed[statement["actor"]["account"]["name"]] = statement["result"]["score"]["raw"];
    }
    CHECK(ids.size() == statements.size());
    CHECK(completed == std::map<std::string, int>{{"9QX4/fox", 5}, {"9QX4/owl", 2}, {"9QX4/seat 3", 4}});
    // Exporting again gives the same statement ids, so an LRS can spot repeats.
    CHECK(json::parse(run_secondlook({"export", "--records", records, "--format", "xapi"}).out) == statements);

    // The printable report shows the same figures, self-contained.
    const std::string report = std::string(SECONDLOOK_TEST_OUTPUT) + "/session-report.html";
    auto made = run_secondlook({"report", "--records", records, "--session", "9QX4", "-o", report, "--scenarios",
                                "tests/data/good"});
    REQUIRE_MESSAGE(made.exit_code == 0, made.err);
    const std::string html = read_text_file(report);
    CHECK(html.find("3 players took part, in 3 plays, of which 3 reached an ending.") != std::string::npos);
    for (const char* row : {"<td>fox</td><td>actions</td><td>end (safe)</td><td>5 of 14</td>",
                            "<td>owl</td><td>actions</td><td>end (safe)</td><td>2 of 14</td>",
                            "<td>seat 3</td><td>actions</td><td>end (safe)</td><td>4 of 14</td>"})
        CHECK_MESSAGE(html.find(row) != std::string::npos, row);
    CHECK(html.find("<svg") != std::string::npos);
    CHECK(html.find("Stop replying") != std::string::npos);  // choice texts from the scenario
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("http") == std::string::npos);  // nothing loaded from anywhere
}

TEST_CASE("a nickname cannot turn into a spreadsheet formula") {
    const std::string records = fresh_records("formula");
    play(records, "=HYPERLINK(\"x\")", "go-on,stop,deactivate");
    auto csv = run_secondlook({"export", "--records", records, "--format", "csv"});
    CHECK(csv.out.find(",\"'=HYPERLINK(\"\"x\"\")\",") != std::string::npos);
}

TEST_CASE("killing a play mid-way loses none of the answers made before the kill") {
    const std::string records = fresh_records("killed");
    const std::string progress = std::string(SECONDLOOK_TEST_OUTPUT) + "/killed-progress.txt";
    std::filesystem::remove(progress);  // a previous run's lines must not count
    const std::string ids = FRIEND_REQUEST_SAFE_PATH;
    const std::string command = "cd '" + std::string(SECONDLOOK_SOURCE_DIR) + "' && exec '" + SECONDLOOK_BINARY +
                                "' run scenarios/friend-request.yaml --choose '" + ids + "' --records '" + records +
                                "' --session K1LL --player fox --interval 0.15 >/dev/null 2>'" + progress + "' & echo $!";
    FILE* shell = popen(command.c_str(), "r");
    REQUIRE(shell);
    int pid = 0;
    REQUIRE(std::fscanf(shell, "%d", &pid) == 1);
    pclose(shell);

    // Let a few answers go in, then pull the plug in the middle of the play.
    auto count_reported = [&] {
        std::istringstream text(read_text_file(progress));
        int count = 0;
        for (std::string line; std::getline(text, line);) count += line.rfind("recorded: ", 0) == 0 ? 1 : 0;
        return count;
    };
    for (int waited = 0; count_reported() < 4 && waited < 400; ++waited)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    REQUIRE(kill(pid, SIGKILL) == 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(200));

    std::vector<std::string> reported;
    std::istringstream lines(read_text_file(progress));
    for (std::string line; std::getline(lines, line);)
        if (line.rfind("recorded: ", 0) == 0) reported.push_back(line.substr(10));
    REQUIRE(reported.size() >= 3);
    REQUIRE(reported.size() < 40);  // it really was stopped before the end

    secondlook::RecordStore store(records);
    CHECK(store.integrity_check() == "ok");
    auto answers = store.answers("K1LL");
    REQUIRE(answers.size() >= reported.size());  // one more may have landed as it was killed
    for (std::size_t i = 0; i < reported.size(); ++i) CHECK(answers[i].action == reported[i]);
    auto plays = store.plays("K1LL");
    REQUIRE(plays.size() == 1);
    CHECK(plays[0].ending.empty());  // unfinished, and still there
}

TEST_CASE("a folder of records from several machines merges, with copies of the same play counted once") {
    namespace fs = std::filesystem;
    const fs::path folder = fs::path(SECONDLOOK_TEST_OUTPUT) / "room";
    fs::remove_all(folder);
    fs::create_directories(folder);
    const std::string laptop_a = fresh_records("laptop-a"), laptop_b = fresh_records("laptop-b");
    play(laptop_a, "fox", "go-on,screenshot,stop,deactivate");
    play(laptop_a, "owl", "go-on,pay,cancel,delete");
    play(laptop_b, "seat 3", "go-on,stop,deactivate");
    // Each machine's file is copied in; laptop A's twice, as happens with USB sticks.
    fs::copy_file(laptop_a, folder / "laptop-a.sqlite");
    fs::copy_file(laptop_a, folder / "laptop-a (copy).sqlite");
    fs::copy_file(laptop_b, folder / "laptop-b.sqlite");
    for (const char* suffix : {"-wal"})
        for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
                 {laptop_a, "laptop-a.sqlite"}, {laptop_a, "laptop-a (copy).sqlite"}, {laptop_b, "laptop-b.sqlite"}})
            if (fs::exists(from + suffix)) fs::copy_file(from + suffix, folder / (to + suffix));
    const auto written_before = fs::last_write_time(folder / "laptop-b.sqlite");

    auto xapi = run_secondlook({"export", "--records", folder.string(), "--session", "9QX4", "--format", "xapi"});
    REQUIRE_MESSAGE(xapi.exit_code == 0, xapi.err);
    json statements = json::parse(xapi.out);
    CHECK(statements.size() == 11 + 3 * 2);  // as for one machine: nothing counted twice
    std::map<std::string, int> completed;
    for (const auto& statement : statements)
        if (statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed")
            completed[statement["actor"]["account"]["name"]] = statement["result"]["score"]["raw"];
    CHECK(completed == std::map<std::string, int>{{"9QX4/fox", 5}, {"9QX4/owl", 2}, {"9QX4/seat 3", 4}});
    // Every machine gave the session the same registration.
    std::set<std::string> registrations;
    for (const auto& statement : statements) registrations.insert(statement["context"]["registration"]);
    CHECK(registrations.size() == 1);
    // Reading never writes into another machine's file.
    CHECK(fs::last_write_time(folder / "laptop-b.sqlite") == written_before);
}

TEST_CASE("sessions lists what is kept, deletes a session, and clears sessions no longer used") {
    const std::string records = fresh_records("retention");
    play(records, "fox", "go-on,stop,deactivate");
    auto run_in = [&](const std::string& session, const std::string& player) {
        auto result = run_secondlook({"run", kActions, "--choose", "go-on,stop,deactivate", "--records", records,
                                      "--session", session, "--player", player});
        REQUIRE(result.exit_code == 0);
    };
    run_in("OLD1", "owl");
    run_in("GONE", "bee");
    {
        // Make OLD1 look as if it was last used two years ago.
        secondlook::SqliteDb db(records);
        db.run("UPDATE answers SET at = '2024-01-10T09:00:00.000Z' WHERE play_id IN (SELECT pl.id FROM plays pl "
               "JOIN players p ON p.id = pl.player_id WHERE p.session_code = 'OLD1')");
        db.run("UPDATE sessions SET created_at = '2024-01-10T08:55:00.000Z' WHERE code = 'OLD1'");
    }
    auto listed = run_secondlook({"sessions", "--records", records});
    REQUIRE(listed.exit_code == 0);
    CHECK(listed.out.find("9QX4  1 players, 1 plays, 3 answers") != std::string::npos);
    CHECK(listed.out.find("OLD1  1 players, 1 plays, 3 answers, last used 2024-01-10") != std::string::npos);

    CHECK(run_secondlook({"sessions", "--records", records, "--delete", "GONE"}).exit_code == 0);
    CHECK(run_secondlook({"sessions", "--records", records, "--delete", "GONE"}).exit_code == 1);
    auto old = run_secondlook({"sessions", "--records", records, "--older-than", "365"});
    CHECK(old.out == "OLD1  1 players, 1 plays, 3 answers, last used 2024-01-10\n");
    auto cleared = run_secondlook({"sessions", "--records", records, "--older-than", "365", "--delete-old"});
    CHECK(cleared.err.find("deleted 1 sessions not used for 365 days") != std::string::npos);

    secondlook::RecordStore store(records);
    CHECK(store.sessions() == std::vector<std::string>{"9QX4"});
    CHECK(store.answers().size() == 3);  // nothing of the deleted sessions is left
    CHECK(store.integrity_check() == "ok");
}
