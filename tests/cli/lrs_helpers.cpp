#include "lrs_helpers.h"

#include <doctest/doctest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <sstream>
#include <thread>

using nlohmann::json;
namespace fs = std::filesystem;

fs::path fresh_lrs_folder(const std::string& name) {
    const fs::path folder = fs::path(SECONDLOOK_TEST_OUTPUT) / ("lrs-" + name);
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder;
}

std::string classroom_records(const fs::path& folder) {
    const std::string records = (folder / "records.sqlite").string();
    const std::vector<std::vector<std::string>> plays = {
        {"--session", "9QX4", "--player", "fox", "--choose", "go-on,screenshot,stop,deactivate"},
        {"--session", "9QX4", "--player", "owl", "--choose", "go-on,pay,cancel,delete"},
        {"--session", "9QX4", "--player", "seat 3", "--choose", "go-on,stop,deactivate"},
        {"--choose", "go-on,pay,cancel,delete"}};
    for (const auto& options : plays) {
        std::vector<std::string> args = {"run", "tests/data/good/actions.yaml", "--records", records};
        args.insert(args.end(), options.begin(), options.end());
        auto played = run_secondlook(args);
        REQUIRE_MESSAGE(played.exit_code == 0, played.err);
    }
    return records;
}

std::vector<json> class_statements(const std::string& records) {
    auto exported = run_secondlook({"export", "--records", records, "--session", "9QX4", "--format", "xapi"});
    REQUIRE_MESSAGE(exported.exit_code == 0, exported.err);
    return json::parse(exported.out).get<std::vector<json>>();
}

std::set<std::string> class_statement_ids(const std::string& records) { return ids_of(class_statements(records)); }

std::set<std::string> ids_of(const std::vector<json>& statements) {
    std::set<std::string> ids;
    for (const auto& statement : statements) ids.insert(statement.at("id").get<std::string>());
    return ids;
}

ProcessResult lrs(const std::string& outbox, std::vector<std::string> args) {
    args.insert(args.begin(), {"lrs", "--outbox", outbox});
    return run_secondlook(args);
}

void configure(const std::string& outbox, const std::string& endpoint, const std::string& key) {
    auto set = lrs(outbox, {"--set-endpoint", endpoint, "--key", key});
    REQUIRE_MESSAGE(set.exit_code == 0, set.err);
}

FakeLrs::FakeLrs(const fs::path& folder, const std::vector<std::string>& options)
    : store_((folder / "lrs-store.jsonl").string()), log_((folder / "lrs-log.txt").string()) {
    const std::string port_file = (folder / "lrs-port").string();
    std::vector<std::string> args = {PYTHON3, std::string(SECONDLOOK_SOURCE_DIR) + "/tests/cli/fake_lrs.py",
                                     "--port-file", port_file, "--store", store_, "--log", log_, "--key", kLrsKey};
    args.insert(args.end(), options.begin(), options.end());
    std::vector<char*> argv;
    for (auto& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    pid_ = fork();
    if (pid_ == 0) {
        execv(PYTHON3, argv.data());
        _exit(127);
    }
    for (int waited = 0; !fs::exists(port_file) && waited < 200; ++waited)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    REQUIRE_MESSAGE(fs::exists(port_file), "the fake LRS did not start");
    endpoint_ = "http://127.0.0.1:" + read_text_file(port_file) + "/xapi/";
}

FakeLrs::~FakeLrs() {
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
}

std::vector<json> FakeLrs::stored() const {
    std::vector<json> statements;
    std::istringstream lines(read_text_file(store_));
    for (std::string line; std::getline(lines, line);) statements.push_back(json::parse(line));
    return statements;
}

std::vector<std::string> FakeLrs::requests() const {
    std::vector<std::string> lines;
    std::istringstream text(read_text_file(log_));
    for (std::string line; std::getline(text, line);) lines.push_back(line);
    return lines;
}
