// A knowledge check: a short set of multiple-choice questions on the learning
// objectives, taken before play and again after it, so a facilitator sees
// the learning gain per objective. Loaded from YAML like scenarios (a file
// with a top-level 'questions:' key), with every problem located.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics.h"

namespace secondlook {

struct CheckOption {
    std::string id;  // "a", "b", "c", "d": by position, as players and `check --answers` name them
    std::string text;
    bool correct = false;
};

struct CheckQuestion {
    std::string id, objective, ask;
    std::vector<CheckOption> options;
    std::string explain;  // shown kindly after the after-check answer, never before play
    SourceLocation where;

    const CheckOption* find_option(const std::string& id) const;
    const CheckOption* best_option() const;
    // The key (1-4) that picks the best option; 0 when none is marked.
    std::size_t best_number() const;
};

struct KnowledgeCheck {
    std::string id, title, intro, file;
    std::vector<CheckQuestion> questions;

    const CheckQuestion* find_question(const std::string& id) const;
};

struct CheckLoadResult {
    std::shared_ptr<const KnowledgeCheck> check;  // null when the file could not be read at all
    Diagnostics diagnostics;

    bool ok() const { return check && !diagnostics.has_errors(); }
};

// True when the text is a question set rather than a scenario: it has a
// top-level 'questions:' key. Tools that search scenarios/ use it to tell them apart.
bool is_question_set_text(const std::string& text);
bool is_question_set_file(const std::string& path);

CheckLoadResult load_check_text(const std::string& text, const std::string& file_name);
CheckLoadResult load_check_file(const std::string& path);

// Before play or after it.
enum class CheckPhase { Pre, Post };
const char* to_string(CheckPhase phase);
std::optional<CheckPhase> parse_check_phase(const std::string& text);

struct CheckAnswer {
    std::string question, option;
};

struct ObjectiveScore {
    std::string objective;
    int correct = 0, asked = 0;
};

// Right answers per objective, in teaching order, for the questions answered.
std::vector<ObjectiveScore> score_by_objective(const KnowledgeCheck& check, const std::vector<CheckAnswer>& answers);

// "q1=a,q2=c" into answers, each checked against the set; on a bad id, an
// empty result and `error` says which and what the known ones are.
std::vector<CheckAnswer> parse_check_answers(const KnowledgeCheck& check, const std::string& text, std::string* error);

}  // namespace secondlook
