#include "resource_paths.h"

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <vector>

namespace fs = std::filesystem;

namespace secondlook {
namespace {

bool holds_data(const fs::path& folder) {
    std::error_code ignored;
    return fs::is_directory(folder / "assets" / "support", ignored);
}

fs::path executable_folder() {
    std::error_code error;
    fs::path self = fs::read_symlink("/proc/self/exe", error);
    return error ? fs::path() : self.parent_path();
}

}  // namespace

std::string data_directory() {
    static const std::string found = [] {
        if (const char* configured = std::getenv("SECONDLOOK_DATA"); configured && *configured)
            return std::string(configured);
        std::vector<fs::path> candidates;
        fs::path exe = executable_folder();
        if (!exe.empty()) {
            candidates.push_back(exe);
            candidates.push_back(exe.parent_path());
            candidates.push_back(exe.parent_path() / "share" / "secondlook");
        }
        candidates.push_back(fs::current_path());
        for (const auto& candidate : candidates)
            if (holds_data(candidate)) return candidate.string();
        return fs::current_path().string();
    }();
    return found;
}

std::string support_file_path() {
    return (fs::path(data_directory()) / "assets" / "support" / "en-GB.yaml").string();
}

std::string guide_file_path() {
    return (fs::path(data_directory()) / "assets" / "guide" / "en-GB.yaml").string();
}

std::string scenarios_directory() { return (fs::path(data_directory()) / "scenarios").string(); }

}  // namespace secondlook

namespace secondlook {

std::string user_data_directory() {
    const char* data = std::getenv("XDG_DATA_HOME");
    const char* home = std::getenv("HOME");
    fs::path folder = data && *data ? fs::path(data) : fs::path(home ? home : ".") / ".local" / "share";
    return (folder / "secondlook").string();
}

std::string default_settings_path() {
    const char* config = std::getenv("XDG_CONFIG_HOME");
    const char* home = std::getenv("HOME");
    fs::path folder = config && *config ? fs::path(config) : fs::path(home ? home : ".") / ".config";
    return (folder / "secondlook" / "settings.ini").string();
}

std::string default_records_path() { return (fs::path(user_data_directory()) / "records.sqlite").string(); }

std::string new_session_folder() { return new_session_folder(user_data_directory()); }

std::string new_session_folder(const std::string& data_folder) {
    char stamp[32];
    std::time_t now = std::time(nullptr);
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::localtime(&now));
    return (fs::path(data_folder) / "sessions" / stamp).string();
}

}  // namespace secondlook
