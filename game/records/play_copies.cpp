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
    for (const auto& [objective, points] : play.objectives) {
        fingerprint.add(objective);
        fingerprint.add(points.first);
        fingerprint.add(points.second);
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

auto progress(const PlayCopy& copy) {
    return std::make_tuple(!copy.play.ending.empty(), copy.play.answer_count, copy.content.value());
}

std::string described(const PlayCopy& copy, const std::vector<std::string>& files) {
    return files.at(copy.file) + " (" + (copy.play.ending.empty() ? "not finished" : "finished") + ", " +
           std::to_string(copy.play.answer_count) + (copy.play.answer_count == 1 ? " answer)" : " answers)");
}

}  // namespace

std::size_t copy_to_keep(const std::vector<PlayCopy>& copies) {
    std::size_t kept = 0;
    for (std::size_t i = 1; i < copies.size(); ++i)
        if (progress(copies[i]) > progress(copies[kept])) kept = i;
    return kept;
}

std::string copies_differ_message(const std::vector<PlayCopy>& copies, std::size_t kept,
                                  const std::vector<std::string>& files) {
    bool differ = false;
    for (const auto& copy : copies) differ = differ || copy.content.value() != copies[kept].content.value();
    if (!differ) return "";
    const PlayRecord& play = copies[kept].play;
    std::string message = "play " + play.id + " (session " + printable(play.session) + ", player " +
                          printable(play.player) + ", scenario " + printable(play.scenario) +
                          ") differs between copies: ";
    for (std::size_t i = 0; i < copies.size(); ++i) message += (i ? ", " : "") + described(copies[i], files);
    bool level = false;
    for (std::size_t i = 0; i < copies.size(); ++i)
        level = level || (i != kept && std::get<0>(progress(copies[i])) == std::get<0>(progress(copies[kept])) &&
                          std::get<1>(progress(copies[i])) == std::get<1>(progress(copies[kept])) &&
                          copies[i].content.value() != copies[kept].content.value());
    return message + "; keeping the one in " + files.at(copies[kept].file) +
           (level ? ", chosen by content among copies that got equally far" : ", which got furthest");
}

}  // namespace secondlook
