#include "records/lrs_outbox.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "records/sqlite_db.h"

namespace secondlook {
namespace {

// The key is kept in plain form (an LRS needs it as it is), so the file is
// made readable by its owner only before SQLite writes anything into it.
// SQLite gives its journal the same mode as the file.
void create_private_file(const std::string& path) {
    const auto folder = std::filesystem::path(path).parent_path();
    if (!folder.empty()) std::filesystem::create_directories(folder);
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) throw DatabaseError("outbox file " + path + ": cannot create it; check the folder can be written");
    ::fchmod(fd, 0600);  // an existing file made with a looser umask
    ::close(fd);
}

const char* const kSchema = R"(
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS accepted (
    endpoint TEXT NOT NULL,
    statement_id TEXT NOT NULL,
    accepted_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (endpoint, statement_id)
);
CREATE TABLE IF NOT EXISTS set_aside (
    endpoint TEXT NOT NULL,
    statement_id TEXT NOT NULL,
    statement TEXT NOT NULL,
    reason TEXT NOT NULL,
    set_aside_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (endpoint, statement_id)
);
)";

}  // namespace

LrsOutbox::LrsOutbox(const std::string& path) {
    create_private_file(path);
    db_ = std::make_unique<SqliteDb>(path);
    db_->exec(kSchema);
}

LrsOutbox::~LrsOutbox() = default;

LrsSettings LrsOutbox::settings() const {
    LrsSettings settings;
    db_->run("SELECT key, value FROM settings", {}, [&](const std::vector<SqlValue>& row) {
        const auto& name = std::get<std::string>(row[0]);
        if (name == "endpoint") settings.endpoint = std::get<std::string>(row[1]);
        if (name == "key") settings.key = std::get<std::string>(row[1]);
    });
    return settings;
}

void LrsOutbox::configure(const LrsSettings& settings) {
    db_->transaction([&] {
        db_->run("INSERT OR REPLACE INTO settings (key, value) VALUES ('endpoint', ?1)", {settings.endpoint});
        db_->run("INSERT OR REPLACE INTO settings (key, value) VALUES ('key', ?1)", {settings.key});
    });
}

void LrsOutbox::clear() {
    db_->transaction([&] { db_->run("DELETE FROM settings WHERE key IN ('endpoint', 'key')"); });
}

std::set<std::string> LrsOutbox::accepted(const std::string& endpoint) const {
    std::set<std::string> ids;
    db_->run("SELECT statement_id FROM accepted WHERE endpoint = ?1", {endpoint},
             [&](const std::vector<SqlValue>& row) { ids.insert(std::get<std::string>(row[0])); });
    return ids;
}

void LrsOutbox::mark_accepted(const std::string& endpoint, const std::vector<std::string>& ids) {
    db_->transaction([&] {
        for (const auto& id : ids) {
            db_->run("INSERT OR IGNORE INTO accepted (endpoint, statement_id) VALUES (?1, ?2)", {endpoint, id});
            db_->run("DELETE FROM set_aside WHERE endpoint = ?1 AND statement_id = ?2", {endpoint, id});
        }
    });
}

std::map<std::string, SetAsideStatement> LrsOutbox::set_aside(const std::string& endpoint) const {
    std::map<std::string, SetAsideStatement> statements;
    db_->run("SELECT statement_id, statement, reason, set_aside_at FROM set_aside WHERE endpoint = ?1", {endpoint},
             [&](const std::vector<SqlValue>& row) {
                 statements[std::get<std::string>(row[0])] = {
                     std::get<std::string>(row[1]), std::get<std::string>(row[2]), std::get<std::string>(row[3])};
             });
    return statements;
}

void LrsOutbox::set_aside(const std::string& endpoint, const std::string& id, const SetAsideStatement& statement) {
    db_->run("INSERT OR REPLACE INTO set_aside (endpoint, statement_id, statement, reason) VALUES (?1, ?2, ?3, ?4)",
             {endpoint, id, statement.json, statement.reason});
}

}  // namespace secondlook
