// Comma-separated values as RFC 4180 writes them: the strings file for
// translators is written and read back with these.
#pragma once

#include <string>
#include <vector>

namespace secondlook {

// One field, quoted when it holds a comma, quote or line break.
std::string csv_field(const std::string& text);
// One line of fields, ended by CRLF as the RFC asks.
std::string csv_row(const std::vector<std::string>& fields);
// Every row of `text`; quoted fields may span lines, so *row_lines (if given)
// gets the line each row starts on, for messages about a row. False (with the
// line of the problem in *error) on an unterminated quote.
bool parse_csv(const std::string& text, std::vector<std::vector<std::string>>* rows, std::string* error,
               std::vector<int>* row_lines = nullptr);

}  // namespace secondlook
