// The records a command or the dashboard reads: one records file, or every
// *.sqlite file in a folder (each machine in a room writes its own; a
// facilitator copies them into one shared folder). Files are only read,
// never written; a play or answer found in several files counts once.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "records/record_store.h"

namespace secondlook {

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

// Reads and merges `files` ("" session: every session). A file that cannot
// be read is reported on `err` (as "secondlook COMMAND: skipping ...") and
// left out.
RecordSet merge_records(const std::vector<std::string>& files, const std::string& session,
                        const std::string& command, std::ostream& err);

// Nullopt (with the reason on `err`) when nothing can be read, or `session`
// is not empty and in none of the files.
std::optional<RecordSet> read_records(const std::string& path, const std::string& session,
                                      const std::string& command, std::ostream& err);

}  // namespace secondlook
