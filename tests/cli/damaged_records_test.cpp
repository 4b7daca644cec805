// Records files that are damaged, edited or copied mid-play, through the real
// binary: a bad row costs only itself in every export, the LRS's statements
// and the report, with a warning naming it; copies of one play that differ
// are named and one is kept by the documented rule, whatever the files are
// called; CSV cells never start like a formula; xAPI scores stay valid.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include "process.h"
#include "xapi_rules.h"
#include "records/record_store.h"
#include "records/sqlite_db.h"

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const char* const kActions = "tests/data/good/actions.yaml";

fs::path fresh_folder(const std::string& name) {
    const fs::path folder = fs::path(SECONDLOOK_TEST_OUTPUT) / ("damaged-" + name);
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder;
}

ProcessResult play(const fs::path& records, const std::string& player, const std::string& ids,
                   const std::vector<std::string>& more = {}) {
    std::vector<std::string> args = {"run", kActions, "--choose", ids, "--records", records.string(),
                                     "--session", "9QX4", "--player", player};
    args.insert(args.end(), more.begin(), more.end());
    return run_secondlook(args);
}

// fox, owl and seat 3 each finish a play: 11 answers, 3 plays.
fs::path three_players(const fs::path& folder) {
    const fs::path records = folder / "records.sqlite";
    for (const auto& [player, ids] : std::vector<std::pair<std::string, std::string>>{
             {"fox", "go-on,screenshot,stop,deactivate"}, {"owl", "go-on,pay,cancel,delete"},
             {"seat 3", "go-on,stop,deactivate"}}) {
        auto played = play(records, player, ids);
        REQUIRE_MESSAGE(played.exit_code == 0, played.err);
    }
    return records;
}

void change(const fs::path& records, const std::string& sql) {
    secondlook::SqliteDb db(records.string());
    db.exec(sql);
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

std::multiset<std::string> actors(const json& statements) {
    std::multiset<std::string> names;
    for (const auto& statement : statements) names.insert(statement["actor"]["account"]["name"].get<std::string>());
    return names;
}

// Copies a records file with its write-ahead log, as a facilitator would.
void copy_records(const fs::path& from, const fs::path& to) {
    fs::copy_file(from, to, fs::copy_options::overwrite_existing);
    if (fs::exists(from.string() + "-wal"))
        fs::copy_file(from.string() + "-wal", to.string() + "-wal", fs::copy_options::overwrite_existing);
}

}  // namespace

TEST_CASE("a nickname that is not UTF-8 costs only its own rows: xAPI, CSV, the LRS count and the report go on") {
    const fs::path folder = fresh_folder("utf8");
    const fs::path records = three_players(folder);
    change(records, "UPDATE players SET nickname = CAST(X'6F77FF' AS TEXT) WHERE nickname = 'owl'");

    auto xapi = run_secondlook({"export", "--records", records.string(), "--format", "xapi"});
    REQUIRE_MESSAGE(xapi.exit_code == 0, xapi.err);
    const json statements = json::parse(xapi.out);
    for (const auto& statement : statements) check_statement(statement);
    // fox's 4 answers and seat 3's 3, with completed + passed each; nothing of owl.
    CHECK(actors(statements) == std::multiset<std::string>{"9QX4/fox", "9QX4/fox", "9QX4/fox", "9QX4/fox",
                                                           "9QX4/fox", "9QX4/fox", "9QX4/seat 3", "9QX4/seat 3",
                                                           "9QX4/seat 3", "9QX4/seat 3", "9QX4/seat 3"});
    // The warning names the file, the play and the player (the bad byte shown as \xFF), and the reason.
    CHECK(xapi.err.find("secondlook export: skipping play ") != std::string::npos);
    CHECK(xapi.err.find("player 'ow\\xFF'") != std::string::npos);
    CHECK(xapi.err.find(records.string() + ": its nickname is not valid UTF-8 text") != std::string::npos);

    auto csv = run_secondlook({"export", "--records", records.string(), "--format", "csv"});
    REQUIRE_MESSAGE(csv.exit_code == 0, csv.err);
    CHECK(csv.out.find("9QX4,fox,") != std::string::npos);
    CHECK(csv.out.find("9QX4,ow") == std::string::npos);
    CHECK(csv.err.find("its nickname is not valid UTF-8 text") != std::string::npos);

    const fs::path outbox = folder / "outbox.db";
    auto status = run_secondlook({"lrs", "--records", records.string(), "--status", "--outbox", outbox.string()});
    CHECK_MESSAGE(status.exit_code == 0, status.err);
    CHECK(status.out.find("(11 statements in these records)") != std::string::npos);

    const std::string report = (folder / "report.html").string();
    auto made = run_secondlook({"report", "--records", records.string(), "--session", "9QX4", "-o", report});
    REQUIRE_MESSAGE(made.exit_code == 0, made.err);
    CHECK(read_text_file(report).find("2 players took part, in 2 plays") != std::string::npos);
}

