#include "records/play_copies.h"

#include <tuple>

#include "records/row_reader.h"

namespace secondlook {

void Fingerprint::add(std::string_view text) {
    for (char c : text) {
        hash_ ^= static_cast<unsigned char>(c);
        hash_ *= 1099511628211ULL;
    }
    hash_ ^= 0x1F;  // the unit separator, which no value read back holds unescaped at its end
    hash_ *= 1099511628211ULL;
}

void Fingerprint::add(std::int64_t number) { add(std::to_string(number)); }

void add_to_fingerprint(const PlayRecord& play, Fingerprint& fingerprint) {
    for (const std::string* text : {&play.session, &play.player, &play.scenario, &play.started_at, &play.finished_at,
                                    &play.ending, &play.outcome, &play.registration})
        fingerprint.add(*text);
    fingerprint.add(play.total);
    fingerprint.add(play.max);
    // What was offered only when kept, so an older play's fingerprint, and
    // the copy chosen among its copies, stay as they were.
    if (play.offered) fingerprint.add(*play.offered);
    for (const auto& [objective, recorded] : play.objectives) {
        fingerprint.add(objective);
        fingerprint.add(recorded.points);
        fingerprint.add(recorded.best);
        if (!recorded.offered) continue;
        fingerprint.add(*recorded.offered);
        fingerprint.add(recorded.against ? 1 : 0);
    }
}

void add_to_fingerprint(const AnswerRecord& answer, Fingerprint& fingerprint) {
    fingerprint.add(answer.seq);
    for (const std::string* text : {&answer.at, &answer.node, &answer.action, &answer.kind, &answer.statement_id})
        fingerprint.add(*text);
    for (const auto& [objective, points] : answer.points) {
        fingerprint.add(objective);
        fingerprint.add(points);
    }
    fingerprint.add(answer.response_ms);
    for (const auto& [choice, count] : answer.votes) {
        fingerprint.add(choice);
        fingerprint.add(count);
    }
}

namespace {

auto progress(const PlayCopy& copy) { return std::make_tuple(copy.finished, copy.answer_count, copy.content.value()); }

std::string described(const PlayCopy& copy, const std::vector<std::string>& files) {
    return files.at(copy.file) + " (" + (copy.finished ? "finished" : "not finished") + ", " +
           std::to_string(copy.answer_count) + (copy.answer_count == 1 ? " answer)" : " answers)");
}

}  // namespace

PlayCopy copy_of(const PlayRecord& play, std::size_t file) {
    PlayCopy copy{file, !play.ending.empty(), play.answer_count, {}};
    add_to_fingerprint(play, copy.content);
    return copy;
}

std::string play_name(const PlayRecord& play) {
    return "play " + printable(play.id) + " (session " + printable(play.session) + ", player " +
           printable(play.player) + ", scenario " + printable(play.scenario) + ")";
}

std::size_t copy_to_keep(const std::vector<PlayCopy>& copies) {
    std::size_t kept = 0;
    for (std::size_t i = 1; i < copies.size(); ++i)
        if (progress(copies[i]) > progress(copies[kept])) kept = i;
    return kept;
}

std::string copies_differ_message(const std::string& play, const std::vector<PlayCopy>& copies, std::size_t kept,
                                  const std::vector<std::string>& files) {
    bool differ = false, level = false;
    for (std::size_t i = 0; i < copies.size(); ++i) {
        if (copies[i].content.value() == copies[kept].content.value()) continue;
        differ = true;
        level = level || (copies[i].finished == copies[kept].finished &&
                          copies[i].answer_count == copies[kept].answer_count);
    }
    if (!differ) return "";
    std::string message = play + " differs between copies: ";
    for (std::size_t i = 0; i < copies.size(); ++i) message += (i ? ", " : "") + described(copies[i], files);
    return message + "; keeping the one in " + files.at(copies[kept].file) +
           (level ? ", chosen by content among copies that got equally far" : ", which got furthest");
}

}  // namespace secondlook
