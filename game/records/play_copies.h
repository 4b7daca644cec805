// One play found in several records files: a file copied onto a USB stick
// in the middle of a play and again after it, or a copy that was damaged or
// edited. The copies are compared by their whole content, and when they
// differ the one that got further is kept, by a rule a facilitator can
// follow (README, "Score records"):
//   1. a finished play over an unfinished one;
//   2. then the copy with more answers;
//   3. copies still level are told apart by their content (a fingerprint of
//      the play and every answer), so the same copy is kept whatever the
//      files are called or the order they were copied in.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "records/record_store.h"

namespace secondlook {

// A 64-bit FNV-1a hash over a sequence of values, each ended by a separator
// so that ("ab", "c") and ("a", "bc") differ.
class Fingerprint {
public:
    void add(std::string_view text);
    void add(std::int64_t number);
    std::uint64_t value() const { return hash_; }

private:
    std::uint64_t hash_ = 14695981039346656037ULL;
};

void add_to_fingerprint(const PlayRecord& play, Fingerprint& fingerprint);
void add_to_fingerprint(const AnswerRecord& answer, Fingerprint& fingerprint);

// What is kept of each copy of a play while files are read: where it is,
// how far it got, and its fingerprint (the play, then its answers in order).
struct PlayCopy {
    std::size_t file = 0;  // index into the files read
    bool finished = false;
    std::int64_t answer_count = 0;
    Fingerprint content;
};

PlayCopy copy_of(const PlayRecord& play, std::size_t file);

// The index in `copies` of the copy to keep, by the rule above.
std::size_t copy_to_keep(const std::vector<PlayCopy>& copies);

// "PLAY differs between copies: FILE (finished, 4 answers), ...; keeping the
// one in FILE, which got furthest", or "" when every copy holds the same
// content (a plain copy of a file: nothing to say). `play` names the play
// as play_name() does.
std::string copies_differ_message(const std::string& play, const std::vector<PlayCopy>& copies, std::size_t kept,
                                  const std::vector<std::string>& files);

// "play ID (session S, player 'fox', scenario X)", for messages.
std::string play_name(const PlayRecord& play);

}  // namespace secondlook
