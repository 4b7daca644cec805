#include "records/records_snapshot.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "records/sqlite_db.h"

namespace secondlook {
namespace fs = std::filesystem;
namespace {

// What changes when a program writes to a file: its size and last write
// time (to the nanosecond), or the file itself being replaced.
struct FileState {
    bool exists = false;
    off_t size = 0;
    ino_t inode = 0;
    timespec written{};
    bool operator==(const FileState& other) const {
        return exists == other.exists && size == other.size && inode == other.inode &&
               written.tv_sec == other.written.tv_sec && written.tv_nsec == other.written.tv_nsec;
    }
};

FileState state_of(const std::string& path) {
    struct stat info {};
    if (stat(path.c_str(), &info) != 0) return {};
    return {true, info.st_size, info.st_ino, info.st_mtim};
}

struct Pair {
    FileState file, log;
    bool operator==(const Pair& other) const { return file == other.file && log == other.log; }
};

Pair states_of(const std::string& path) { return {state_of(path), state_of(path + "-wal")}; }

void copy_private(const std::string& from, const std::string& to) {
    fs::copy_file(from, to, fs::copy_options::overwrite_existing);
    // Records are personal data: the copy is for this user alone, and
    // SQLite must be able to write its index beside it.
    fs::permissions(to, fs::perms::owner_read | fs::perms::owner_write);
}

}  // namespace

RecordsSnapshot::RecordsSnapshot(const std::string& path) {
    auto fail = [&](const std::string& why) -> DatabaseError {
        return DatabaseError("records file " + path + ": " + why);
    };
    std::error_code error;
    if (!fs::is_regular_file(path, error)) throw fail("not a readable file");
    std::string pattern = (fs::temp_directory_path(error) / "secondlook-reading-XXXXXX").string();
    if (error || !mkdtemp(pattern.data()))
        throw fail("cannot make a private copy to read (" + std::string(std::strerror(errno)) +
                   "); set TMPDIR to a folder you can write to");
    folder_ = pattern;
    copy_ = (fs::path(folder_) / "records.sqlite").string();
    // A game writing to the file while it is copied would give a copy of
    // half of one change: copy until the file stood still throughout.
    constexpr int kAttempts = 5;
    try {
        for (int attempt = 0; attempt < kAttempts; ++attempt) {
            const Pair before = states_of(path);
            fs::remove(copy_ + "-wal");
            copy_private(path, copy_);
            if (before.log.exists) copy_private(path + "-wal", copy_ + "-wal");
            if (states_of(path) == before) return;
        }
    } catch (const fs::filesystem_error& copy_error) {
        fs::remove_all(folder_, error);
        throw fail(std::string("cannot be read: ") + copy_error.code().message());
    }
    fs::remove_all(folder_, error);
    throw fail("it kept changing while it was read (a game is writing to it); try again when the game is closed");
}

RecordsSnapshot::~RecordsSnapshot() {
    std::error_code ignored;
    fs::remove_all(folder_, ignored);
}

}  // namespace secondlook
