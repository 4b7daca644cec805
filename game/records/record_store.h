// The score records a facilitator keeps: sessions, pseudonymous players, each
// play, and every answer and action with its time and points. One SQLite file
// per machine (WAL; every answer committed on its own before play goes on),
// so a crash or power cut loses nothing already answered; each is moved from
// the write-ahead log into the file itself as soon as other programs' reads
// allow (see checkpoint()).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/play_score.h"
#include "core/scenario.h"
#include "core/session_join.h"  // kHomeSession

namespace secondlook {

class SqliteDb;
class RecordsSnapshot;

// One recorded answer or action, as exports read it back.
struct AnswerRecord {
    std::string session, player, play_id, scenario;
    std::int64_t seq = 0;
    std::string at, node, action, kind;
    std::map<std::string, int> points;
    std::int64_t response_ms = 0;
    std::string statement_id;  // a UUID, stable, for xAPI
    std::map<std::string, int> votes;  // projector mode: each offered choice's class votes
    // Its play's result as the same file holds it (an empty ending: not
    // finished), and the session's UUID, so exports need no table of plays.
    std::string play_ending, play_outcome;
    std::int64_t play_total = 0, play_max = 0;  // play_max: as PlayRecord::score_max()
    bool play_max_offered = false;              // play_max is what the play offered (false: an older play)
    std::string registration;
};

// One objective of a recorded play. `offered` is empty for plays recorded
// before it was kept (see PlayRecord::status).
struct RecordedObjective {
    int points = 0;
    int best = 0;  // the most any play of the scenario can earn for it
    std::optional<int> offered;
    bool against = false;  // a reply of the play went against it
};

// One play, as exports and reports read it back.
struct PlayRecord {
    std::string id, session, player, scenario, started_at, finished_at, ending, outcome;
    std::int64_t total = 0;
    std::int64_t max = 0;                  // the scenario maximum (best play) when it was played
    std::optional<std::int64_t> offered;   // what this play offered; empty for plays recorded before it was kept
    std::map<std::string, RecordedObjective> objectives;
    std::string early_ending;  // the early ending it went on from into a continuation; "" if it did not

    // What the play is scored against: what it offered; for an older play
    // (no `offered` recorded) the maximum it was recorded with, as then.
    std::int64_t score_max() const { return offered ? *offered : max; }
    // The objective's status by core/play_score.h. An older play keeps the
    // rule it was recorded under: met when it earned points, otherwise to
    // practise; what it offered was not kept, so nothing is guessed.
    ObjectiveStatus status(const std::string& objective) const;
    std::string registration;  // the session's UUID
    std::int64_t answer_count = 0;  // answers and actions recorded for it in the file it was read from
};

// A row that cannot be read back as it was written (text that is not UTF-8
// or holds a NUL, a number of the wrong type or out of any sensible range):
// which row, and its first problem. Readers leave such rows out.
struct BadRow {
    std::string row;      // "answer 3 of play ID (session S, player 'fox')"
    std::string problem;  // "its nickname is not valid UTF-8 text"
    std::string play_id;  // the play it belongs to ("" for a knowledge-check answer)
};
using OnBadRow = std::function<void(const BadRow&)>;

// A play that was started and never finished (the window closed, the power
// went): its id and what was answered, in order, so it can be carried on.
struct UnfinishedPlay {
    std::string id;
    std::vector<std::string> actions;
};

// One answer in a knowledge check before or after play, as exports read it back.
struct CheckAnswerRecord {
    std::string session, player, check, phase, question, objective, chosen;  // phase: "pre" or "post"
    bool correct = false;
    std::string at;
    std::int64_t response_ms = 0;
    std::string statement_id, registration;  // UUIDs, for xAPI
};

// What a facilitator sets up for a session: its short code (players type
// it), a label for the facilitator, the audience track, whether timers run,
// the scenarios to play (none listed: all of the track's) and whether
// players take the knowledge check before and after play.
struct SessionSetup {
    std::string code, label, track;
    bool timers = true;
    std::vector<std::string> scenarios;
    bool prepost = false;
};

// Now, as the records keep times: ISO 8601 UTC with milliseconds.
std::string now_iso();

// Days from a time as the records keep it (ISO 8601 UTC) to now.
double days_since(const std::string& iso_time);


class RecordStore {
public:
    enum class Access { ReadWrite, ReadOnly };
    // Opens or creates the records file and its folder, and moves into the
    // file any answers an earlier run left in the write-ahead log. ReadOnly:
    // reads a private copy of an existing file (records_snapshot.h), so
    // nothing is ever written or created beside it, read-only media work, and
    // a game writing to it is never held up; a copy that is damaged (a file
    // copied in the middle of a change) is refused. Throws DatabaseError with
    // a message that names the file and what went wrong.
    explicit RecordStore(const std::string& path, Access access = Access::ReadWrite);
    ~RecordStore();

