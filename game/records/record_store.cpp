#include "records/record_store.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <random>

#include "records/records_snapshot.h"
#include "records/sqlite_db.h"
#include "records/uuid.h"

namespace secondlook {
namespace {

// wal_autocheckpoint = 1: after every commit, SQLite moves what the log
// holds into the file itself (never waiting for readers), so the file alone
// holds every answer as it is made, and a reader that begins mid-play finds
// the log already moved in: it then holds back only what comes after it,
// and the file stays whole (a partial move would mix two moments in it).
const char* const kSchema = R"sql(
PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
PRAGMA wal_autocheckpoint = 1;
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (
  code TEXT PRIMARY KEY,
  registration TEXT NOT NULL,
  created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS session_settings (
  code TEXT PRIMARY KEY REFERENCES sessions(code) ON DELETE CASCADE,
  label TEXT NOT NULL,
  track TEXT NOT NULL,
  timers INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS players (
  id INTEGER PRIMARY KEY,
  session_code TEXT NOT NULL REFERENCES sessions(code) ON DELETE CASCADE,
  nickname TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (session_code, nickname));
CREATE TABLE IF NOT EXISTS plays (
  id TEXT PRIMARY KEY,
  player_id INTEGER NOT NULL REFERENCES players(id) ON DELETE CASCADE,
  scenario_id TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  ending TEXT,
  outcome TEXT,
  total INTEGER,
  max INTEGER);
CREATE TABLE IF NOT EXISTS answers (
  play_id TEXT NOT NULL REFERENCES plays(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  at TEXT NOT NULL,
  node TEXT NOT NULL,
  action TEXT NOT NULL,
  kind TEXT NOT NULL,
  points TEXT NOT NULL,
  response_ms INTEGER NOT NULL,
  statement_id TEXT NOT NULL,
  PRIMARY KEY (play_id, seq));
CREATE TABLE IF NOT EXISTS objective_points (
  play_id TEXT NOT NULL REFERENCES plays(id) ON DELETE CASCADE,
  objective TEXT NOT NULL,
  points INTEGER NOT NULL,
  best INTEGER NOT NULL,
  PRIMARY KEY (play_id, objective));
CREATE TABLE IF NOT EXISTS votes (
  play_id TEXT NOT NULL REFERENCES plays(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  action TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (play_id, seq, action));
)sql";

}  // namespace

std::string now_iso() {
    using namespace std::chrono;
    const auto now = system_clock::now();
    const std::time_t seconds = system_clock::to_time_t(now);
    const auto millis = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[80];  // room for any int the compiler can imagine, not just real dates
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                  utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(millis));
    return text;
}

namespace {

// A new records file may be the first thing in the player's data folder,
// so its folder is made.
std::unique_ptr<SqliteDb> open_for_writing(const std::string& path) {
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent);
    return std::make_unique<SqliteDb>(path);
}

std::string points_text(const std::vector<ScoreAward>& points) {
    std::string text;
    for (const auto& award : points)
        text += (text.empty() ? "" : ";") + award.objective + ":" + std::to_string(award.points);
    return text;
}

}  // namespace

double days_since(const std::string& iso_time) {
    std::tm when{};
    if (std::sscanf(iso_time.c_str(), "%d-%d-%dT%d:%d:%d", &when.tm_year, &when.tm_mon, &when.tm_mday,
                    &when.tm_hour, &when.tm_min, &when.tm_sec) != 6)
        return 0;
    when.tm_year -= 1900;
    when.tm_mon -= 1;
    return std::difftime(std::time(nullptr), timegm(&when)) / 86400.0;
}

RecordStore::RecordStore(const std::string& path, Access access) {
    if (access == Access::ReadOnly) {
        snapshot_ = std::make_unique<RecordsSnapshot>(path);
        db_ = std::make_unique<SqliteDb>(snapshot_->copy(), true, path);
        // Nothing falsified: a file copied while the game was moving answers
        // into it, without its -wal, can mix two moments; it is not read.
        if (integrity_check() != "ok")
            throw DatabaseError("records file " + path + " is damaged (copied in the middle of a change?); copy "
                                "it again, with its -wal file beside it if there is one");
        return;
    }
    db_ = open_for_writing(path);
    db_->exec(kSchema);
    create_check_tables();
    create_continuation_table();
    db_->run("INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', '1')");
    add_offered_columns();
    checkpoint();  // what an earlier run left in the log, held back then by a reader since gone
}

RecordStore::~RecordStore() = default;

void RecordStore::insert_session(const std::string& code) {
    // Every machine in the room must give the session the same registration.
    db_->run("INSERT OR IGNORE INTO sessions (code, registration, created_at) VALUES (?1, ?2, ?3)",
             {code, name_uuid("secondlook-session:" + code), now_iso()});
}

std::int64_t RecordStore::join(const std::string& session_code, const std::string& nickname) {
    std::int64_t id = 0;
    db_->transaction([&] {
        insert_session(session_code);
        db_->run("INSERT OR IGNORE INTO players (session_code, nickname, created_at) VALUES (?1, ?2, ?3)",
                 {session_code, nickname, now_iso()});
        db_->run("SELECT id FROM players WHERE session_code = ?1 AND nickname = ?2", {session_code, nickname},
                 [&](const std::vector<SqlValue>& row) { id = number_of(row[0]); });
    });
    return id;
}

std::string RecordStore::start_play(std::int64_t player, const std::string& scenario_id) {
    const std::string id = new_uuid();
    db_->run("INSERT INTO plays (id, player_id, scenario_id, started_at) VALUES (?1, ?2, ?3, ?4)",
             {id, player, scenario_id, now_iso()});
    return id;
}

std::optional<UnfinishedPlay> RecordStore::unfinished_play(const std::string& session_code, const std::string& nickname,
                                                          const std::string& scenario_id) const {
    std::optional<UnfinishedPlay> play;
    db_->run("SELECT pl.id FROM plays pl JOIN players p ON p.id = pl.player_id WHERE p.session_code = ?1 AND "
             "p.nickname = ?2 AND pl.scenario_id = ?3 AND pl.finished_at IS NULL "
             "ORDER BY pl.started_at DESC, pl.rowid DESC LIMIT 1",
             {session_code, nickname, scenario_id}, [&](const std::vector<SqlValue>& row) { play = UnfinishedPlay{text_of(row[0]), {}}; });
    if (play)
        db_->run("SELECT action FROM answers WHERE play_id = ?1 ORDER BY seq", {play->id},
                 [&](const std::vector<SqlValue>& row) { play->actions.push_back(text_of(row[0])); });
    return play;
}

void RecordStore::record_answer(const std::string& play_id, const std::string& node, const std::string& action,
                                const std::string& kind, const std::vector<ScoreAward>& points,
                                std::int64_t response_ms) {
    db_->transaction([&] {
        db_->run("INSERT INTO answers (play_id, seq, at, node, action, kind, points, response_ms, statement_id) "
                 "VALUES (?1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM answers WHERE play_id = ?1), ?2, ?3, ?4, ?5, "
                 "?6, ?7, ?8)",
                 {play_id, now_iso(), node, action, kind, points_text(points), response_ms, new_uuid()});
    });
}

bool RecordStore::finish_play(const std::string& play_id, const FinishedPlay& play) {
    db_->transaction([&] {
        db_->run("UPDATE plays SET finished_at = ?2, ending = ?3, outcome = ?4, total = ?5, max = ?6, offered = ?7 "
                 "WHERE id = ?1",
                 {play_id, now_iso(), play.ending, play.outcome, std::int64_t{play.total}, std::int64_t{play.max},
                  std::int64_t{play.offered}});
        for (const auto& [objective, value] : play.objectives)
            db_->run("INSERT OR REPLACE INTO objective_points (play_id, objective, points, best, offered, against) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                     {play_id, objective, std::int64_t{value.points}, std::int64_t{value.best},
                      std::int64_t{value.offered.value_or(0)}, std::int64_t{value.against ? 1 : 0}});
    });
    // A finished play is moved from the write-ahead log into the file itself,
    // so a facilitator who copies the file now (a USB stick, a shared
    // folder) gets every finished play without the -wal file beside it.
    return checkpoint();
}

bool RecordStore::checkpoint() { return db_->checkpoint(); }

const std::string& RecordStore::path() const { return db_->path(); }
std::int64_t RecordStore::changes() const { return db_->total_changes(); }

std::vector<std::string> RecordStore::sessions() const {
    std::vector<std::string> codes;
    db_->run("SELECT code FROM sessions ORDER BY created_at", {},
             [&](const std::vector<SqlValue>& row) { codes.push_back(text_of(row[0])); });
    return codes;
}

std::vector<RecordStore::SessionSummary> RecordStore::session_summaries() const {
    std::vector<SessionSummary> list;
    db_->run("SELECT s.code, s.created_at, "
             "COALESCE((SELECT MAX(a.at) FROM answers a JOIN plays pl ON pl.id = a.play_id JOIN players p ON "
             "p.id = pl.player_id WHERE p.session_code = s.code), s.created_at), "
             "(SELECT COUNT(*) FROM players p WHERE p.session_code = s.code), "
             "(SELECT COUNT(*) FROM plays pl JOIN players p ON p.id = pl.player_id WHERE p.session_code = s.code), "
             "(SELECT COUNT(*) FROM answers a JOIN plays pl ON pl.id = a.play_id JOIN players p ON p.id = pl.player_id "
             "WHERE p.session_code = s.code) FROM sessions s ORDER BY s.created_at",
             {}, [&](const std::vector<SqlValue>& row) {
                 list.push_back({text_of(row[0]), text_of(row[1]), text_of(row[2]), number_of(row[3]),
                                 number_of(row[4]), number_of(row[5])});
             });
    return list;
}

void RecordStore::create_session(const SessionSetup& setup) {
    db_->transaction([&] {
        insert_session(setup.code);
        db_->run("INSERT OR REPLACE INTO session_settings (code, label, track, timers) VALUES (?1, ?2, ?3, ?4)",
                 {setup.code, setup.label, setup.track, std::int64_t{setup.timers ? 1 : 0}});
        save_session_plan(setup);
    });
}

std::optional<SessionSetup> RecordStore::session_setup(const std::string& code) const {
    std::optional<SessionSetup> setup;
    db_->run("SELECT code, label, track, timers FROM session_settings WHERE code = ?1", {code},
             [&](const std::vector<SqlValue>& row) {
                 setup = SessionSetup{text_of(row[0]), text_of(row[1]), text_of(row[2]), number_of(row[3]) != 0, {}, false};
             });
    if (setup) load_session_plan(*setup);
    return setup;
}

std::string RecordStore::meta(const std::string& key) const {
    std::string value;
    db_->run("SELECT value FROM meta WHERE key = ?1", {key},
             [&](const std::vector<SqlValue>& row) { value = text_of(row[0]); });
    return value;
}

void RecordStore::set_meta(const std::string& key, const std::string& value) {
    db_->transaction([&] { db_->run("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)", {key, value}); });
}

void RecordStore::delete_session(const std::string& session_code) {
    db_->transaction([&] { db_->run("DELETE FROM sessions WHERE code = ?1", {session_code}); });
}

std::string RecordStore::integrity_check() const {
    std::string result;
    db_->run("PRAGMA integrity_check", {}, [&](const std::vector<SqlValue>& row) {
        result += (result.empty() ? "" : "; ") + text_of(row[0]);
    });
    return result;
}

}  // namespace secondlook