TEST_CASE("a NUL inside a text and absurd numbers are skipped with their reason, not cut short or crashed on") {
    const fs::path folder = fresh_folder("absurd");
    const fs::path records = three_players(folder);
    // fox's node text gets a NUL in the middle (it would end the text early
    // if read as a C string); owl's answer points overflow any int; seat 3's
    // first answer took minus five seconds.
    change(records, "UPDATE answers SET node = CAST(X'746872006561' AS TEXT) WHERE seq = 2 AND play_id = "
                    "(SELECT pl.id FROM plays pl JOIN players p ON p.id = pl.player_id WHERE p.nickname = 'fox');"
                    "UPDATE answers SET points = 'RESP-2:99999999999' WHERE seq = 2 AND play_id = "
                    "(SELECT pl.id FROM plays pl JOIN players p ON p.id = pl.player_id WHERE p.nickname = 'owl');"
                    "UPDATE answers SET response_ms = -5000 WHERE seq = 1 AND play_id = "
                    "(SELECT pl.id FROM plays pl JOIN players p ON p.id = pl.player_id WHERE p.nickname = 'seat 3');");
    for (const char* format : {"csv", "xapi"}) {
        CAPTURE(format);
        auto exported = run_secondlook({"export", "--records", records.string(), "--format", format});
        REQUIRE_MESSAGE(exported.exit_code == 0, exported.err);
        CHECK(exported.err.find("skipping answer 2 of play ") != std::string::npos);
        CHECK(exported.err.find("its node holds a NUL character") != std::string::npos);
        CHECK(exported.err.find("its points, 'RESP-2:99999999999', are not OBJECTIVE:NUMBER pairs") !=
              std::string::npos);
        CHECK(exported.err.find("skipping answer 1 of play ") != std::string::npos);
        CHECK(exported.err.find("its response time, -5000, is outside 0 to") != std::string::npos);
    }
    auto xapi = run_secondlook({"export", "--records", records.string(), "--format", "xapi"});
    CHECK(json::parse(xapi.out).size() == 11 - 3 + 3 * 2);  // the three bad answers only
    auto csv = run_secondlook({"export", "--records", records.string(), "--format", "csv"});
    CHECK(csv.out.find(",thr,") == std::string::npos);  // no node cut short at the NUL
    CHECK(std::count(csv.out.begin(), csv.out.end(), '\n') == 1 + 11 - 3);
}

TEST_CASE("copies of one play that differ are named, and the one that got further is kept") {
    const fs::path folder = fresh_folder("copies");
    const fs::path room = folder / "room";
    fs::create_directories(room);
    const fs::path laptop = folder / "laptop.sqlite";
    // The file is copied after one answer, again after two, and once the play is over.
    REQUIRE(play(laptop, "fox", "go-on").exit_code == 3);
    copy_records(laptop, room / "c-first-copy.sqlite");
    REQUIRE(play(laptop, "fox", "screenshot", {"--resume"}).exit_code == 3);
    copy_records(laptop, room / "b-second-copy.sqlite");
    auto finished = play(laptop, "fox", "stop,deactivate", {"--resume"});
    REQUIRE_MESSAGE(finished.exit_code == 0, finished.err);
    copy_records(laptop, room / "a-finished.sqlite");
    auto alone = run_secondlook({"export", "--records", laptop.string(), "--format", "xapi"});

    auto merged = run_secondlook({"export", "--records", room.string(), "--format", "xapi"});
    REQUIRE_MESSAGE(merged.exit_code == 0, merged.err);
    CHECK(json::parse(merged.out) == json::parse(alone.out));
    CHECK(merged.err.find("differs between copies: ") != std::string::npos);
    for (const char* copy : {"a-finished.sqlite (finished, 4 answers)", "b-second-copy.sqlite (not finished, 2 answers)",
                             "c-first-copy.sqlite (not finished, 1 answer)"})
        CHECK_MESSAGE(merged.err.find(copy) != std::string::npos, copy);
    CHECK(merged.err.find("keeping the one in " + (room / "a-finished.sqlite").string() + ", which got furthest") !=
          std::string::npos);

    // The finished copy named to sort last: still the one kept.
    fs::rename(room / "a-finished.sqlite", room / "z-finished.sqlite");
    if (fs::exists(room / "a-finished.sqlite-wal")) fs::rename(room / "a-finished.sqlite-wal", room / "z-finished.sqlite-wal");
    auto renamed = run_secondlook({"export", "--records", room.string(), "--format", "xapi"});
    CHECK(json::parse(renamed.out) == json::parse(alone.out));
}

