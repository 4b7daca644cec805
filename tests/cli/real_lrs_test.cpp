// `secondlook lrs --send` to a real LRS: xapi-statements, Learning Locker's
// statement service, run from npm on loopback (tools/install-test-lrs
// installs it; the `cli_real_lrs` CTest test runs this case with
// SECONDLOOK_REAL_LRS set to it). The statements are read back one by one
// and must be what `export --format xapi` gives, unchanged.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <set>
#include <thread>

#include "lrs_helpers.h"
#include "records/sqlite_db.h"

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

// Starting takes about 2 s; this only bounds a server that never comes up.
constexpr auto kStartLimit = std::chrono::seconds(90);

// A child process, stopped (SIGTERM, then waited for) when this goes away.
struct ChildProcess {
    pid_t pid = -1;
    ChildProcess() = default;
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;
    ~ChildProcess() {
        if (pid <= 0) return;
        kill(pid, SIGTERM);
        waitpid(pid, nullptr, 0);
    }
    // It has stopped by itself (and is reaped).
    bool exited() {
        if (pid > 0 && waitpid(pid, nullptr, WNOHANG) == pid) pid = -1;
        return pid <= 0;
    }
};

bool accepts_connections(int port) {
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool connected = connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    close(fd);
    return connected;
}

// xapi-statements with its statements in memory and no MongoDB or Redis
// (/work/shared/notes/real-lrs.md), any key accepted, on 127.0.0.1 and a
// port the system picks (tests/cli/loopback_lrs.js), until the case ends,
// or the test program does (PR_SET_PDEATHSIG), whatever happens.
class RealLrs {
public:
    RealLrs(const fs::path& folder, const std::string& entry) : output_((folder / "lrs-output.txt").string()) {
        const std::string port_file = (folder / "lrs-port").string();
        const std::string storage = (folder / "storage").string();
        const std::string preload = std::string(SECONDLOOK_SOURCE_DIR) + "/tests/cli/loopback_lrs.js";
        server_.pid = fork();
        if (server_.pid == 0) {
            prctl(PR_SET_PDEATHSIG, SIGTERM);
            const int log = open(output_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            dup2(log, STDOUT_FILENO);
            dup2(log, STDERR_FILENO);
            for (const auto& [name, value] :
                 std::vector<std::pair<std::string, std::string>>{{"SECONDLOOK_LRS_PORT_FILE", port_file},
                                                                  {"EXPRESS_PORT", "0"},
                                                                  {"AUTH_REPO", "test"},
                                                                  {"EVENTS_REPO", "test"},
                                                                  {"MODELS_REPO", "memory"},
                                                                  {"STORAGE_REPO", "local"},
                                                                  {"FS_LOCAL_STORAGE_DIR", storage},
                                                                  {"EXPRESS_MORGAN_DIRECTORY", storage + "/accessLogs"}})
                setenv(name.c_str(), value.c_str(), 1);
            execlp("node", "node", "--require", preload.c_str(), entry.c_str(), static_cast<char*>(nullptr));
            _exit(127);
        }
        REQUIRE(server_.pid > 0);
        // Polled: the port is written once the server listens on it.
        const auto limit = Clock::now() + kStartLimit;
        while (!fs::exists(port_file) && !server_.exited() && Clock::now() < limit)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        REQUIRE_MESSAGE(fs::exists(port_file), "the real LRS did not start; it said:\n" << read_text_file(output_));
        const int port = std::stoi(read_text_file(port_file));
        REQUIRE_MESSAGE(accepts_connections(port), "the real LRS does not listen on its port " << port);
        endpoint_ = "http://127.0.0.1:" + std::to_string(port) + "/xAPI/";
    }

    const std::string& endpoint() const { return endpoint_; }

    // What the LRS holds under each id, read back one GET at a time.
    json read_back(const std::set<std::string>& ids) const {
        std::vector<std::string> command = {PYTHON3, std::string(SECONDLOOK_SOURCE_DIR) + "/tests/cli/read_lrs_statements.py",
                                            endpoint_, kLrsKey};
        command.insert(command.end(), ids.begin(), ids.end());
        const auto read = run_command(command);
        REQUIRE_MESSAGE(read.exit_code == 0, read.err);
        return json::parse(read.out);
    }

private:
    std::string output_, endpoint_;
    ChildProcess server_;
};

// What the LRS adds to a statement it stores (xAPI 1.0.3, 2.4: stored,
// authority, version); everything else must be as sent.
const std::set<std::string> kAddedByLrs = {"stored", "authority", "version"};

void check_same_statement(const json& sent, const json& held) {
    CAPTURE(sent.dump());
    CAPTURE(held.dump());
    REQUIRE(held.is_object());
    for (const auto& [field, value] : sent.items()) CHECK_MESSAGE(held.value(field, json()) == value, field);
    for (const auto& [field, value] : held.items())
        CHECK_MESSAGE((sent.contains(field) || kAddedByLrs.count(field)), "the LRS added " << field);
}

}  // namespace

