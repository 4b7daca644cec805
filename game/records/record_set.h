// The records a command reads (export, report): one records file, or every
// *.sqlite file in a folder (each machine in a room writes its own; a
// facilitator copies them into one shared folder). Files are only read,
// never written; a play found in several files counts once.
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
    std::size_t files = 0;
};

// Nullopt (with the reason on `err`) when nothing can be read, or `session`
// is not empty and in none of the files.
std::optional<RecordSet> read_records(const std::string& path, const std::string& session,
                                      const std::string& command, std::ostream& err);

}  // namespace secondlook
