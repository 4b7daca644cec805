// What an LRS checks in a statement that a records file might hold wrong:
// each returns "" when `text` is fine, else what is wrong ("its time is not
// an ISO 8601 time"), for the warning that leaves the statement out.
#pragma once

#include <initializer_list>
#include <string>

namespace secondlook {

std::string uuid_problem(const std::string& what, const std::string& text);
// The records' own times: 2026-03-02T09:15:00Z, with or without milliseconds.
std::string time_problem(const std::string& text);
// An id that becomes the last part of an activity's IRI.
std::string iri_part_problem(const std::string& what, const std::string& text);
// The first of `problems` that is not "", or "".
std::string first_problem(std::initializer_list<std::string> problems);

}  // namespace secondlook