TEST_CASE("a real LRS (xapi-statements) holds every class statement exactly as sent") {
    const char* entry = std::getenv("SECONDLOOK_REAL_LRS");
    if (entry == nullptr || *entry == '\0') {
        std::cout << "skipped: no real LRS (SECONDLOOK_REAL_LRS is not set); the cli_real_lrs CTest test installs "
                     "one with tools/install-test-lrs and runs this case\n";
        return;
    }
    const fs::path folder = fresh_lrs_folder("real");
    const std::string records = classroom_records(folder);
    const std::string outbox = (folder / "outbox.db").string();
    RealLrs server(folder, entry);
    configure(outbox, server.endpoint());

    auto send = lrs(outbox, {"--records", records, "--send", "--batch", "4"});
    REQUIRE_MESSAGE(send.exit_code == 0, send.err);
    CHECK(send.out.find("Sent 17 statements") != std::string::npos);

    const auto sent = class_statements(records);
    REQUIRE(sent.size() == 17);
    const json held = server.read_back(ids_of(sent));
    for (const auto& statement : sent) check_same_statement(statement, held.at(statement.at("id").get<std::string>()));

    // Sending again sends nothing.
    auto again = lrs(outbox, {"--records", records, "--send"});
    CHECK(again.exit_code == 0);
    CHECK(again.out.find("Sent 0 statements") != std::string::npos);

    // Another machine's outbox sends the same statements: the LRS, which
    // holds them already, answers with their ids, so they count as sent.
    const std::string other_outbox = (folder / "other-outbox.db").string();
    configure(other_outbox, server.endpoint());
    auto repeat = lrs(other_outbox, {"--records", records, "--send"});
    CHECK_MESSAGE(repeat.exit_code == 0, repeat.err);
    CHECK(lrs(other_outbox, {"--records", records, "--status"}).out.find("17 statements sent, 0 waiting") !=
          std::string::npos);

    // A copy of the records in which one answer differs (its time), under an
    // id the LRS holds: the LRS answers 409, and the statement is set aside
    // with that reason, not counted as sent; the LRS keeps the first one.
    const fs::path changed = folder / "changed";
    fs::create_directories(changed);
    fs::copy_file(records, changed / "records.sqlite");
    const std::string changed_id = sent.front().at("id");
    secondlook::SqliteDb((changed / "records.sqlite").string())
        .run("UPDATE answers SET at = '2026-01-02T03:04:05.000Z' WHERE statement_id = ?1", {changed_id});
    const std::string third_outbox = (folder / "third-outbox.db").string();
    configure(third_outbox, server.endpoint());
    auto conflict = lrs(third_outbox, {"--records", changed.string(), "--send"});
    CHECK(conflict.exit_code == 1);
    CHECK_MESSAGE(conflict.out.find("16 statements sent, 0 waiting, 1 set aside") != std::string::npos, conflict.out);
    const auto status = lrs(third_outbox, {"--records", changed.string(), "--status"}).out;
    CHECK_MESSAGE(status.find(changed_id + " (9QX4/") != std::string::npos, status);
    CHECK(status.find("HTTP 409: the LRS holds a different statement with this id (its 'timestamp' differs)") !=
          std::string::npos);
    check_same_statement(sent.front(), server.read_back({changed_id}).at(changed_id));
}
