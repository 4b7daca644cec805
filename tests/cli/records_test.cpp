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
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include "process.h"
#include "xapi_rules.h"
#include "records/facilitator_pin.h"
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
        REQUIRE(cells.size() == 16);
        csv_totals[cells[1]] = cells[13] + " of " + cells[14] + " (" + cells[15] + ")";
    }
    CHECK(rows == 11);
    CHECK(csv_totals == std::map<std::string, std::string>{
                            {"fox", "5 of 13 (play)"}, {"owl", "2 of 16 (play)"}, {"seat 3", "4 of 13 (play)"}});

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
    for (const auto& statement : statements)
        if (statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed" &&
            statement["actor"]["account"]["name"] == "9QX4/owl") {
            // The same figures as the debrief and the CSV: out of what the play offered.
            CHECK(statement["result"]["score"]["max"] == 16);
            CHECK(statement["result"]["score"]["scaled"] == doctest::Approx(2.0 / 16));
        }
    // Exporting again gives the same statement ids, so an LRS can spot repeats.
    CHECK(json::parse(run_secondlook({"export", "--records", records, "--format", "xapi"}).out) == statements);

    // The printable report shows the same figures, self-contained.
    const std::string report = std::string(SECONDLOOK_TEST_OUTPUT) + "/session-report.html";
    auto made = run_secondlook({"report", "--records", records, "--session", "9QX4", "-o", report, "--scenarios",
                                "tests/data/good"});
    REQUIRE_MESSAGE(made.exit_code == 0, made.err);
    const std::string html = read_text_file(report);
    CHECK(html.find("3 players took part, in 3 plays, of which 3 reached an ending.") != std::string::npos);
    // Each out of what the play offered (the scenario's best play scores 14):
    // owl, who paid, was also offered cancelling the transfer and the receipt.
    for (const char* row : {"<td>fox</td><td>actions</td><td>end (safe)</td><td>5 of 13</td>",
                            "<td>owl</td><td>actions</td><td>end (safe)</td><td>2 of 16</td>",
                            "<td>seat 3</td><td>actions</td><td>end (safe)</td><td>4 of 13</td>"})
        CHECK_MESSAGE(html.find(row) != std::string::npos, row);
    CHECK(html.find("<svg") != std::string::npos);
    // Checking a payment was part of owl's play only, and owl did: 1 of 1, not 1 of 3.
    const auto resp7 = html.find(">RESP-7 ");
    REQUIRE(resp7 != std::string::npos);
    CHECK(html.substr(resp7, html.find('\n', resp7) - resp7).find(">1 of 1</text>") != std::string::npos);
    CHECK(html.find("Stop replying") != std::string::npos);  // choice texts from the scenario
    // Every play ended safely, so what fewer than half met is not "worth revisiting".
    CHECK(html.find("Met by fewer than half, though most of those plays still ended safely") != std::string::npos);
    CHECK(html.find("Worth revisiting") == std::string::npos);
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

    // The player carries on from where the plug was pulled: the same play
    // goes on to its ending, with nothing answered twice.
    std::vector<std::string> all_ids;
    std::istringstream id_list(ids);
    for (std::string id; std::getline(id_list, id, ',');) all_ids.push_back(id);
    std::string rest;
    for (std::size_t i = answers.size(); i < all_ids.size(); ++i) rest += (rest.empty() ? "" : ",") + all_ids[i];
    auto resumed = run_secondlook({"run", "scenarios/friend-request.yaml", "--records", records, "--session", "K1LL",
                                   "--player", "fox", "--resume", "--choose", rest, "--json"});
    CHECK(resumed.exit_code == 0);
    CHECK(resumed.err.find("resumed: " + plays[0].id + " after " + std::to_string(answers.size())) != std::string::npos);
    auto after = store.plays("K1LL");
    REQUIRE(after.size() == 1);
    CHECK(after[0].id == plays[0].id);
    CHECK(!after[0].ending.empty());
    auto every_answer = store.answers("K1LL");
    REQUIRE(every_answer.size() == all_ids.size());
    for (std::size_t i = 0; i < all_ids.size(); ++i) CHECK(every_answer[i].action == all_ids[i]);
    // It scores as the same play made in one go.
    const std::string in_one_go = fresh_records("one-go");
    run_secondlook({"run", "scenarios/friend-request.yaml", "--records", in_one_go, "--session", "K1LL", "--player",
                    "fox", "--choose", ids});
    secondlook::RecordStore one_go(in_one_go);
    CHECK(one_go.plays("K1LL").at(0).total == after[0].total);
}

