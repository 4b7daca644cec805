#include "records/record_set.h"

#include <algorithm>
#include <filesystem>
#include <ostream>
#include <set>
#include <unordered_set>

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

RecordSource::RecordSource(const std::vector<std::string>& files, std::string session, std::string command,
                           std::ostream& err)
    : session_(std::move(session)), command_(std::move(command)), err_(err) {
    std::set<std::string> sessions;
    // Copies of a play beyond the first, by play id; usually none.
    std::unordered_map<std::string, std::vector<PlayCopy>> copies;
    for (const auto& file : files) {
        try {
            RecordStore records(file, RecordStore::Access::ReadOnly);
            std::vector<PlayRecord> plays;
            records.each_play(session_, [&](PlayRecord&& play) { plays.push_back(std::move(play)); },
                              [&](const BadRow& bad) { warn(file, bad); });
            for (const auto& code : records.sessions()) sessions.insert(code);
            // Only a file read to the end takes part, so a failing one leaves nothing half-merged.
            files_.push_back(file);
            for (auto& play : plays) {
                const auto [found, fresh] = play_index_.try_emplace(play.id, plays_.size());
                if (fresh) {
                    plays_.push_back(std::move(play));
                    kept_file_.push_back(files_.size() - 1);
                } else {
                    auto& list = copies[play.id];
                    if (list.empty()) list.push_back({kept_file_[found->second], plays_[found->second], {}});
                    list.push_back({files_.size() - 1, std::move(play), {}});
                }
            }
        } catch (const DatabaseError& error) {
            err_ << "secondlook " << command_ << ": skipping " << file << ": " << error.what() << '\n';
        }
    }
    sessions_.assign(sessions.begin(), sessions.end());
    if (!copies.empty()) choose_copies(copies);
}

void RecordSource::choose_copies(std::unordered_map<std::string, std::vector<PlayCopy>>& copies) {
    // Each copy's fingerprint: its play, then its answers in order, read from its own file.
    for (auto& [id, list] : copies)
        for (auto& copy : list) add_to_fingerprint(copy.play, copy.content);
    for (std::size_t file = 0; file < files_.size(); ++file) {
        std::unordered_map<std::string, Fingerprint*> wanted;
        for (auto& [id, list] : copies)
            for (auto& copy : list)
                if (copy.file == file) wanted[id] = &copy.content;
        if (wanted.empty()) continue;
        try {
            RecordStore(files_[file], RecordStore::Access::ReadOnly)
                .each_answer(
                    session_,
                    [&](AnswerRecord&& answer) {
                        if (auto found = wanted.find(answer.play_id); found != wanted.end())
                            add_to_fingerprint(answer, *found->second);
                    },
                    [&](const BadRow& bad) {
                        if (auto found = wanted.find(bad.play_id); found != wanted.end()) found->second->add(bad.problem);
                    });
        } catch (const DatabaseError& error) {
            err_ << "secondlook " << command_ << ": comparing copies of plays in " << files_[file] << ": "
                 << error.what() << '\n';
        }
    }
    for (auto& [id, list] : copies) {
        const std::size_t kept = copy_to_keep(list);
        const std::string message = copies_differ_message(list, kept, files_);
        if (!message.empty()) err_ << "secondlook " << command_ << ": " << message << '\n';
        const std::size_t index = play_index_.at(id);
        plays_[index] = std::move(list[kept].play);
        kept_file_[index] = list[kept].file;
    }
}

void RecordSource::warn(const std::string& message) const { err_ << "secondlook " << command_ << ": " << message << '\n'; }

void RecordSource::warn(const std::string& file, const BadRow& bad) const {
    warn("skipping " + bad.row + " in " + file + ": " + bad.problem);
}

const PlayRecord* RecordSource::play(const std::string& id) const {
    auto found = play_index_.find(id);
    return found == play_index_.end() ? nullptr : &plays_[found->second];
}

void RecordSource::each_answer(const std::function<void(const AnswerRecord&)>& on_answer) const {
    for (std::size_t file = 0; file < files_.size(); ++file) {
        // Answers of a copy that was not kept, or of a play left out as
        // unreadable (already named), are passed over quietly.
        auto kept_here = [&](const std::string& play_id) {
            auto found = play_index_.find(play_id);
            return found != play_index_.end() && kept_file_[found->second] == file;
        };
        try {
            RecordStore(files_[file], RecordStore::Access::ReadOnly)
                .each_answer(
                    session_,
                    [&](AnswerRecord&& answer) {
                        if (kept_here(answer.play_id)) on_answer(answer);
                    },
                    [&](const BadRow& bad) {
                        if (kept_here(bad.play_id)) warn(files_[file], bad);
                    });
        } catch (const DatabaseError& error) {
            err_ << "secondlook " << command_ << ": could not read the answers of " << files_[file] << " to the end: "
                 << error.what() << '\n';
        }
    }
}

void RecordSource::each_check(const std::function<void(const CheckAnswerRecord&)>& on_answer) const {
    std::unordered_set<std::string> seen;  // statement ids: a copied file's answers count once
    for (const auto& file : files_) {
        try {
            RecordStore(file, RecordStore::Access::ReadOnly)
                .each_check_answer(
                    session_,
                    [&](CheckAnswerRecord&& answer) {
                        if (seen.insert(answer.statement_id).second) on_answer(answer);
                    },
                    [&](const BadRow& bad) { warn(file, bad); });
        } catch (const DatabaseError& error) {
            err_ << "secondlook " << command_ << ": could not read the knowledge-check answers of " << file
                 << " to the end: " << error.what() << '\n';
        }
    }
}

std::optional<RecordSource> open_records(const std::string& path, const std::string& session,
                                         const std::string& command, std::ostream& err) {
    const std::vector<std::string> files = records_files(path);
    if (files.empty()) {
        err << "secondlook " << command << ": there are no records at " << path
            << "; give a records file or a folder of them\n";
        return std::nullopt;
    }
    std::optional<RecordSource> source(std::in_place, files, session, command, err);
    if (source->files_read() == 0) return std::nullopt;
    if (!session.empty() && !std::binary_search(source->sessions().begin(), source->sessions().end(), session)) {
        err << "secondlook " << command << ": no session '" << session << "' in " << path << '\n';
        return std::nullopt;
    }
    return source;
}

namespace {

RecordSet in_memory(const RecordSource& source) {
    RecordSet set;
    set.plays = source.plays();
    source.each_answer([&](const AnswerRecord& answer) { set.answers.push_back(answer); });
    source.each_check([&](const CheckAnswerRecord& answer) { set.checks.push_back(answer); });
    set.sessions = source.sessions();
    set.files = source.files_read();
    return set;
}

}  // namespace

RecordSet merge_records(const std::vector<std::string>& files, const std::string& session,
                        const std::string& command, std::ostream& err) {
    return in_memory(RecordSource(files, session, command, err));
}

std::optional<RecordSet> read_records(const std::string& path, const std::string& session,
                                      const std::string& command, std::ostream& err) {
    auto source = open_records(path, session, command, err);
    if (!source) return std::nullopt;
    return in_memory(*source);
}

}  // namespace secondlook
