#include "records/sqlite_db.h"

namespace secondlook {

namespace {

// SQLite reads "" as a temporary database, ":memory:" as one in memory and
// "file:..." as a URI; a relative name starting "./" is always just a file.
std::string plain_file_name(const std::string& path) {
    return path.empty() || path.front() == '/' ? path : "./" + path;
}

}  // namespace

SqliteDb::SqliteDb(const std::string& path, bool read_only, const std::string& shown_as)
    : path_(shown_as.empty() ? path : shown_as) {
    if (path.empty()) throw DatabaseError("no records file named: give the path of a records file");
    const int mode = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(plain_file_name(path).c_str(), &db_, mode | SQLITE_OPEN_FULLMUTEX, nullptr) != SQLITE_OK) {
        const DatabaseError error("records file " + path_ + ": opening the records file failed: " +
                                  (db_ ? sqlite3_errmsg(db_) : "out of memory"));
        sqlite3_close_v2(db_);  // the destructor does not run for a constructor that throws
        throw error;
    }
    // Another program writing to the same file (the window and `run` at once)
    // holds the write lock briefly. Readers never block writes (WAL).
    sqlite3_busy_timeout(db_, 5000);
}

SqliteDb::~SqliteDb() { sqlite3_close_v2(db_); }

void SqliteDb::fail(const std::string& doing) const {
    throw DatabaseError("records file " + path_ + ": " + doing + " failed: " +
                        (db_ ? sqlite3_errmsg(db_) : "out of memory"));
}

void SqliteDb::exec(const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        std::string text = message ? message : "unknown error";
        sqlite3_free(message);
        throw DatabaseError("records file " + path_ + ": " + text);
    }
}

void SqliteDb::run(const std::string& sql, const std::vector<SqlValue>& values,
                   const std::function<void(const std::vector<SqlValue>&)>& on_row) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) fail("preparing a query");
    struct Finalize {
        sqlite3_stmt* s;
        ~Finalize() { sqlite3_finalize(s); }
    } finalize{statement};
    for (std::size_t i = 0; i < values.size(); ++i) {
        const int index = static_cast<int>(i + 1);
        int status = SQLITE_OK;
        if (std::holds_alternative<std::nullptr_t>(values[i])) status = sqlite3_bind_null(statement, index);
        else if (auto number = std::get_if<std::int64_t>(&values[i])) status = sqlite3_bind_int64(statement, index, *number);
        else {
            const auto& text = std::get<std::string>(values[i]);
            status = sqlite3_bind_text(statement, index, text.c_str(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
        }
        if (status != SQLITE_OK) fail("binding a value");
    }
    // One row of values for the whole query: each text keeps its buffer from
    // the row before, so reading many rows does not allocate for each.
    std::vector<SqlValue> row;
    for (;;) {
        const int status = sqlite3_step(statement);
        if (status == SQLITE_DONE) return;
        if (status != SQLITE_ROW) fail("running a query");
        if (!on_row) continue;
        const int columns = sqlite3_column_count(statement);
        row.resize(static_cast<std::size_t>(columns));
        for (int column = 0; column < columns; ++column) {
            SqlValue& value = row[static_cast<std::size_t>(column)];
            switch (sqlite3_column_type(statement, column)) {
                case SQLITE_NULL: value = nullptr; break;
                case SQLITE_INTEGER: value = static_cast<std::int64_t>(sqlite3_column_int64(statement, column)); break;
                default: {
                    // Every byte, so a NUL inside a text reaches the checks instead of cutting it short.
                    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
                    const auto size = static_cast<std::size_t>(text ? sqlite3_column_bytes(statement, column) : 0);
                    if (auto* kept = std::get_if<std::string>(&value)) kept->assign(text ? text : "", size);
                    else value = std::string(text ? text : "", size);
                }
            }
        }
        on_row(row);
    }
}

std::int64_t SqliteDb::total_changes() const { return sqlite3_total_changes64(db_); }

std::int64_t SqliteDb::last_insert_id() const { return sqlite3_last_insert_rowid(db_); }

void SqliteDb::transaction(const std::function<void()>& work) {
    struct Depth {
        int& depth;
        ~Depth() { --depth; }
    } depth{++transaction_depth_};
    if (transaction_depth_ > 1) return work();  // the outer transaction commits or rolls back
    exec("BEGIN IMMEDIATE");
    try {
        work();
    } catch (...) {
        sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
    exec("COMMIT");
}

bool SqliteDb::checkpoint() {
    int in_log = 0, copied = 0;
    // PASSIVE never calls the busy handler: a reader holding back part of the
    // log must not stall the player.
    const int status = sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_PASSIVE, &in_log, &copied);
    if (status == SQLITE_BUSY) return false;  // another connection is checkpointing right now
    if (status != SQLITE_OK) fail("moving answers from the write-ahead log into the file");
    return copied == in_log;  // both -1 when the file is not in WAL mode: nothing waits
}

}  // namespace secondlook