TEST_CASE("resume with nothing unfinished starts a new play, and a finished play is never reopened") {
    const std::string records = fresh_records("resume-nothing");
    const std::vector<std::string> base = {"run", "scenarios/friend-request.yaml", "--records", records,
                                           "--session", "RES1", "--player", "owl", "--resume", "--choose"};
    auto first = base;
    first.push_back(FRIEND_REQUEST_SAFE_PATH);
    auto fresh = run_secondlook(first);
    CHECK(fresh.exit_code == 0);
    CHECK(fresh.err.find("nothing to resume for owl") != std::string::npos);
    auto again = run_secondlook(first);
    CHECK(again.err.find("nothing to resume") != std::string::npos);  // the first play ended
    secondlook::RecordStore store(records);
    CHECK(store.plays("RES1").size() == 2);
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
    for (const auto& statement : statements)
        if (statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed" &&
            statement["actor"]["account"]["name"] == "9QX4/owl") {
            // The same figures as the debrief and the CSV: out of what the play offered.
            CHECK(statement["result"]["score"]["max"] == 16);
            CHECK(statement["result"]["score"]["scaled"] == doctest::Approx(2.0 / 16));
        }
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

namespace {

const char* const kCheck = "scenarios/checks/knowledge-check.yaml";

void take_check(const std::string& records, const std::string& player, const std::string& phase,
                const std::string& answers) {
    auto result = run_secondlook({"check", kCheck, "--phase", phase, "--answers", answers, "--records", records,
                                  "--session", "G41N", "--player", player});
    REQUIRE_MESSAGE(result.exit_code == 0, result.err);
}

// "OBJ: B% before, A% after (+C)" from right/asked counts, worked out here,
// apart from the program, from what an export holds.
using Tally = std::map<std::string, std::map<std::string, std::pair<int, int>>>;  // phase -> objective -> right, asked
std::vector<std::string> gain_lines(const Tally& tally) {
    std::vector<std::string> lines;
    auto percent = [](std::pair<int, int> count) { return (count.first * 100 + count.second / 2) / count.second; };
    for (const auto& [objective, before] : tally.at("pre")) {
        const int b = percent(before), a = percent(tally.at("post").at(objective));
        lines.push_back(objective + ": " + std::to_string(b) + "% before, " + std::to_string(a) + "% after (" +
                        (a - b > 0 ? "+" : "") + std::to_string(a - b) + ")");
    }
    return lines;
}

}  // namespace

TEST_CASE("three players take the knowledge check before and after play; report, CSV and xAPI show the same gain") {
    const std::string records = fresh_records("prepost");
    // Three questions: stranger-request (SPOT-1), pay-or-not (RESP-2), who-to-tell (RESP-9); b is right in each.
    take_check(records, "fox", "pre", "stranger-request=a,pay-or-not=a,who-to-tell=b");
    take_check(records, "owl", "pre", "stranger-request=a,pay-or-not=b,who-to-tell=a");
    take_check(records, "seat 3", "pre", "stranger-request=a,pay-or-not=a,who-to-tell=a");
    take_check(records, "late", "pre", "stranger-request=b,pay-or-not=b,who-to-tell=b");  // no after-check: not counted
    take_check(records, "fox", "post", "stranger-request=b,pay-or-not=b,who-to-tell=b");
    take_check(records, "owl", "post", "stranger-request=b,pay-or-not=b,who-to-tell=b");
    take_check(records, "seat 3", "post", "stranger-request=b,pay-or-not=a,who-to-tell=b");

    // The score per objective is printed as it is recorded.
    auto printed = run_secondlook({"check", kCheck, "--phase", "pre", "--answers", "fake-profile=a,camera-ask=b",
                                   "--records", records, "--session", "G41N", "--player", "extra"});
    CHECK(printed.out.find("(before play): 1 of 2 right") != std::string::npos);
    CHECK(printed.out.find("SPOT-2   1 of 1  Notice the signs of a fake identity") != std::string::npos);
    // Bad ids are refused, naming what is known, and nothing of that command is recorded.
    const std::size_t kept = secondlook::RecordStore(records).check_answers().size();
    auto bad = run_secondlook({"check", kCheck, "--phase", "pre", "--answers", "pay-or-not=b,who-to-tel=a",
                               "--records", records, "--session", "G41N", "--player", "fox"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("no question 'who-to-tel' in knowledge-check; questions: who-to-tell") != std::string::npos);
    auto bad_option = run_secondlook({"check", kCheck, "--phase", "post", "--answers", "pay-or-not=e", "--records",
                                      records, "--session", "G41N", "--player", "fox"});
    CHECK(bad_option.exit_code == 2);
    CHECK(bad_option.err.find("options are a to c") != std::string::npos);
    CHECK(run_secondlook({"check", kCheck, "--phase", "during", "--answers", "pay-or-not=b"}).exit_code == 2);
    CHECK(secondlook::RecordStore(records).check_answers().size() == kept);

    const std::vector<std::string> expected = {"SPOT-1: 0% before, 100% after (+100)",
                                               "RESP-2: 33% before, 67% after (+34)",
                                               "RESP-9: 33% before, 100% after (+67)"};

    const std::string report = std::string(SECONDLOOK_TEST_OUTPUT) + "/prepost-report.html";
    auto made = run_secondlook({"report", "--records", records, "--session", "G41N", "-o", report});
    REQUIRE_MESSAGE(made.exit_code == 0, made.err);
    const std::string html = read_text_file(report);
    CHECK(html.find("3 players took the check both before and after play") != std::string::npos);
    CHECK(html.find("Right answers went from 22% before play to 89% after it.") != std::string::npos);
    for (const auto& line : expected) CHECK_MESSAGE(html.find("<li>" + line + "</li>") != std::string::npos, line);
    CHECK(html.find("0% to 100% (+100)</text>") != std::string::npos);  // the chart's caption

    auto csv = run_secondlook({"export", "--records", records, "--session", "G41N", "--format", "csv"});
    REQUIRE_MESSAGE(csv.exit_code == 0, csv.err);
    std::map<std::string, std::set<std::string>> phases_of;  // player -> phases taken
    std::vector<std::vector<std::string>> check_rows;
    std::istringstream lines(csv.out);
    for (std::string row; std::getline(lines, row);) {
        std::vector<std::string> cells;
        std::istringstream fields(row.substr(0, row.size() - 1));
        for (std::string cell; std::getline(fields, cell, ',');) cells.push_back(cell);
        if (cells.size() > 8 && cells[8].rfind("check-", 0) == 0) {
            check_rows.push_back(cells);
            phases_of[cells[1]].insert(cells[8]);
        }
    }
    CHECK(check_rows.size() == 3 * 6 + 3 + 2);
    Tally from_csv;
    for (const auto& cells : check_rows) {
        if (phases_of[cells[1]].size() < 2) continue;  // as the report: only players who took both
        const std::string points = cells[9];  // "SPOT-1+1": right, "SPOT-1+0": not
        auto& count = from_csv[cells[8].substr(6)][points.substr(0, points.find('+'))];
        count.first += points.back() == '1' ? 1 : 0;
        count.second += 1;
    }
    const auto from_csv_lines = gain_lines(from_csv);
    CHECK(std::set<std::string>(from_csv_lines.begin(), from_csv_lines.end()) ==
          std::set<std::string>(expected.begin(), expected.end()));

    auto xapi = run_secondlook({"export", "--records", records, "--session", "G41N", "--format", "xapi"});
    REQUIRE_MESSAGE(xapi.exit_code == 0, xapi.err);
    std::map<std::string, std::set<std::string>> xapi_phases;
    json statements = json::parse(xapi.out);
    std::vector<json> answered;
    for (const auto& statement : statements) {
        check_statement(statement);
        if (statement["object"]["id"].get<std::string>().find("/checks/knowledge-check/questions/") == std::string::npos)
            continue;
        CHECK(statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered");
        CHECK(statement["result"]["success"].is_boolean());
        CHECK(statement["result"]["response"].is_string());
        for (const auto& [key, value] : statement["context"]["extensions"].items())
            CHECK(std::regex_match(key, std::regex("^https://[^ ]+$")));
        answered.push_back(statement);
        xapi_phases[statement["actor"]["account"]["name"]].insert(
            statement["context"]["extensions"]["https://secondlook.invalid/xapi/check-phase"]);
    }
    CHECK(answered.size() == check_rows.size());
    Tally from_xapi;
    for (const auto& statement : answered) {
        if (xapi_phases[statement["actor"]["account"]["name"]].size() < 2) continue;
        const auto& extensions = statement["context"]["extensions"];
        auto& count = from_xapi[extensions["https://secondlook.invalid/xapi/check-phase"]]
                               [extensions["https://secondlook.invalid/xapi/objective"]];
        count.first += statement["result"]["success"].get<bool>() ? 1 : 0;
        count.second += 1;
    }
    CHECK(from_xapi == from_csv);

    // Two copies of the file in a folder (two USB sticks) give the same figures, counted once.
    namespace fs = std::filesystem;
    const fs::path folder = fs::path(SECONDLOOK_TEST_OUTPUT) / "prepost-room";
    fs::remove_all(folder);
    fs::create_directories(folder);
    fs::copy_file(records, folder / "a.sqlite");
    fs::copy_file(records, folder / "b.sqlite");
    auto merged = run_secondlook({"export", "--records", folder.string(), "--session", "G41N", "--format", "xapi"});
    CHECK(json::parse(merged.out).size() == statements.size());
}

TEST_CASE("the report counts a class's votes in projector mode and says they were class votes") {
    const std::string records = fresh_records("class-votes");
    play(records, "fox", "go-on,pay,cancel,deactivate");
    {
        secondlook::RecordStore store(records);
        const std::string id = store.start_play(store.join("9QX4", "Class vote"), "actions");
        store.record_class_answer(id, "threat", "stop", {{"RESP-2", 2}}, 120000, {{"pay", 3}, {"stop", 24}});
    }
    const std::string report = std::string(SECONDLOOK_TEST_OUTPUT) + "/class-votes-report.html";
    auto made = run_secondlook({"report", "--records", records, "--session", "9QX4", "-o", report, "--scenarios",
                                "tests/data/good"});
    REQUIRE_MESSAGE(made.exit_code == 0, made.err);
    const std::string html = read_text_file(report);
    CHECK(html.find("actions: threat <span class=\"note\">(including 27 class votes)</span>") != std::string::npos);
    CHECK(html.find(">24 (86%)<") != std::string::npos);  // 24 of the 28 answers at the threat
    CHECK(html.find(">4 (14%)<") != std::string::npos);   // fox's answer and 3 class votes for paying
}

TEST_CASE("sessions --set-pin sets the facilitator PIN, even before anyone has played") {
    const std::string records = fresh_records("pin-first");
    auto bad = run_secondlook({"sessions", "--records", records, "--set-pin", "12"});
    CHECK(bad.exit_code == 2);
    CHECK_FALSE(std::filesystem::exists(records));
    auto set = run_secondlook({"sessions", "--records", records, "--set-pin", "4826"});
    REQUIRE_MESSAGE(set.exit_code == 0, set.err);
    secondlook::RecordStore store(records);
    CHECK(secondlook::check_facilitator_pin(store, "4826"));
    CHECK_FALSE(secondlook::check_facilitator_pin(store, "1111"));
    // Listing still needs records that exist.
    auto listing = run_secondlook({"sessions", "--records", fresh_records("no-such-records")});
    CHECK(listing.exit_code == 1);
    CHECK(listing.err.find("there are no records at") != std::string::npos);
}

TEST_CASE("the report's chart labels are whole, broken only between words, and the turn's timing is not a race") {
    const std::string records = fresh_records("long-labels");
    auto paid = run_secondlook({"run", "scenarios/friend-request.yaml", "--choose", FRIEND_REQUEST_PAY_PATH, "--records",
                                records, "--session", "9QX4", "--player", "fox"});
    REQUIRE_MESSAGE(paid.exit_code == 0, paid.err);
    const std::string report = std::string(SECONDLOOK_TEST_OUTPUT) + "/long-labels-report.html";
    auto made = run_secondlook({"report", "--records", records, "--session", "9QX4", "-o", report});
    REQUIRE_MESSAGE(made.exit_code == 0, made.err);
    const std::string html = read_text_file(report);
    // Each label is its text in full, in lines (tspans) that end and start at spaces.
    std::string labels;
    for (std::size_t at = html.find("<tspan"); at != std::string::npos; at = html.find("<tspan", at + 1)) {
        const std::size_t from = html.find('>', at) + 1;
        const std::string line = html.substr(from, html.find("</tspan>", from) - from);
        CHECK_MESSAGE(line.size() <= 40, line);
        const std::string first_line = "<tspan x=\"0\" dy=\"0\">";
        labels += (html.compare(at, first_line.size(), first_line) == 0 ? "\n" : " ") + line;
    }
    // Once cut at 34 characters: "RESP-4  Keep the evidence: screenshots, the a...".
    CHECK(labels.find("\nRESP-4  Keep the evidence: screenshots, the account ID, links, transfer numbers\n") !=
          std::string::npos);
    CHECK(html.find("...</text>") == std::string::npos);
    CHECK(html.find("quick, calm choice") == std::string::npos);
    CHECK(html.find("time to think") != std::string::npos);
}
