#include "scenario_files.h"

#include <algorithm>
#include <filesystem>

#include "app/resource_paths.h"
#include "core/knowledge_check.h"

namespace fs = std::filesystem;

namespace secondlook {

std::vector<std::string> scenario_files(const std::vector<std::string>& paths) {
    std::vector<std::string> files;
    for (const auto& path : paths) {
        std::error_code error;
        if (!fs::is_directory(path, error)) {
            files.push_back(path);
            continue;
        }
        std::vector<std::string> found;
        for (const auto& entry : fs::recursive_directory_iterator(path, error)) {
            const auto extension = entry.path().extension();
            if (entry.is_regular_file() && (extension == ".yaml" || extension == ".yml"))
                found.push_back(entry.path().string());
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

std::string default_library_path() {
    return std::filesystem::is_directory("scenarios") ? "scenarios" : scenarios_directory();
}

namespace {

std::vector<std::string> kept_if(const std::vector<std::string>& files, bool question_sets) {
    std::vector<std::string> kept;
    for (const auto& file : files)
        if (is_question_set_file(file) == question_sets) kept.push_back(file);
    return kept;
}

}  // namespace

std::vector<std::string> scenarios_only(const std::vector<std::string>& files) { return kept_if(files, false); }

std::vector<std::string> question_sets_only(const std::vector<std::string>& files) { return kept_if(files, true); }

}  // namespace secondlook
