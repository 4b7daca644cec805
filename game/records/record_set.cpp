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
    // Copies of a play found in more than one file, and the play's name for
    // the message about them; usually none.
    std::unordered_map<std::string, std::vector<PlayCopy>> copies;
    std::unordered_map<std::string, std::string> names;
    for (const auto& file : files) {
        try {
            auto store = std::make_unique<RecordStore>(file, RecordStore::Access::ReadOnly);
            const RecordStore& records = *store;
            struct Found {
                std::string id, name;
                PlayCopy copy;
            };
            std::vector<Found> found;
            records.each_play(
                session_,
                [&](PlayRecord&& play) { found.push_back({play.id, play_name(play), copy_of(play, files_.size())}); },
                [&](const BadRow& bad) { warn(file, bad); });
            for (const auto& code : records.sessions()) sessions.insert(code);
            // Only a file read to the end takes part, so a failing one leaves nothing half-merged.
            files_.push_back(file);
            stores_.push_back(std::move(store));
            for (auto& [id, name, copy] : found) {
                const auto [kept, fresh] = kept_.try_emplace(id, copy);
                if (fresh) continue;
                auto& list = copies[id];
                if (list.empty()) list.push_back(kept->second);
                list.push_back(copy);
                names[id] = name;
            }
        } catch (const DatabaseError& error) {
            err_ << "secondlook " << command_ << ": skipping " << file << ": " << error.what() << '\n';
        }
    }
    sessions_.assign(sessions.begin(), sessions.end());
    if (!copies.empty()) choose_copies(copies, names);
}

void RecordSource::choose_copies(std::unordered_map<std::string, std::vector<PlayCopy>>& copies,
                                 const std::unordered_map<std::string, std::string>& names) {
    // Each copy's fingerprint goes on with its answers in order, read from its own file.
    for (std::size_t file = 0; file < files_.size(); ++file) {
        std::unordered_map<std::string, Fingerprint*> wanted;
        for (auto& [id, list] : copies)
            for (auto& copy : list)
                if (copy.file == file) wanted[id] = &copy.content;
        if (wanted.empty()) continue;
        try {
            stores_[file]->each_answer(
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
        const std::string message = copies_differ_message(names.at(id), list, kept, files_);
        if (!message.empty()) warn(message);
        kept_[id] = list[kept];
    }
}

void RecordSource::warn(const std::string& message) const { err_ << "secondlook " << command_ << ": " << message << '\n'; }

void RecordSource::warn(const std::string& file, const BadRow& bad) const {
    warn("skipping " + bad.row + " in " + file + ": " + bad.problem);
}

bool RecordSource::kept_in(const std::string& play_id, std::size_t file) const {
    auto found = kept_.find(play_id);
    return found != kept_.end() && found->second.file == file;
}

void RecordSource::each_file(const std::string& what,
                             const std::function<void(std::size_t, const RecordStore&)>& read) const {
    for (std::size_t file = 0; file < files_.size(); ++file) {
        try {
            read(file, *stores_[file]);
        } catch (const DatabaseError& error) {
            warn("could not read the " + what + " of " + files_[file] + " to the end: " + error.what());
        }
    }
}

void RecordSource::each_play(const std::function<void(const PlayRecord&)>& on_play) const {
    // A play left out as unreadable was named when the files were first read.
    each_file("plays", [&](std::size_t file, const RecordStore& records) {
        records.each_play(
            session_, [&](PlayRecord&& play) {
                if (kept_in(play.id, file)) on_play(play);
            },
            [](const BadRow&) {});
    });
}

void RecordSource::each_answer(const std::function<void(const AnswerRecord&)>& on_answer) const {
    // Answers of a copy that was not kept, or of a play left out as
    // unreadable (already named), are passed over quietly.
    each_file("answers", [&](std::size_t file, const RecordStore& records) {
        records.each_answer(
            session_, [&](AnswerRecord&& answer) {
                if (kept_in(answer.play_id, file)) on_answer(answer);
            },
            [&](const BadRow& bad) {
                if (kept_in(bad.play_id, file)) warn(files_[file], bad);
            });
    });
}

void RecordSource::each_check(const std::function<void(const CheckAnswerRecord&)>& on_answer) const {
    std::unordered_set<std::string> seen;  // statement ids: a copied file's answers count once
    each_file("knowledge-check answers", [&](std::size_t file, const RecordStore& records) {
        records.each_check_answer(
            session_, [&](CheckAnswerRecord&& answer) {
                if (seen.insert(answer.statement_id).second) on_answer(answer);
            },
            [&](const BadRow& bad) { warn(files_[file], bad); });
    });
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
    source.each_play([&](const PlayRecord& play) { set.plays.push_back(play); });
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