    // The player's id in the session, creating both as needed. Nicknames are
    // pseudonyms: no real names are asked for.
    std::int64_t join(const std::string& session_code, const std::string& nickname);
    // A new play of `scenario` by `player`; returns its id (unique across machines).
    std::string start_play(std::int64_t player, const std::string& scenario_id);
    // One answer or action, committed before this returns.
    void record_answer(const std::string& play_id, const std::string& node, const std::string& action,
                       const std::string& kind, const std::vector<ScoreAward>& points, std::int64_t response_ms);
    // A class's answer in projector mode (see record_votes.cpp): the choice
    // the class went with, and the votes for every offered choice, committed together.
    void record_class_answer(const std::string& play_id, const std::string& node, const std::string& action,
                             const std::vector<ScoreAward>& points, std::int64_t response_ms,
                             const std::map<std::string, int>& votes);
    // The ending and the points per objective, committed together, then
    // moved into the file itself (checkpoint()); returns whether that could be done now.
    struct FinishedPlay {
        std::string ending, outcome;
        int total = 0;
        int max = 0;      // the scenario maximum (best play)
        int offered = 0;  // what this play offered: what its score is out of
        std::map<std::string, RecordedObjective> objectives;  // each with `offered` set
    };
    bool finish_play(const std::string& play_id, const FinishedPlay& play);

    // The play went on from `early_ending` into its continuation ("See what
    // could have happened"); committed before this returns
    // (record_store_continuations.cpp). Its ending stays the early one
    // until the continuation's ending is recorded by finish_play.
    void mark_continued(const std::string& play_id, const std::string& early_ending);
    // Every continued play's id and early ending.
    std::map<std::string, std::string> continued_plays() const;

    // The player's latest unfinished play of `scenario_id`, if any (never
    // creates the session or player).
    std::optional<UnfinishedPlay> unfinished_play(const std::string& session_code, const std::string& nickname,
                                                  const std::string& scenario_id) const;

    // Reading back, for exports and reports ("" session: every session), one
    // row at a time so no size of records needs memory to match
    // (record_store_reading.cpp). Plays and answers come ordered by session,
    // nickname, start and answer; knowledge-check answers by session and time.
    // A row that cannot be read as written goes to `on_bad` instead.
    void each_play(const std::string& session_code, const std::function<void(PlayRecord&&)>& on_play,
                   const OnBadRow& on_bad) const;
    void each_answer(const std::string& session_code, const std::function<void(AnswerRecord&&)>& on_answer,
                     const OnBadRow& on_bad) const;
    void each_check_answer(const std::string& session_code, const std::function<void(CheckAnswerRecord&&)>& on_answer,
                           const OnBadRow& on_bad) const;
    // The same, all in memory, leaving out rows that cannot be read as written.
    std::vector<AnswerRecord> answers(const std::string& session_code = "") const;
    std::vector<PlayRecord> plays(const std::string& session_code = "") const;
    std::vector<std::string> sessions() const;

    struct SessionSummary {
        std::string code, created_at, last_activity;
        std::int64_t players = 0, plays = 0, answers = 0;
    };
    // Every session with its size and when it was last used, oldest first.
    std::vector<SessionSummary> session_summaries() const;

    // Sets up a session (or changes its setup); its code must be new or its own.
    void create_session(const SessionSetup& setup);
    std::optional<SessionSetup> session_setup(const std::string& code) const;

    // One knowledge-check answer (its session, player, time and UUID filled
    // in here), committed before this returns.
    void record_check_answer(std::int64_t player, const CheckAnswerRecord& answer);
    // Reading back ("" session: every session), oldest first.
    std::vector<CheckAnswerRecord> check_answers(const std::string& session_code = "") const;

    // Small settings kept with the records (the facilitator's PIN hash).
    std::string meta(const std::string& key) const;
    void set_meta(const std::string& key, const std::string& value);

    // Deletes a session with its players, plays and answers.
    void delete_session(const std::string& session_code);
    // "ok" when SQLite's integrity check passes.
    std::string integrity_check() const;
    // The records file this store reads and writes.
    const std::string& path() const;
    // Goes up with every row this store writes or deletes, so the window
    // knows when there is something new to make durable (platform/storage.h).
    std::int64_t changes() const;

    // Moves every committed answer from the write-ahead log (FILE-wal) into
    // the file itself, so the file alone, copied now, holds them all. Never
    // waits: another program that began reading before the latest answer
    // (and still reads) keeps it in the log until it stops, and this returns
    // false; call again later (the window retries, `run` waits a little).
    bool checkpoint();

private:
    void insert_session(const std::string& code);
    // The tables added with the knowledge check (record_store_checks.cpp);
    // files written before them are still read, as having none.
    void create_check_tables();
    // The table of continued plays, likewise added later.
    void create_continuation_table();
    // The columns added when plays came to be scored against what they
    // offered (record_store_columns.cpp): added to an older file on opening
    // it for writing; read as missing (NULL) from one only read.
    void add_offered_columns();
    bool has_column(const std::string& table, const std::string& column) const;
    bool has_table(const std::string& name) const;
    void save_session_plan(const SessionSetup& setup);
    void load_session_plan(SessionSetup& setup) const;
    // Every answer's class votes, by the answer's statement id (projector
    // mode); nullopt for an answer whose votes are damaged.
    std::map<std::string, std::optional<std::map<std::string, int>>> votes_by_statement() const;

    std::unique_ptr<RecordsSnapshot> snapshot_;  // ReadOnly: the copy db_ reads, removed after it closes
    std::unique_ptr<SqliteDb> db_;
};

}  // namespace secondlook
