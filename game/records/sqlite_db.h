// A thin owner of one SQLite connection and its prepared statements: opens,
// runs statements with bound text and numbers, and turns every failure into
// an exception that names what was being done. Only game/records uses it.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

namespace secondlook {

struct DatabaseError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

using SqlValue = std::variant<std::nullptr_t, std::int64_t, std::string>;

// A result column as text or a number ("" or 0 for NULL or another type).
inline const std::string& text_of(const SqlValue& value) {
    static const std::string empty;
    const auto* text = std::get_if<std::string>(&value);
    return text ? *text : empty;
}

inline std::int64_t number_of(const SqlValue& value) {
    const auto* number = std::get_if<std::int64_t>(&value);
    return number ? *number : 0;
}

class SqliteDb {
public:
    // Opens (creating if needed) the database file, or only reads an
    // existing one; throws DatabaseError, naming the file as `shown_as`
    // (default: `path`). A path is always a file name, never one of
    // SQLite's special names (":memory:", "file:..." URIs, "" for a
    // temporary database), so answers can never go where they vanish.
    explicit SqliteDb(const std::string& path, bool read_only = false, const std::string& shown_as = "");
    ~SqliteDb();
    SqliteDb(const SqliteDb&) = delete;
    SqliteDb& operator=(const SqliteDb&) = delete;

    // Runs one or more statements without results (schema, pragmas).
    void exec(const std::string& sql);
    // Runs one statement with `values` bound to ?1, ?2...; `on_row` sees each
    // result row as its columns.
    void run(const std::string& sql, const std::vector<SqlValue>& values = {},
             const std::function<void(const std::vector<SqlValue>&)>& on_row = {});
    std::int64_t last_insert_id() const;
    // Rows inserted, changed or deleted through this connection since it opened.
    std::int64_t total_changes() const;

    // Runs `work` inside BEGIN IMMEDIATE ... COMMIT; rolls back if it throws.
    // A transaction inside another joins it, so writes that go together (an
    // answer and its class votes) commit together.
    void transaction(const std::function<void()>& work);

    // Copies what the write-ahead log holds into the database file itself,
    // as far as other programs' open reads allow, never waiting for them (a
    // read that began before a change keeps that change in the log until it
    // ends). True when all of it is in the file, so the file alone, copied
    // now, holds every commit.
    bool checkpoint();

    const std::string& path() const { return path_; }

private:
    [[noreturn]] void fail(const std::string& doing) const;

    sqlite3* db_ = nullptr;
    std::string path_;
    int transaction_depth_ = 0;
};

}  // namespace secondlook
