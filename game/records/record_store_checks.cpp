// The parts of the record store added with the knowledge check: each
// player's answers before and after play, and the session's plan (which
// scenarios to play, whether the check is used). Separate tables, created if
// missing, so records files written before them still open and read.
#include "records/record_store.h"

#include <sstream>

#include "records/row_reader.h"
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

void RecordStore::each_check_answer(const std::string& session_code,
                                    const std::function<void(CheckAnswerRecord&&)>& on_answer,
                                    const OnBadRow& on_bad) const {
    if (!has_table("check_answers")) return;
    db_->run("SELECT s.code, p.nickname, c.check_id, c.phase, c.question, c.objective, c.chosen, c.correct, c.at, "
             "c.response_ms, c.statement_id, s.registration FROM check_answers c "
             "JOIN players p ON p.id = c.player_id JOIN sessions s ON s.code = p.session_code "
             "WHERE ?1 = '' OR s.code = ?1 ORDER BY s.code, c.at, c.rowid",
             {session_code}, [&](const std::vector<SqlValue>& row) {
                 RowReader read(row);
                 CheckAnswerRecord answer;
                 answer.session = read.text(0, "session code");
                 answer.player = read.text(1, "nickname");
                 answer.check = read.text(2, "question set");
                 answer.phase = read.text(3, "phase");
                 answer.question = read.text(4, "question");
                 answer.objective = read.text(5, "objective");
                 answer.chosen = read.text(6, "option");
                 answer.correct = read.number(7, "right-or-wrong mark", 0, 1) != 0;
                 answer.at = read.text(8, "time");
                 answer.response_ms = read.number(9, "response time", 0, kMaxResponseMs);
                 answer.statement_id = read.text(10, "statement id");
                 answer.registration = read.text(11, "session's registration");
                 std::string problem = read.problem();
                 if (problem.empty() && answer.phase != "pre" && answer.phase != "post")
                     problem = "its phase, " + printable(row[3]) + ", is neither 'pre' nor 'post'";
                 if (problem.empty()) on_answer(std::move(answer));
                 else
                     on_bad({"knowledge-check answer " + printable(row[10]) + " (session " + printable(row[0]) +
                                 ", player " + printable(row[1]) + ")",
                             problem, ""});
             });
}

std::vector<CheckAnswerRecord> RecordStore::check_answers(const std::string& session_code) const {
    std::vector<CheckAnswerRecord> list;
    each_check_answer(session_code, [&](CheckAnswerRecord&& answer) { list.push_back(std::move(answer)); },
                      [](const BadRow&) {});
    return list;
}

}  // namespace secondlook
