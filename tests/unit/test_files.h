// Paths of files the tests read from the source tree, and of the scratch
// files they write.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>

inline std::string source_path(const std::string& relative) {
    return std::string(SECONDLOOK_SOURCE_DIR) + "/" + relative;
}

// This test process's own folder under the temp folder, so two test runs
// on one machine never share a scratch file; tests/unit/main.cpp removes it
// after a run that passed.
inline std::filesystem::path test_scratch_folder() {
    const auto folder = std::filesystem::temp_directory_path() / ("secondlook-tests-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    return folder;
}

// A path for a scratch file or folder in it.
inline std::filesystem::path scratch_path(const std::string& name) { return test_scratch_folder() / name; }

// An empty scratch folder of that name (emptied if a test left it full).
inline std::filesystem::path fresh_scratch_folder(const std::string& name) {
    const auto folder = scratch_path(name);
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    return folder;
}

// A path for a new records file: the scratch path, with no file (nor its
// -wal or -shm) left there by an earlier test.
inline std::string fresh_records_path(const std::string& name) {
    const auto path = scratch_path(name);
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
    return path.string();
}
