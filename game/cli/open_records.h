// Opens an existing records file for a command that reads it (export,
// report), checking the session asked for is in it; says what is wrong
// otherwise, so each command need not.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>

#include "records/record_store.h"

namespace secondlook {

// Null (with the reason on `err`) when the file is missing or unreadable, or
// `session` is not empty and not in it.
std::unique_ptr<RecordStore> open_records(const std::string& path, const std::string& session,
                                          const std::string& command, std::ostream& err);

}  // namespace secondlook
