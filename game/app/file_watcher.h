// Notices when scenario files change on disk, for the window's --watch mode
// (authors edit, the window reloads). Polls modification times: cheap for a
// handful of files, and needs nothing beyond the standard library.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace secondlook {

class FileWatcher {
public:
    explicit FileWatcher(std::vector<std::string> paths);

    // The paths whose modification time (or existence) changed since the
    // last call, in the order given.
    std::vector<std::string> changed();

private:
    struct Watched {
        std::string path;
        std::filesystem::file_time_type written;
        bool exists = false;
    };
    static Watched look(const std::string& path);

    std::vector<Watched> files_;
};

}  // namespace secondlook
