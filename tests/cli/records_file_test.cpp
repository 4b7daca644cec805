// The records file through the real binary, with a real second process
// reading it: a finished play reaches the .sqlite file itself whenever
// SQLite allows it (and `run` says so when it cannot yet); files that are
// only read (other machines', on read-only media) are never written to and
// get nothing created beside them; and the command line takes --records,
// --session and --player by the window's rules.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <set>
#include <string>

#include "process.h"
#include "app/ui_text.h"
#include "records/record_store.h"

namespace fs = std::filesystem;

namespace {

const char* const kActions = "tests/data/good/actions.yaml";
const char* const kWholePlay = "go-on,screenshot,stop,deactivate";

std::string fresh_path(const std::string& name) {
    const std::string path = std::string(SECONDLOOK_TEST_OUTPUT) + "/" + name;
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove_all(path + suffix);
    return path;
}

ProcessResult play(const std::string& records, const std::string& player, const std::string& ids = kWholePlay,
                   bool resume = false) {
    std::vector<std::string> args{"run", kActions, "--choose", ids, "--records", records, "--session", "9QX4",
                                  "--player", player};
    if (resume) args.push_back("--resume");
    return run_secondlook(args);
}

// Another program reading the records file (python3's sqlite3 module, as a
// spreadsheet tool or a backup would): "begin" starts a read transaction
// and answers how many answers it sees; "end" ends it, keeping the
// connection open, as a tool left running does.
class OtherReader {
public:
    explicit OtherReader(const std::string& records) {
        int to_child[2], from_child[2];
        REQUIRE(pipe(to_child) == 0);
        REQUIRE(pipe(from_child) == 0);
        pid_ = fork();
        REQUIRE(pid_ >= 0);
        if (pid_ == 0) {
            dup2(to_child[0], 0);
            dup2(from_child[1], 1);
            for (int fd : {to_child[0], to_child[1], from_child[0], from_child[1]}) close(fd);
            execlp("python3", "python3", "-c",
                   "import sqlite3, sys\n"
                   "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                   "for line in sys.stdin:\n"
                   "    if line.strip() == 'begin':\n"
                   "        c.execute('BEGIN')\n"
                   "        print(c.execute('SELECT count(*) FROM answers').fetchone()[0], flush=True)\n"
                   "    else:\n"
                   "        c.execute('COMMIT')\n"
                   "        print('ended', flush=True)\n",
                   records.c_str(), static_cast<char*>(nullptr));
            _exit(127);
        }
        close(to_child[0]);
        close(from_child[1]);
        to_ = fdopen(to_child[1], "w");
        from_ = fdopen(from_child[0], "r");
    }
    ~OtherReader() {
        fclose(to_);  // end of input: the reader closes its connection and exits
        fclose(from_);
        int status = 0;
        waitpid(pid_, &status, 0);
    }
    std::string say(const std::string& command) {
        std::fprintf(to_, "%s\n", command.c_str());
        std::fflush(to_);
        char line[64] = "";
        REQUIRE(std::fgets(line, sizeof line, from_));
        return std::string(line, std::strlen(line) - 1);
    }

private:
    pid_t pid_ = -1;
    FILE* to_ = nullptr;
    FILE* from_ = nullptr;
};

// The players whose finished plays a copy of the .sqlite file alone holds,
// as a facilitator copying just that file to a USB stick would get them.
std::set<std::string> finished_in_file_alone(const std::string& records) {
    const std::string copy = fresh_path("copied-alone.sqlite");
    fs::copy_file(records, copy);
    std::set<std::string> players;
    secondlook::RecordStore store(copy, secondlook::RecordStore::Access::ReadOnly);
    for (const auto& p : store.plays("9QX4"))
        if (!p.ending.empty()) players.insert(p.player);
    return players;
}

bool warned_in_log(const ProcessResult& result) { return result.err.find("still in ") != std::string::npos; }

std::set<std::string> listing(const fs::path& folder) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) names.insert(entry.path().filename().string());
    return names;
}

}  // namespace

TEST_CASE("a finished play reaches the records file itself as soon as another program's reading allows") {
    const std::string records = fresh_path("read-while-playing.sqlite");
    REQUIRE(play(records, "owl").exit_code == 0);
    OtherReader reader(records);

    // A read that began before the play keeps SQLite from moving the play
    // into the file: `run` does not stall for it, and says where the play is.
    CHECK(reader.say("begin") == "4");
    const auto pinned = play(records, "fox");
    CHECK(pinned.exit_code == 0);
    CHECK_MESSAGE(warned_in_log(pinned), pinned.err);
    CHECK(pinned.err.find(records + "-wal") != std::string::npos);

    // A read that began after the play does not hold it back: the next time
    // the records are opened, the play goes into the file.
    CHECK(reader.say("end") == "ended");
    CHECK(reader.say("begin") == "8");
    const auto next = play(records, "cat");
    CHECK(next.exit_code == 0);
    CHECK(finished_in_file_alone(records) == std::set<std::string>{"owl", "fox"});

    // With no read going on, a finished play is in the file when `run` exits.
    CHECK(reader.say("end") == "ended");
    const auto free = play(records, "hen");
    CHECK(free.exit_code == 0);
    CHECK_FALSE_MESSAGE(warned_in_log(free), free.err);
    CHECK(finished_in_file_alone(records) == std::set<std::string>{"owl", "fox", "cat", "hen"});
}

