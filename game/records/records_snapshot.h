// A private copy of a records file that is only read: another machine's
// file in a shared folder, or any file `export`, `report` and `sessions`
// (listing) read. SQLite opening a WAL file, even read-only, creates
// FILE-wal and FILE-shm beside it, cannot open it at all on read-only media
// (a write-protected USB stick, a read-only share), and holds a read lock
// that keeps the writer from moving new answers into the file itself. A copy
// in a private temporary folder has none of these problems: the original is
// only ever read, byte by byte, and nothing is created beside it.
#pragma once

#include <string>

namespace secondlook {

class RecordsSnapshot {
public:
    // Copies `path` and, when one is beside it, its write-ahead log (so
    // answers not yet moved into the file are read too). A file that changes
    // while it is copied (a game writing to it) is copied again; throws
    // DatabaseError, naming `path`, when it cannot be read.
    explicit RecordsSnapshot(const std::string& path);
    // Removes the copy.
    ~RecordsSnapshot();
    RecordsSnapshot(const RecordsSnapshot&) = delete;
    RecordsSnapshot& operator=(const RecordsSnapshot&) = delete;

    // The copy to open.
    const std::string& copy() const { return copy_; }

private:
    std::string folder_, copy_;
};

}  // namespace secondlook
