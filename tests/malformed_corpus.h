// The bad-input corpus in tests/data/malformed/: one broken scenario per
// file, each opening with comments that say what it tests and, on a line
// "# expect: LINE:COL: TEXT", the error it must give (TEXT is part of the
// message, normally the hint saying what to do). Shared by the loader's
// unit tests and the `secondlook lint` tests.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

struct ExpectedError {
    int line = 0;
    int column = 0;
    std::string text;
};

struct CorpusFile {
    std::string relative_path;  // from the source folder, e.g. tests/data/malformed/empty.yaml
    ExpectedError expected;
};

inline std::vector<CorpusFile> malformed_corpus(const std::string& source_dir) {
    const std::string folder = "tests/data/malformed";
    std::vector<CorpusFile> files;
    for (const auto& entry : std::filesystem::directory_iterator(source_dir + "/" + folder)) {
        CorpusFile file;
        file.relative_path = folder + "/" + entry.path().filename().string();
        // Read byte by byte: some files are binary after their comments.
        std::ifstream in(entry.path(), std::ios::binary);
        std::string line;
        while (std::getline(in, line) && line.rfind("#", 0) == 0) {
            const std::string marker = "# expect: ";
            if (line.rfind(marker, 0) != 0) continue;
            std::size_t at = marker.size(), end = 0;
            file.expected.line = std::stoi(line.substr(at), &end);
            at += end + 1;  // past ':'
            file.expected.column = std::stoi(line.substr(at), &end);
            file.expected.text = line.substr(at + end + 2);  // past ': '
        }
        files.push_back(file);
    }
    std::sort(files.begin(), files.end(),
              [](const CorpusFile& a, const CorpusFile& b) { return a.relative_path < b.relative_path; });
    return files;
}