TEST_CASE("copies of one play that got equally far but differ are told apart by content, not by file name") {
    const fs::path folder = fresh_folder("level-copies");
    const fs::path original = folder / "original.sqlite";
    REQUIRE(play(original, "fox", "go-on,screenshot,stop,deactivate").exit_code == 0);
    const fs::path edited = folder / "edited.sqlite";
    copy_records(original, edited);
    change(edited, "UPDATE plays SET total = total - 1");

    std::set<std::string> kept_totals;
    for (const auto& [first, second] : std::vector<std::pair<std::string, std::string>>{{"a", "b"}, {"b", "a"}}) {
        const fs::path room = folder / ("room-" + first);
        fs::create_directories(room);
        copy_records(original, room / (first + ".sqlite"));
        copy_records(edited, room / (second + ".sqlite"));
        auto csv = run_secondlook({"export", "--records", room.string(), "--format", "csv"});
        REQUIRE_MESSAGE(csv.exit_code == 0, csv.err);
        CHECK(csv.err.find("chosen by content among copies that got equally far") != std::string::npos);
        std::istringstream lines(csv.out);
        std::string header, row;
        std::getline(lines, header);
        std::getline(lines, row);
        kept_totals.insert(row.substr(0, row.rfind(',')));  // everything up to the total
    }
    CHECK(kept_totals.size() == 1);  // the same copy both ways round
}

TEST_CASE("CSV cells that start like a formula after a tab or CR, or in fullwidth, stay text") {
    const fs::path folder = fresh_folder("formulas");
    const fs::path records = folder / "records.sqlite";
    const std::vector<std::string> nicknames = {"\t=1+1", "\r=1+1", "\xEF\xBC\x9D" "1+1", "\xEF\xBC\x8B" "1",
                                                "\xEF\xBC\x8D" "1", "\xEF\xBC\xA0" "SUM(A1)", "=1+1", "plain"};
    {
        secondlook::RecordStore store(records.string());
        for (const auto& nickname : nicknames)
            store.record_answer(store.start_play(store.join("9QX4", nickname), "actions"), "chat", "go-on", "choice",
                                {}, 900);
    }
    auto csv = run_secondlook({"export", "--records", records.string(), "--format", "csv"});
    REQUIRE_MESSAGE(csv.exit_code == 0, csv.err);
    for (const auto& nickname : nicknames) {
        const bool quoted = nickname.find('\r') != std::string::npos;  // RFC 4180 quotes a line break
        const std::string expected = nickname == "plain" ? ",plain," : quoted ? ",\"'" + nickname + "\"," : ",'" + nickname + ",";
        CHECK_MESSAGE(csv.out.find(expected) != std::string::npos, nickname);
    }
}

TEST_CASE("xAPI scores stay valid: a total over its maximum, or a maximum of 0, gives the raw score alone") {
    const fs::path folder = fresh_folder("scores");
    const fs::path records = folder / "records.sqlite";
    REQUIRE(play(records, "fox", "go-on,screenshot,stop,deactivate").exit_code == 0);
    REQUIRE(play(records, "owl", "go-on,stop,deactivate").exit_code == 0);
    // The maximum a score is out of is what the play offered.
    change(records, "UPDATE plays SET total = 93, offered = 25 WHERE player_id = (SELECT id FROM players WHERE nickname = 'fox');"
                    "UPDATE plays SET offered = 0 WHERE player_id = (SELECT id FROM players WHERE nickname = 'owl');");
    auto xapi = run_secondlook({"export", "--records", records.string(), "--format", "xapi"});
    REQUIRE_MESSAGE(xapi.exit_code == 0, xapi.err);
    int completed = 0;
    for (const auto& statement : json::parse(xapi.out)) {
        check_statement(statement);
        if (statement["verb"]["id"] != "http://adlnet.gov/expapi/verbs/completed") continue;
        ++completed;
        const json& score = statement["result"]["score"];
        CHECK_FALSE(score.contains("scaled"));
        CHECK_FALSE(score.contains("max"));
        CHECK(score["raw"] == (statement["actor"]["account"]["name"] == "9QX4/fox" ? 93 : 4));
    }
    CHECK(completed == 2);
    CHECK(xapi.err.find("its total 93 is not between 0 and its maximum 25, so its statements give the raw score only") !=
          std::string::npos);
}

TEST_CASE("an answer an LRS would refuse (a time that is not ISO 8601) is left out of the xAPI statements only") {
    const fs::path folder = fresh_folder("lrs-refuses");
    const fs::path records = three_players(folder);
    change(records, "UPDATE answers SET at = 'yesterday' WHERE seq = 1 AND play_id = "
                    "(SELECT pl.id FROM plays pl JOIN players p ON p.id = pl.player_id WHERE p.nickname = 'owl')");
    auto xapi = run_secondlook({"export", "--records", records.string(), "--format", "xapi"});
    REQUIRE_MESSAGE(xapi.exit_code == 0, xapi.err);
    const json statements = json::parse(xapi.out);
    for (const auto& statement : statements) check_statement(statement);
    CHECK(statements.size() == 11 - 1 + 3 * 2);
    CHECK(xapi.err.find("leaving answer 1 of play ") != std::string::npos);
    CHECK(xapi.err.find("out of the xAPI statements: its time is not an ISO 8601 time") != std::string::npos);
    // The CSV shows the row as it is: nothing there breaks on it.
    auto csv = run_secondlook({"export", "--records", records.string(), "--format", "csv"});
    CHECK(csv.out.find(",yesterday,") != std::string::npos);
    CHECK(csv.err.empty());
}
