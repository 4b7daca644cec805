// Records files written before plays were scored against what they offered
// (no `offered` or `against` columns) still open, read and export: their
// plays as they were recorded, with nothing made up for them; opened for
// writing, the file gains the columns and new plays keep what they offered.
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>

#include "cli/csv_export.h"
#include "records/record_set.h"
#include "records/record_store.h"
#include "records/sqlite_db.h"
#include "test_files.h"

using namespace secondlook;
namespace fs = std::filesystem;

namespace {

// A records file as Second Look wrote it before: the same tables, without
// the new columns, holding one finished play scored out of the scenario's 63.
std::string older_records_file(const std::string& name) {
    const std::string path = (fresh_scratch_folder(name) / "records.sqlite").string();
    SqliteDb db(path);
    db.exec(R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sessions (code TEXT PRIMARY KEY, registration TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE players (id INTEGER PRIMARY KEY, session_code TEXT NOT NULL REFERENCES sessions(code) ON DELETE CASCADE,
  nickname TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE (session_code, nickname));
CREATE TABLE plays (id TEXT PRIMARY KEY, player_id INTEGER NOT NULL REFERENCES players(id) ON DELETE CASCADE,
  scenario_id TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT, ending TEXT, outcome TEXT, total INTEGER, max INTEGER);
CREATE TABLE answers (play_id TEXT NOT NULL REFERENCES plays(id) ON DELETE CASCADE, seq INTEGER NOT NULL, at TEXT NOT NULL,
  node TEXT NOT NULL, action TEXT NOT NULL, kind TEXT NOT NULL, points TEXT NOT NULL, response_ms INTEGER NOT NULL,
  statement_id TEXT NOT NULL, PRIMARY KEY (play_id, seq));
CREATE TABLE objective_points (play_id TEXT NOT NULL REFERENCES plays(id) ON DELETE CASCADE, objective TEXT NOT NULL,
  points INTEGER NOT NULL, best INTEGER NOT NULL, PRIMARY KEY (play_id, objective));
INSERT INTO meta VALUES ('schema_version', '1');
INSERT INTO sessions VALUES ('9QX4', '6f1c2b1e-8a53-5d0e-9a51-0c3b8e2c4d10', '2026-11-02T09:00:00.000Z');
INSERT INTO players VALUES (1, '9QX4', 'fox', '2026-11-02T09:01:00.000Z');
INSERT INTO plays VALUES ('2b7e1a52-4a7c-4f0e-9d2a-8f6c1e3b5a90', 1, 'friend-request', '2026-11-02T09:01:10.000Z',
  '2026-11-02T09:03:00.000Z', 'end-spotted-early', 'safe', 3, 63);
INSERT INTO answers VALUES ('2b7e1a52-4a7c-4f0e-9d2a-8f6c1e3b5a90', 1, '2026-11-02T09:02:00.000Z', 'request',
  'decline-request', 'choice', 'SPOT-1:3', 4000, '0d6f4f8e-3b1a-4c2d-8e5f-1a2b3c4d5e6f');
INSERT INTO objective_points VALUES ('2b7e1a52-4a7c-4f0e-9d2a-8f6c1e3b5a90', 'SPOT-1', 3, 4);
INSERT INTO objective_points VALUES ('2b7e1a52-4a7c-4f0e-9d2a-8f6c1e3b5a90', 'RESP-2', 0, 5);
)sql");
    return path;
}

}  // namespace

TEST_CASE("an older records file is read as it was recorded: out of its maximum then, met when it earned points") {
    const std::string file = older_records_file("older-records-read");
    {
        const auto plays = RecordStore(file, RecordStore::Access::ReadOnly).plays();
        REQUIRE(plays.size() == 1);
        const PlayRecord& play = plays[0];
        CHECK_FALSE(play.offered.has_value());
        CHECK(play.score_max() == 63);
        CHECK_FALSE(play.objectives.at("SPOT-1").offered.has_value());
        CHECK(play.status("SPOT-1") == ObjectiveStatus::Met);
        CHECK(play.status("RESP-2") == ObjectiveStatus::ToPractise);
    }
    std::ostringstream warnings, csv;
    auto records = open_records(file, "", "export", warnings);
    REQUIRE(records);
    write_csv(*records, csv);
    CHECK(warnings.str().empty());
    CHECK(csv.str().find(",end-spotted-early,safe,3,63,scenario\r\n") != std::string::npos);
    // Only read: the file was not changed (no columns added to it).
    SqliteDb db(file, true);
    int columns = 0;
    db.run("SELECT COUNT(*) FROM pragma_table_info('plays') WHERE name = 'offered'", {},
           [&](const std::vector<SqlValue>& row) { columns = static_cast<int>(std::get<std::int64_t>(row[0])); });
    CHECK(columns == 0);
}

TEST_CASE("opened for writing, an older file gains the columns; its old play keeps its figures, a new one what it offered") {
    const std::string file = older_records_file("older-records-write");
    RecordStore store(file);
    const std::string play = store.start_play(store.join("9QX4", "owl"), "friend-request");
    store.finish_play(play, {"end-paid", "hard", 2, 63, 20, {{"RESP-2", {2, 5, 3, true}}, {"SPOT-1", {0, 4, 0, false}}}});
    const auto plays = store.plays("9QX4");
    REQUIRE(plays.size() == 2);
    const PlayRecord& older = plays[0].player == "fox" ? plays[0] : plays[1];
    const PlayRecord& newer = plays[0].player == "owl" ? plays[0] : plays[1];
    CHECK_FALSE(older.offered.has_value());
    CHECK(older.score_max() == 63);
    CHECK(older.status("SPOT-1") == ObjectiveStatus::Met);
    REQUIRE(newer.offered.has_value());
    CHECK(newer.score_max() == 20);
    CHECK(newer.max == 63);  // the scenario maximum, kept beside it
    CHECK(newer.objectives.at("RESP-2").against);
    CHECK(newer.status("RESP-2") == ObjectiveStatus::ToPractise);  // 2 of 3, but it paid
    CHECK(newer.status("SPOT-1") == ObjectiveStatus::NotInPlay);
    CHECK(store.meta("schema_version") == "2");
    CHECK(store.integrity_check() == "ok");
}
