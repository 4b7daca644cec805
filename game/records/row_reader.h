// Reading one row of a records file back, column by column, while checking
// that each value is what the program writes there: text that is valid
// UTF-8 without NUL characters, whole numbers within sensible bounds, points
// as OBJECTIVE:NUMBER pairs. A damaged or edited file may hold anything; a
// row that fails a check is left out by the reader (and named, with the first
// problem found), so no export shows it changed or breaks on it.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "records/sqlite_db.h"

namespace secondlook {

// Far above anything a play records (a scenario scores single figures per
// answer; an answer takes seconds), far below what would overflow a sum.
inline constexpr std::int64_t kMaxRecordedPoints = 1000000;
inline constexpr std::int64_t kMaxResponseMs = 366LL * 24 * 60 * 60 * 1000;  // a year
inline constexpr std::int64_t kMaxAnswerSeq = 1000000;

class RowReader {
public:
    explicit RowReader(const std::vector<SqlValue>& row) : row_(row) {}

    // The text in `column`; `name` says what it is in a problem ("nickname").
    std::string text(std::size_t column, const char* name);
    // The same, where NULL means "none yet" and reads as "".
    std::string text_or_empty(std::size_t column, const char* name);
    // The whole number in `column`, within low..high.
    std::int64_t number(std::size_t column, const char* name, std::int64_t low, std::int64_t high);
    // The same, where NULL means "not recorded" and reads as nullopt.
    std::optional<std::int64_t> optional_number(std::size_t column, const char* name, std::int64_t low, std::int64_t high);
    // Points per objective as kept in the answers table: "SPOT-1:2;RESP-3:1".
    std::map<std::string, int> points(std::size_t column);

    // The first problem found, "" when every value read was fine.
    const std::string& problem() const { return problem_; }

private:
    void fail(const std::string& problem);

    const std::vector<SqlValue>& row_;
    std::string problem_;
};

// A value as a person can read it in a message: text with bytes that are not
// UTF-8, and control characters, written as \xNN; numbers as numbers; NULL as
// "(none)". At most 80 characters, so a huge value cannot flood the terminal.
std::string printable(const SqlValue& value);

}  // namespace secondlook
