// The class votes of projector mode: kept in their own table beside the
// answer the class went with, so an answer's record is the same whether one
// player or a whole class gave it. Records files from before projector mode
// have no votes table and read back with no votes.
#include "core/utf8.h"
#include "records/record_store.h"
#include "records/row_reader.h"
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

std::map<std::string, std::optional<std::map<std::string, int>>> RecordStore::votes_by_statement() const {
    std::map<std::string, std::optional<std::map<std::string, int>>> by_statement;
    if (!has_table("votes")) return by_statement;
    db_->run("SELECT a.statement_id, v.action, v.count FROM votes v JOIN answers a ON a.play_id = v.play_id AND "
             "a.seq = v.seq",
             {}, [&](const std::vector<SqlValue>& row) {
                 const auto* statement = std::get_if<std::string>(&row[0]);
                 const auto* choice = std::get_if<std::string>(&row[1]);
                 const auto* count = std::get_if<std::int64_t>(&row[2]);
                 if (!statement) return;
                 auto& votes = by_statement.try_emplace(*statement, std::map<std::string, int>{}).first->second;
                 if (choice && is_valid_utf8(*choice) && choice->find('\0') == std::string::npos && count &&
                     *count >= 0 && *count <= kMaxRecordedPoints) {
                     if (votes) (*votes)[*choice] = static_cast<int>(*count);
                 } else {
                     votes.reset();  // damaged: the answer is left out rather than shown with votes missing
                 }
             });
    return by_statement;
}

}  // namespace secondlook
