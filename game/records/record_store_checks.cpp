// The parts of the record store added with the knowledge check: each
// player's answers before and after play, and the session's plan (which
// scenarios to play, whether the check is used). Separate tables, created if
// missing, so records files written before them still open and read.
#include "records/record_store.h"

#include <sstream>

#include "records/sqlite_db.h"
#include "records/uuid.h"

namespace secondlook {
namespace {

const char* const kCheckSchema = R"sql(
CREATE TABLE IF NOT EXISTS session_plans (
  code TEXT PRIMARY KEY REFERENCES sessions(code) ON DELETE CASCADE,
  scenarios TEXT NOT NULL,
  prepost INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS check_answers (
  statement_id TEXT PRIMARY KEY,
  player_id INTEGER NOT NULL REFERENCES players(id) ON DELETE CASCADE,
  check_id TEXT NOT NULL,
  phase TEXT NOT NULL,
  question TEXT NOT NULL,
  objective TEXT NOT NULL,
  chosen TEXT NOT NULL,
  correct INTEGER NOT NULL,
  at TEXT NOT NULL,
  response_ms INTEGER NOT NULL);
)sql";

std::string joined(const std::vector<std::string>& ids) {
    std::string text;
    for (const auto& id : ids) text += (text.empty() ? "" : ",") + id;
    return text;
}

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> ids;
    std::istringstream in(text);
    for (std::string id; std::getline(in, id, ',');)
        if (!id.empty()) ids.push_back(id);
    return ids;
}

}  // namespace

void RecordStore::create_check_tables() { db_->exec(kCheckSchema); }

bool RecordStore::has_table(const std::string& name) const {
    bool found = false;
    db_->run("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1", {name},
             [&](const std::vector<SqlValue>&) { found = true; });
    return found;
}

void RecordStore::save_session_plan(const SessionSetup& setup) {
    db_->run("INSERT OR REPLACE INTO session_plans (code, scenarios, prepost) VALUES (?1, ?2, ?3)",
             {setup.code, joined(setup.scenarios), std::int64_t{setup.prepost ? 1 : 0}});
}

void RecordStore::load_session_plan(SessionSetup& setup) const {
    if (!has_table("session_plans")) return;
    db_->run("SELECT scenarios, prepost FROM session_plans WHERE code = ?1", {setup.code},
             [&](const std::vector<SqlValue>& row) {
                 setup.scenarios = split(text_of(row[0]));
                 setup.prepost = number_of(row[1]) != 0;
             });
}

void RecordStore::record_check_answer(std::int64_t player, const CheckAnswerRecord& answer) {
    db_->transaction([&] {
        db_->run("INSERT INTO check_answers (statement_id, player_id, check_id, phase, question, objective, chosen, "
                 "correct, at, response_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                 {new_uuid(), player, answer.check, answer.phase, answer.question, answer.objective, answer.chosen,
                  std::int64_t{answer.correct ? 1 : 0}, now_iso(), answer.response_ms});
    });
}

std::vector<CheckAnswerRecord> RecordStore::check_answers(const std::string& session_code) const {
    std::vector<CheckAnswerRecord> list;
    if (!has_table("check_answers")) return list;
    db_->run("SELECT s.code, p.nickname, c.check_id, c.phase, c.question, c.objective, c.chosen, c.correct, c.at, "
             "c.response_ms, c.statement_id, s.registration FROM check_answers c "
             "JOIN players p ON p.id = c.player_id JOIN sessions s ON s.code = p.session_code "
             "WHERE ?1 = '' OR s.code = ?1 ORDER BY s.code, c.at, c.rowid",
             {session_code}, [&](const std::vector<SqlValue>& row) {
                 list.push_back({text_of(row[0]), text_of(row[1]), text_of(row[2]), text_of(row[3]), text_of(row[4]),
                                 text_of(row[5]), text_of(row[6]), number_of(row[7]) != 0, text_of(row[8]),
                                 number_of(row[9]), text_of(row[10]), text_of(row[11])});
             });
    return list;
}

}  // namespace secondlook
