#include "records/record_set.h"

#include <algorithm>
#include <filesystem>
#include <ostream>
#include <set>

#include "records/sqlite_db.h"

namespace secondlook {

std::vector<std::string> records_files(const std::string& path) {
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    std::error_code error;
    if (fs::is_directory(path, error)) {
        for (const auto& entry : fs::directory_iterator(path, error))
            if (entry.path().extension() == ".sqlite") files.push_back(entry.path().string());
        std::sort(files.begin(), files.end());
    } else if (fs::exists(path, error)) {
        files.push_back(path);
    }
    return files;
}

RecordSet merge_records(const std::vector<std::string>& files, const std::string& session,
                        const std::string& command, std::ostream& err) {
    RecordSet set;
    std::set<std::string> answers_seen, sessions;
    for (const auto& file : files) {
        try {
            RecordStore records(file, RecordStore::Access::ReadOnly);
            for (const auto& code : records.sessions()) sessions.insert(code);
            // A play copied into two files appears in both; prefer the copy that got further.
            for (auto& play : records.plays(session)) {
                auto same = std::find_if(set.plays.begin(), set.plays.end(), [&](const PlayRecord& p) { return p.id == play.id; });
                if (same == set.plays.end()) set.plays.push_back(std::move(play));
                else if (same->ending.empty() && !play.ending.empty()) *same = std::move(play);
            }
            for (auto& answer : records.answers(session))
                if (answers_seen.insert(answer.statement_id).second) set.answers.push_back(std::move(answer));
            for (auto& answer : records.check_answers(session))
                if (answers_seen.insert(answer.statement_id).second) set.checks.push_back(std::move(answer));
            ++set.files;
        } catch (const DatabaseError& error) {
            err << "secondlook " << command << ": skipping " << file << ": " << error.what() << '\n';
        }
    }
    set.sessions.assign(sessions.begin(), sessions.end());
    return set;
}

std::optional<RecordSet> read_records(const std::string& path, const std::string& session,
                                      const std::string& command, std::ostream& err) {
    const std::vector<std::string> files = records_files(path);
    if (files.empty()) {
        err << "secondlook " << command << ": there are no records at " << path
            << "; give a records file or a folder of them\n";
        return std::nullopt;
    }
    RecordSet set = merge_records(files, session, command, err);
    if (set.files == 0) return std::nullopt;
    if (!session.empty() && !std::binary_search(set.sessions.begin(), set.sessions.end(), session)) {
        err << "secondlook " << command << ": no session '" << session << "' in " << path << '\n';
        return std::nullopt;
    }
    return set;
}

}  // namespace secondlook
