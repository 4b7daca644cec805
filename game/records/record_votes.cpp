// The class votes of projector mode: kept in their own table beside the
// answer the class went with, so an answer's record is the same whether one
// player or a whole class gave it. Records files from before projector mode
// have no votes table and read back with no votes.
#include "records/record_store.h"
#include "records/sqlite_db.h"

namespace secondlook {

void RecordStore::record_class_answer(const std::string& play_id, const std::string& node, const std::string& action,
                                      const std::vector<ScoreAward>& points, std::int64_t response_ms,
                                      const std::map<std::string, int>& votes) {
    db_->transaction([&] {
        record_answer(play_id, node, action, "choice", points, response_ms);
        for (const auto& [choice, count] : votes)
            db_->run("INSERT INTO votes (play_id, seq, action, count) "
                     "VALUES (?1, (SELECT MAX(seq) FROM answers WHERE play_id = ?1), ?2, ?3)",
                     {play_id, choice, std::int64_t{count}});
    });
}

void RecordStore::attach_votes(std::vector<AnswerRecord>& answers) const {
    bool has_votes = false;
    db_->run("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'votes'", {},
             [&](const std::vector<SqlValue>&) { has_votes = true; });
    if (!has_votes || answers.empty()) return;
    std::map<std::string, std::map<std::string, int>> by_statement;
    db_->run("SELECT a.statement_id, v.action, v.count FROM votes v JOIN answers a ON a.play_id = v.play_id AND "
             "a.seq = v.seq",
             {}, [&](const std::vector<SqlValue>& row) {
                 const auto* statement = std::get_if<std::string>(&row[0]);
                 const auto* choice = std::get_if<std::string>(&row[1]);
                 const auto* count = std::get_if<std::int64_t>(&row[2]);
                 if (statement && choice && count) by_statement[*statement][*choice] = static_cast<int>(*count);
             });
    for (auto& answer : answers)
        if (auto found = by_statement.find(answer.statement_id); found != by_statement.end()) answer.votes = found->second;
}

}  // namespace secondlook
