// The facilitator's outbox for a learning record store (LRS): where the LRS
// is, its key, and which statements it has already accepted. One small
// SQLite file owned by the facilitator (default
// ~/.local/share/secondlook/lrs-outbox.db, readable by its owner only),
// never a records file: records copied from other machines are only read.
// Statement ids are stable, so "waiting" is simply every statement whose id
// this file does not list as accepted by the configured endpoint, or as set
// aside: refused by it (HTTP 400), with its reason, and not sent again until
// a facilitator asks or the statement changes.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace secondlook {

class SqliteDb;

// A statement the LRS refused: what was sent, and what the LRS said.
struct SetAsideStatement {
    std::string json;    // the statement as it was sent, to notice when it changes
    std::string reason;  // the LRS's answer, e.g. "HTTP 400: invalid verb"
    std::string at;      // when, as 2026-12-03T10:00:00Z
};

struct LrsSettings {
    std::string endpoint;  // e.g. https://lrs.example.org/xapi/ (always ends in '/')
    std::string key;       // "key:secret" or "Basic TOKEN", kept in plain form
    bool configured() const { return !endpoint.empty() && !key.empty(); }
};

class LrsOutbox {
public:
    // Opens the outbox file, creating it (mode 0600) and its folder as needed;
    // throws DatabaseError naming the file.
    explicit LrsOutbox(const std::string& path);
    ~LrsOutbox();

    LrsSettings settings() const;
    // Sets the endpoint and key together; clear() forgets both (what the LRS
    // accepted is kept, so setting the same endpoint again resends nothing).
    void configure(const LrsSettings& settings);
    void clear();

    // The statement ids `endpoint` has accepted.
    std::set<std::string> accepted(const std::string& endpoint) const;
    // Records that `endpoint` accepted these statements, in one commit (and
    // that none of them is set aside any longer).
    void mark_accepted(const std::string& endpoint, const std::vector<std::string>& ids);

    // The statements `endpoint` refused, by id.
    std::map<std::string, SetAsideStatement> set_aside(const std::string& endpoint) const;
    // Records that `endpoint` refused statement `id` (replacing an earlier refusal).
    void set_aside(const std::string& endpoint, const std::string& id, const SetAsideStatement& statement);

private:
    std::unique_ptr<SqliteDb> db_;
};

// user_data_directory()/lrs-outbox.db is the default; not ".sqlite", so a
// folder of records files never mistakes the outbox for one of them.
inline const char* const kLrsOutboxFileName = "lrs-outbox.db";

}  // namespace secondlook