TEST_CASE("a play another program began reading in the middle of is in the file once that read ends") {
    const std::string records = fresh_path("read-mid-play.sqlite");
    REQUIRE(play(records, "owl").exit_code == 0);
    REQUIRE(play(records, "fox", "go-on,screenshot").exit_code == 3);  // the window closed mid-play
    OtherReader reader(records);
    CHECK(reader.say("begin") == "6");
    const auto resumed = play(records, "fox", "stop,deactivate", true);
    CHECK(resumed.exit_code == 0);
    CHECK_MESSAGE(warned_in_log(resumed), resumed.err);
    CHECK(reader.say("end") == "ended");
    CHECK(play(records, "cat").exit_code == 0);
    CHECK(finished_in_file_alone(records) == std::set<std::string>{"owl", "fox", "cat"});
}

TEST_CASE("records on read-only media are read, and nothing is created or changed beside them") {
    const fs::path stick = fresh_path("write-protected-stick");
    const std::string laptop_a = fresh_path("stick-laptop-a.sqlite"), laptop_b = fresh_path("stick-laptop-b.sqlite");
    REQUIRE(play(laptop_a, "fox").exit_code == 0);
    REQUIRE(play(laptop_b, "owl").exit_code == 0);
    REQUIRE(play(laptop_b, "seat 3", "go-on,screenshot").exit_code == 3);
    fs::create_directories(stick);
    fs::copy_file(laptop_a, stick / "laptop-a.sqlite");
    // Laptop B's file copied while a play was under way there: with its -wal.
    {
        secondlook::RecordStore open_on_laptop_b(laptop_b);
        const std::string play_id = open_on_laptop_b.start_play(open_on_laptop_b.join("9QX4", "seat 4"), "actions");
        open_on_laptop_b.record_answer(play_id, "chat", "go-on", "choice", {}, 900);
        fs::copy_file(laptop_b, stick / "laptop-b.sqlite");
        fs::copy_file(laptop_b + "-wal", stick / "laptop-b.sqlite-wal");
    }
    for (const auto& entry : fs::directory_iterator(stick)) fs::permissions(entry.path(), fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    fs::permissions(stick, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                               fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    // Permissions stop no write by root: then the commands run as "nobody",
    // for whom the folder is as read-only as a write-protected stick. The
    // listing and times below show that nothing was written or created.
    std::vector<std::string> reader =
        geteuid() == 0 ? std::vector<std::string>{"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"}
                       : std::vector<std::string>{};
    // A build inside a folder only its owner may enter (a fresh clone in a
    // private temporary folder) cannot be run as "nobody": then the commands
    // run as root, and the test still shows that nothing is created or
    // changed beside the files, though not that a write-protected folder works.
    if (!reader.empty()) {
        std::vector<std::string> probe = reader;
        probe.insert(probe.end(), {"test", "-x", SECONDLOOK_BINARY});
        if (run_command(probe).exit_code != 0) {
            MESSAGE("the build is not reachable by user nobody here; reading the read-only copies as root");
            reader.clear();
        }
    }
    const auto before = listing(stick);
    const auto written = fs::last_write_time(stick / "laptop-b.sqlite");

    const auto csv = run_secondlook({"export", "--records", stick.string(), "--format", "csv"}, reader);
    CHECK_MESSAGE(csv.exit_code == 0, csv.err);
    CHECK(csv.err.find("skipping") == std::string::npos);
    for (const char* player : {"fox", "owl", "seat 3", "seat 4"}) CHECK(csv.out.find(player) != std::string::npos);
    const fs::path report_folder = fresh_path("stick-report");
    fs::create_directories(report_folder);
    fs::permissions(report_folder, fs::perms::all);  // for "nobody" too
    const auto report = run_secondlook(
        {"report", "--records", stick.string(), "--session", "9QX4", "-o", (report_folder / "report.html").string()},
        reader);
    CHECK_MESSAGE(report.exit_code == 0, report.err);
    const auto sessions = run_secondlook({"sessions", "--records", (stick / "laptop-b.sqlite").string()}, reader);
    CHECK_MESSAGE(sessions.exit_code == 0, sessions.err);
    CHECK(sessions.out.find("9QX4  3 players, 3 plays") != std::string::npos);

    CHECK(listing(stick) == before);
    CHECK(fs::last_write_time(stick / "laptop-b.sqlite") == written);
    fs::permissions(stick, fs::perms::owner_all);
}

TEST_CASE("--records, --session and --player follow the join form's rules on the command line") {
    const std::string records = fresh_path("command-line-rules.sqlite");
    auto run_with = [&](const std::string& option, const std::string& value) {
        std::vector<std::string> args{"run", kActions, "--choose", kWholePlay, "--records", records,
                                      "--session", "9QX4", "--player", "fox"};
        for (std::size_t i = 4; i < args.size(); i += 2)
            if (args[i] == option) args[i + 1] = value;
        return run_secondlook(args);
    };
    // SQLite would take an empty name as a temporary database: the answers would vanish.
    const auto no_file = run_with("--records", "");
    CHECK(no_file.exit_code == 2);
    CHECK(no_file.err.find("--records: give the path of a records file") != std::string::npos);

    const std::string bad_code = "--session: " + secondlook::ui_text("join.bad-code");
    for (const std::string& code : std::vector<std::string>{"", "AB", "7KQ2P\n", "7KQ-2P", std::string(10000, 'A')}) {
        const auto refused = run_with("--session", code);
        CHECK(refused.exit_code == 2);
        CHECK(refused.err.find(bad_code) != std::string::npos);
    }
    const std::string bad_nickname = "--player: " + secondlook::ui_text("join.bad-nickname");
    const std::string invisible = "--player: " + secondlook::ui_text("join.nickname-characters");
    for (const auto& [nickname, message] : std::vector<std::pair<std::string, std::string>>{
             {"", bad_nickname}, {"   ", bad_nickname}, {std::string(10000, 'x'), bad_nickname},
             {"fox\nowl", invisible}, {"fox\t", invisible}, {"\xff\xfe", invisible}, {"fox\xe2\x80\xae", invisible}}) {
        const auto refused = run_with("--player", nickname);
        CHECK(refused.exit_code == 2);
        CHECK_MESSAGE(refused.err.find(message) != std::string::npos, refused.err);
    }
    const auto check = run_secondlook({"check", "scenarios/checks/knowledge-check.yaml", "--phase", "pre", "--answers",
                                       "stranger-request=b", "--records", records, "--session", "9QX4", "--player",
                                       "fox\r"});
    CHECK(check.exit_code == 2);
    CHECK(check.err.find(invisible) != std::string::npos);
    CHECK_FALSE(fs::exists(records));  // nothing was recorded for any of them

    // Codes are taken as the window takes them: in capitals, spaces around dropped.
    CHECK(run_with("--session", " 7kq2p ").exit_code == 0);
    CHECK(run_with("--player", "  seat 4 ").exit_code == 0);
    secondlook::RecordStore store(records);
    CHECK(store.sessions() == std::vector<std::string>{"7KQ2P", "9QX4"});
    std::set<std::string> players;
    for (const auto& p : store.plays()) players.insert(p.player);
    CHECK(players == std::set<std::string>{"fox", "seat 4"});
}

TEST_CASE("export, report and sessions --delete find a session by the code as a facilitator types it") {
    const std::string records = fresh_path("typed-codes.sqlite");
    REQUIRE(play(records, "fox").exit_code == 0);  // session 9QX4
    const std::string report = std::string(SECONDLOOK_TEST_OUTPUT) + "/typed-codes.html";

    const auto csv = run_secondlook({"export", "--records", records, "--session", " 9qx4 ", "--format", "csv"});
    CHECK(csv.exit_code == 0);
    CHECK(csv.out.find("9QX4,fox,") != std::string::npos);
    CHECK(run_secondlook({"report", "--records", records, "--session", "9qx4", "-o", report}).exit_code == 0);

    // A value no session could have is refused with the join form's reason,
    // not answered with "no such session" or an empty export.
    const std::string bad_code = secondlook::ui_text("join.bad-code");
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"export", "--records", records, "--session", "9Q", "--format", "csv"},
             {"report", "--records", records, "--session", "", "-o", report},
             {"sessions", "--records", records, "--delete", "9QX4\n"}}) {
        const auto refused = run_secondlook(args);
        CHECK(refused.exit_code == 2);
        CHECK_MESSAGE(refused.err.find(bad_code) != std::string::npos, refused.err);
    }

    CHECK(run_secondlook({"sessions", "--records", records, "--delete", "9qx4"}).exit_code == 0);
    CHECK(secondlook::RecordStore(records).sessions().empty());
}
