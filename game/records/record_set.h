// The records a command or the dashboard reads: one records file, or every
// *.sqlite file in a folder (each machine in a room writes its own; a
// facilitator copies them into one shared folder). Files are only read,
// never written; a play or answer found in several files counts once.
//
// RecordSource keeps only where each play's kept copy is (a few hundred
// bytes a play) and streams plays and answers file by file, so an export or
// report of any size needs about the same memory. Each file is copied and
// checked once (records/records_snapshot.h, RecordStore's integrity check),
// when the source is made, and every later pass reads that same copy: a
// report reads the plays three times, and checking a 70 MB file again each
// time cost more than reading it. A row that cannot be read
// as written (see records/row_reader.h) is left out with a warning naming
// its file and row; copies of one play that differ are reported, and one is
// kept by the rule in records/play_copies.h.
#pragma once

#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "records/play_copies.h"
#include "records/record_store.h"

namespace secondlook {

class RecordSource {
public:
    // Reads the sessions and plays of `files` ("" session: every session);
    // warnings go to `err` as "secondlook COMMAND: ...". A file that cannot
    // be read is named there and left out.
    RecordSource(const std::vector<std::string>& files, std::string session, std::string command, std::ostream& err);

    std::size_t files_read() const { return files_.size(); }
    // Every session in the files read, sorted.
    const std::vector<std::string>& sessions() const { return sessions_; }

    // Each play once (the copy kept), file by file, each file's ordered by
    // session, nickname and start. Reads the copies made at the start, one at a time.
    void each_play(const std::function<void(const PlayRecord&)>& on_play) const;
    // Every answer of those plays, once: the answers of the kept copy of
    // each play, ordered as its plays are.
    void each_answer(const std::function<void(const AnswerRecord&)>& on_answer) const;
    // Every knowledge-check answer, once, file by file, each oldest first.
    void each_check(const std::function<void(const CheckAnswerRecord&)>& on_answer) const;

    // Prints "secondlook COMMAND: MESSAGE" with the warnings about these records.
    void warn(const std::string& message) const;

private:
    void choose_copies(std::unordered_map<std::string, std::vector<PlayCopy>>& copies,
                       const std::unordered_map<std::string, std::string>& names);
    bool kept_in(const std::string& play_id, std::size_t file) const;
    // Gives each file read in turn to `read`; a file that fails part way
    // is named, with `what` could not be read to its end.
    void each_file(const std::string& what, const std::function<void(std::size_t, const RecordStore&)>& read) const;
    void warn(const std::string& file, const BadRow& bad) const;

    std::vector<std::string> files_;
    std::vector<std::unique_ptr<RecordStore>> stores_;  // files_[i] opened (its private copy, checked)
    std::string session_, command_;
    std::ostream& err_;
    std::vector<std::string> sessions_;
    std::unordered_map<std::string, PlayCopy> kept_;  // by play id: the copy kept
};

// Everything in memory, for the dashboard and tests.
struct RecordSet {
    std::vector<PlayRecord> plays;
    std::vector<AnswerRecord> answers;
    std::vector<CheckAnswerRecord> checks;  // knowledge-check answers before and after play
    std::vector<std::string> sessions;      // every session in the files read, sorted
    std::size_t files = 0;                  // files that could be read
};

// The records files at `path`: the file itself, or every *.sqlite file in
// the folder, sorted; none when there are none.
std::vector<std::string> records_files(const std::string& path);

// The records at `path`; nullopt (with the reason on `err`) when nothing can
// be read, or `session` is not empty and in none of the files.
std::optional<RecordSource> open_records(const std::string& path, const std::string& session,
                                         const std::string& command, std::ostream& err);

// Reads and merges `files` into memory, as RecordSource does.
RecordSet merge_records(const std::vector<std::string>& files, const std::string& session,
                        const std::string& command, std::ostream& err);

// open_records, into memory.
std::optional<RecordSet> read_records(const std::string& path, const std::string& session,
                                      const std::string& command, std::ostream& err);

}  // namespace secondlook
