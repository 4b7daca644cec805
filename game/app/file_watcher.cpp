#include "file_watcher.h"

namespace secondlook {

FileWatcher::FileWatcher(std::vector<std::string> paths) {
    for (auto& path : paths) files_.push_back(look(path));
}

FileWatcher::Watched FileWatcher::look(const std::string& path) {
    std::error_code error;
    Watched watched{path, std::filesystem::last_write_time(path, error), false};
    watched.exists = !error;
    return watched;
}

std::vector<std::string> FileWatcher::changed() {
    std::vector<std::string> paths;
    for (auto& file : files_) {
        Watched now = look(file.path);
        if (now.exists != file.exists || now.written != file.written) paths.push_back(file.path);
        file = now;
    }
    return paths;
}

}  // namespace secondlook
