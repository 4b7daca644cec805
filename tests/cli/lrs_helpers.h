// What the `secondlook lrs` tests share: a classroom's records, the
// statements they should send, running `secondlook lrs` with an outbox of
// the test's own, and the fake learning record store (tests/cli/fake_lrs.py)
// for the faults a real LRS does not make.
#pragma once

#include <nlohmann/json.hpp>

#include <sys/types.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "process.h"

inline const char* const kLrsKey = "school-key:s3cret";

// A fresh folder under the test output for one case's files.
std::filesystem::path fresh_lrs_folder(const std::string& name);

// A class session (9QX4) of three players, and a self-guided learner's own
// play at home on the same machine, which must never be sent.
std::string classroom_records(const std::filesystem::path& folder);

// The statements `export` gives for the class session: what should reach the LRS.
std::vector<nlohmann::json> class_statements(const std::string& records);
std::set<std::string> class_statement_ids(const std::string& records);

std::set<std::string> ids_of(const std::vector<nlohmann::json>& statements);

// `secondlook lrs --outbox OUTBOX ARGS...`.
ProcessResult lrs(const std::string& outbox, std::vector<std::string> args);
// Sets the LRS (REQUIREs success).
void configure(const std::string& outbox, const std::string& endpoint, const std::string& key = kLrsKey);

// fake_lrs.py with `options` (--fail, --fault, --refuse-file), running until
// the test case ends.
class FakeLrs {
public:
    explicit FakeLrs(const std::filesystem::path& folder, const std::vector<std::string>& options = {});
    ~FakeLrs();
    FakeLrs(const FakeLrs&) = delete;
    FakeLrs& operator=(const FakeLrs&) = delete;

    const std::string& endpoint() const { return endpoint_; }
    // Every statement the LRS stored, in order.
    std::vector<nlohmann::json> stored() const;
    // "POST /xapi/statements 200" per request received.
    std::vector<std::string> requests() const;

private:
    std::string store_, log_, endpoint_;
    pid_t pid_ = -1;
};
