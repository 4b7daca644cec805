#include "knowledge_check.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "input_limits.h"
#include "load_helpers.h"
#include "objectives.h"
#include "text_file.h"
#include "yaml_map.h"

namespace secondlook {
namespace {

// Players pick with the number keys 1-4, so a question has at most four options;
// fewer than three makes guessing too easy to tell anyone anything.
constexpr std::size_t kMinOptions = 3, kMaxOptions = 4;

std::vector<std::string> objective_ids() {
    std::vector<std::string> ids;
    for (const auto& objective : objective_catalogue()) ids.push_back(objective.id);
    return ids;
}

void read_options(YamlMap& map, CheckQuestion& question) {
    auto options = map.take("options");
    if (!options) {
        map.diagnostics().error(map.where(), "question '" + question.id + "' needs 'options:' (a list of 3 or 4)");
        return;
    }
    if (!options->is_sequence()) {
        map.diagnostics().error(map.where_of("options"), "'options' should be a list of { text, correct }");
        return;
    }
    for (const YamlNode* entry : options->items()) {
        YamlMap option_map(*entry, "an option of question '" + question.id + "'", map.file(),
                           map.diagnostics());
        CheckOption option;
        option.id = std::string(1, static_cast<char>('a' + question.options.size()));
        option.text = option_map.required_string("text");
        option.correct = option_map.optional_bool("correct").value_or(false);
        option_map.reject_unknown({"text", "correct"});
        question.options.push_back(option);
    }
    const std::size_t count = question.options.size(), correct = static_cast<std::size_t>(
        std::count_if(question.options.begin(), question.options.end(), [](const CheckOption& o) { return o.correct; }));
    if (count < kMinOptions || count > kMaxOptions)
        map.diagnostics().error(map.where_of("options"), "question '" + question.id + "' has " + std::to_string(count) +
                                                             " options; give 3 or 4 (players pick with keys 1-4)");
    if (correct == 0)
        map.diagnostics().error(map.where_of("options"), "question '" + question.id +
                                                             "' has no correct option; mark the best answer "
                                                             "with 'correct: true'");
    else if (correct > 1)
        map.diagnostics().error(map.where_of("options"), "question '" + question.id + "' marks " +
                                                             std::to_string(correct) +
                                                             " options correct; mark only the one best answer");
}

CheckQuestion read_question(const YamlNode& yaml, const std::string& file, Diagnostics& diagnostics) {
    YamlMap map(yaml, "a question", file, diagnostics);
    CheckQuestion question;
    question.where = map.where();
    if (!map.is_map()) return question;
    question.id = map.required_string("id");
    check_id(map, "id", question.id);
    question.objective = map.required_string("objective");
    if (!question.objective.empty() && !find_objective(question.objective))
        diagnostics.error(map.where_of("objective"), [&] {
            return "unknown learning objective '" + question.objective +
                   "'; known objectives: " + hint_list(question.objective, objective_ids(), 14);
        });
    question.ask = map.required_string("ask");
    read_options(map, question);
    question.explain = map.required_string("explain");
    map.reject_unknown({"id", "objective", "ask", "options", "explain"});
    return question;
}

}  // namespace

const CheckOption* CheckQuestion::find_option(const std::string& option_id) const {
    for (const auto& option : options)
        if (option.id == option_id) return &option;
    return nullptr;
}

const CheckOption* CheckQuestion::best_option() const {
    for (const auto& option : options)
        if (option.correct) return &option;
    return nullptr;
}

std::size_t CheckQuestion::best_number() const {
    for (std::size_t i = 0; i < options.size(); ++i)
        if (options[i].correct) return i + 1;
    return 0;
}

const CheckQuestion* KnowledgeCheck::find_question(const std::string& question_id) const {
    for (const auto& question : questions)
        if (question.id == question_id) return &question;
    return nullptr;
}

bool is_question_set_text(const std::string& text) {
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (line.rfind("questions:", 0) == 0 || line.rfind("questions :", 0) == 0) return true;
    return false;
}

bool is_question_set_file(const std::string& path) {
    // A file that cannot be read is no question set; the scenario loader then says why.
    return is_question_set_text(read_text_file(path, kLibraryFile).text.value_or(""));
}

CheckLoadResult load_check_text(const std::string& text, const std::string& file_name) {
    CheckLoadResult result;
    auto& diagnostics = result.diagnostics;
    const auto document = parse_checked_yaml(text, file_name,
                                             "the file is empty; a question set starts with check, title and "
                                             "questions (see scenarios/FORMAT.md)",
                                             diagnostics);
    if (!document) return result;
    auto check = std::make_shared<KnowledgeCheck>();
    check->file = file_name;
    YamlMap map(*document->root(), "the question set", file_name, diagnostics);
    if (!map.is_map()) return result;
    check->id = map.required_string("check");
    check_id(map, "check", check->id);
    check->title = map.required_string("title");
    check->intro = map.optional_string("intro");
    auto questions = map.take("questions");
    if (!questions || questions->items().empty()) {
        diagnostics.error(map.where_of("questions"), "'questions' should be a list of questions (see scenarios/FORMAT.md)");
    } else {
        std::set<std::string> ids;
        for (const YamlNode* entry : questions->items()) {
            auto question = read_question(*entry, file_name, diagnostics);
            if (!question.id.empty() && !ids.insert(question.id).second)
                diagnostics.error(question.where, "question id '" + question.id + "' is used twice; ids must differ");
            check->questions.push_back(std::move(question));
        }
        std::set<std::string> asked;
        for (const auto& question : check->questions) asked.insert(question.objective);
        for (const auto& objective : objective_catalogue())
            if (!asked.count(objective.id))
                diagnostics.warning(map.where_of("questions"), "no question on " + objective.id +
                                                                   ", so the report shows no gain for it");
    }
    map.reject_unknown({"check", "title", "intro", "questions"});
    result.check = check;
    return result;
}

CheckLoadResult load_check_file(const std::string& path) {
    CheckLoadResult result;
    const auto text = read_text_file(path, kLibraryFile, result.diagnostics);
    if (!text) return result;
    return load_check_text(*text, path);
}

const char* to_string(CheckPhase phase) { return phase == CheckPhase::Pre ? "pre" : "post"; }

std::optional<CheckPhase> parse_check_phase(const std::string& text) {
    if (text == "pre") return CheckPhase::Pre;
    if (text == "post") return CheckPhase::Post;
    return std::nullopt;
}

std::vector<ObjectiveScore> score_by_objective(const KnowledgeCheck& check, const std::vector<CheckAnswer>& answers) {
    std::map<std::string, ObjectiveScore> by_objective;
    for (const auto& answer : answers) {
        const CheckQuestion* question = check.find_question(answer.question);
        if (!question) continue;
        auto& score = by_objective[question->objective];
        score.asked += 1;
        const CheckOption* option = question->find_option(answer.option);
        score.correct += option && option->correct ? 1 : 0;
    }
    std::vector<ObjectiveScore> scores;
    for (const auto& objective : objective_catalogue())
        if (auto found = by_objective.find(objective.id); found != by_objective.end()) {
            found->second.objective = objective.id;
            scores.push_back(found->second);
        }
    return scores;
}

std::vector<CheckAnswer> parse_check_answers(const KnowledgeCheck& check, const std::string& text, std::string* error) {
    std::vector<CheckAnswer> answers;
    std::set<std::string> answered;
    std::vector<std::string> question_ids;
    for (const auto& question : check.questions) question_ids.push_back(question.id);
    std::istringstream in(text);
    for (std::string pair; std::getline(in, pair, ',');) {
        const auto equals = pair.find('=');
        const std::string id = pair.substr(0, equals), option = equals == std::string::npos ? "" : pair.substr(equals + 1);
        const CheckQuestion* question = check.find_question(id);
        if (equals == std::string::npos) {
            *error = "'" + pair + "' should be QUESTION=OPTION, e.g. " + check.questions.front().id + "=a";
        } else if (!question) {
            *error = "no question '" + id + "' in " + check.id + "; questions: " + hint_list(id, question_ids);
        } else if (!question->find_option(option)) {
            *error = "question '" + id + "' has no option '" + option + "'; options are a to " +
                     question->options.back().id;
        } else if (!answered.insert(id).second) {
            *error = "question '" + id + "' is answered twice; give one answer per question";
        } else {
            answers.push_back({id, option});
            continue;
        }
        return {};
    }
    if (answers.empty()) *error = "no answers given; write them as QUESTION=OPTION,QUESTION=OPTION";
    return answers;
}

}  // namespace secondlook
