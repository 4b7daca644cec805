// Reading plays and answers back out of a records file, one row at a time,
// each value checked as it is read (records/row_reader.h): a file copied
// from another machine may be damaged or edited, and one bad row must cost
// only itself, never the export of the rest.
#include <optional>
#include <utility>

#include "records/record_store.h"
#include "records/row_reader.h"
#include "records/sqlite_db.h"

namespace secondlook {
namespace {

// The result columns of a play, from `first` on: finished_at, ending,
// outcome, total, max, offered (NULL in plays recorded before it was kept).
// Only a finished play has them.
struct PlayResult {
    std::string finished_at, ending, outcome;
    std::int64_t total = 0, max = 0;
    std::optional<std::int64_t> offered;
};

PlayResult read_play_result(RowReader& read, std::size_t first) {
    PlayResult result;
    result.ending = read.text_or_empty(first + 1, "ending");
    if (result.ending.empty()) return result;
    result.finished_at = read.text(first, "finish time");
    result.outcome = read.text(first + 2, "outcome");
    result.total = read.number(first + 3, "total", -kMaxRecordedPoints, kMaxRecordedPoints);
    result.max = read.number(first + 4, "maximum", -kMaxRecordedPoints, kMaxRecordedPoints);
    result.offered = read.optional_number(first + 5, "points offered", 0, kMaxRecordedPoints);
    return result;
}

// The offered columns (record_store_columns.cpp), or NULL in their place
// when a file only read was written before them.
std::string column_or_null(bool present, const std::string& column) { return present ? column : "NULL"; }

std::string play_name(const std::vector<SqlValue>& row, std::size_t id, std::size_t session, std::size_t player) {
    return "play " + printable(row[id]) + " (session " + printable(row[session]) + ", player " + printable(row[player]) +
           ")";
}

}  // namespace

void RecordStore::each_play(const std::string& session_code, const std::function<void(PlayRecord&&)>& on_play,
                            const OnBadRow& on_bad) const {
    // Each play comes with its points per objective joined on, one row per
    // objective, so no table of them is held while the plays go past.
    std::optional<std::int64_t> rowid;
    PlayRecord play;
    std::string problem, name;
    const auto continued = continued_plays();  // few: only plays that went on into a continuation
    auto finish = [&] {
        if (!rowid) return;
        if (auto found = continued.find(play.id); found != continued.end()) play.early_ending = found->second;
        if (problem.empty()) on_play(std::move(play));
        else on_bad({name, problem, play.id});
        play = PlayRecord{};
    };
    const bool offered = has_column("plays", "offered"), objective_offered = has_column("objective_points", "offered"),
               against = has_column("objective_points", "against");
    // Each play's answers are counted once (`counted`), not again on each of
    // its objective rows: counted there, they took a third of reading the plays.
    db_->run("WITH counted AS MATERIALIZED (SELECT pl.rowid AS play, "
             "(SELECT COUNT(*) FROM answers a WHERE a.play_id = pl.id) AS answers "
             "FROM plays pl JOIN players p ON p.id = pl.player_id WHERE ?1 = '' OR p.session_code = ?1) "
             "SELECT pl.id, s.code, p.nickname, pl.scenario_id, pl.started_at, pl.finished_at, pl.ending, pl.outcome, "
             "pl.total, pl.max, " + column_or_null(offered, "pl.offered") + ", s.registration, c.answers, pl.rowid, "
             "o.objective, o.points, o.best, " + column_or_null(objective_offered, "o.offered") + ", " +
                 column_or_null(against, "o.against") + " "
             "FROM plays pl JOIN counted c ON c.play = pl.rowid JOIN players p ON p.id = pl.player_id "
             "JOIN sessions s ON s.code = p.session_code LEFT JOIN objective_points o ON o.play_id = pl.id "
             "WHERE ?1 = '' OR s.code = ?1 ORDER BY s.code, p.nickname, pl.started_at, pl.rowid",
             {session_code}, [&](const std::vector<SqlValue>& row) {
                 if (rowid != number_of(row[13])) {
                     finish();
                     rowid = number_of(row[13]);
                     RowReader read(row);
                     play.id = read.text(0, "id");
                     play.session = read.text(1, "session code");
                     play.player = read.text(2, "nickname");
                     play.scenario = read.text(3, "scenario id");
                     play.started_at = read.text(4, "start time");
                     PlayResult result = read_play_result(read, 5);
                     play.finished_at = std::move(result.finished_at);
                     play.ending = std::move(result.ending);
                     play.outcome = std::move(result.outcome);
                     play.total = result.total;
                     play.max = result.max;
                     play.offered = result.offered;
                     play.registration = read.text(11, "session's registration");
                     play.answer_count = number_of(row[12]);
                     problem = read.problem();
                     name = play_name(row, 0, 1, 2);
                 }
                 if (std::holds_alternative<std::nullptr_t>(row[14])) return;  // no objective points (unfinished)
                 RowReader read(row);
                 const std::string objective = read.text(14, "objective");
                 RecordedObjective recorded;
                 recorded.points = static_cast<int>(read.number(15, "objective points", -kMaxRecordedPoints, kMaxRecordedPoints));
                 recorded.best = static_cast<int>(read.number(16, "best objective points", -kMaxRecordedPoints, kMaxRecordedPoints));
                 if (auto offered_points = read.optional_number(17, "objective points offered", 0, kMaxRecordedPoints))
                     recorded.offered = static_cast<int>(*offered_points);
                 recorded.against = read.optional_number(18, "went-against mark", 0, 1).value_or(0) != 0;
                 if (problem.empty()) problem = read.problem();
                 play.objectives[objective] = recorded;
             });
    finish();
}

void RecordStore::each_answer(const std::string& session_code, const std::function<void(AnswerRecord&&)>& on_answer,
                              const OnBadRow& on_bad) const {
    const auto votes = votes_by_statement();
    const std::string offered = column_or_null(has_column("plays", "offered"), "pl.offered");
    db_->run("SELECT s.code, p.nickname, a.play_id, pl.scenario_id, a.seq, a.at, a.node, a.action, a.kind, a.points, "
             "a.response_ms, a.statement_id, pl.finished_at, pl.ending, pl.outcome, pl.total, pl.max, " + offered + ", "
             "s.registration FROM answers a JOIN plays pl ON pl.id = a.play_id "
             "JOIN players p ON p.id = pl.player_id JOIN sessions s ON s.code = p.session_code "
             "WHERE ?1 = '' OR s.code = ?1 ORDER BY s.code, p.nickname, pl.started_at, a.seq",
             {session_code}, [&](const std::vector<SqlValue>& row) {
                 RowReader read(row);
                 AnswerRecord answer;
                 answer.session = read.text(0, "session code");
                 answer.player = read.text(1, "nickname");
                 answer.play_id = read.text(2, "play id");
                 answer.scenario = read.text(3, "scenario id");
                 answer.seq = read.number(4, "number in the play", 1, kMaxAnswerSeq);
                 answer.at = read.text(5, "time");
                 answer.node = read.text(6, "node");
                 answer.action = read.text(7, "answer");
                 answer.kind = read.text(8, "kind");
                 answer.points = read.points(9);
                 answer.response_ms = read.number(10, "response time", 0, kMaxResponseMs);
                 answer.statement_id = read.text(11, "statement id");
                 PlayResult result = read_play_result(read, 12);
                 answer.play_ending = std::move(result.ending);
                 answer.play_outcome = std::move(result.outcome);
                 answer.play_total = result.total;
                 answer.play_max = result.offered ? *result.offered : result.max;  // as PlayRecord::score_max()
                 answer.play_max_offered = result.offered.has_value();
                 answer.registration = read.text(18, "session's registration");
                 std::string problem = read.problem();
                 if (auto found = votes.find(answer.statement_id); found != votes.end()) {
                     if (found->second) answer.votes = *found->second;
                     else if (problem.empty()) problem = "its class votes are not choice texts with counts";
                 }
                 if (problem.empty()) on_answer(std::move(answer));
                 else on_bad({"answer " + printable(row[4]) + " of " + play_name(row, 2, 0, 1), problem, text_of(row[2])});
             });
}

std::vector<AnswerRecord> RecordStore::answers(const std::string& session_code) const {
    std::vector<AnswerRecord> list;
    each_answer(session_code, [&](AnswerRecord&& answer) { list.push_back(std::move(answer)); }, [](const BadRow&) {});
    return list;
}

std::vector<PlayRecord> RecordStore::plays(const std::string& session_code) const {
    std::vector<PlayRecord> list;
    each_play(session_code, [&](PlayRecord&& play) { list.push_back(std::move(play)); }, [](const BadRow&) {});
    return list;
}

}  // namespace secondlook
