#include "condition.h"

#include <cctype>
#include <sstream>

namespace secondlook {
namespace {

bool is_variable_name(const std::string& word) {
    if (word == "and" || word == "or" || word == "not") return false;
    if (word.empty() || !(std::isalpha(static_cast<unsigned char>(word[0])) || word[0] == '_'))
        return false;
    for (char c : word)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-')) return false;
    return true;
}

bool parse_int(const std::string& word, int* value) {
    if (word.empty() || word.size() > 9) return false;
    size_t start = (word[0] == '-') ? 1 : 0;
    if (start == word.size()) return false;
    for (size_t i = start; i < word.size(); ++i)
        if (!std::isdigit(static_cast<unsigned char>(word[i]))) return false;
    *value = std::stoi(word);
    return true;
}

std::optional<Condition::Op> comparison(const std::string& word) {
    using Op = Condition::Op;
    if (word == "==") return Op::Eq;
    if (word == "!=") return Op::Ne;
    if (word == "<") return Op::Lt;
    if (word == "<=") return Op::Le;
    if (word == ">") return Op::Gt;
    if (word == ">=") return Op::Ge;
    return std::nullopt;
}

// One clause: NAME | not NAME | NAME OP NUMBER.
std::optional<Condition::Clause> parse_clause(const std::vector<std::string>& words,
                                              std::string* error) {
    Condition::Clause clause;
    if (words.size() == 1 && is_variable_name(words[0])) {
        clause.variable = words[0];
        return clause;
    }
    if (words.size() == 2 && words[0] == "not" && is_variable_name(words[1])) {
        clause.variable = words[1];
        clause.op = Condition::Op::Falsy;
        return clause;
    }
    if (words.size() == 3 && is_variable_name(words[0])) {
        auto op = comparison(words[1]);
        int value = 0;
        if (op && parse_int(words[2], &value)) {
            clause.variable = words[0];
            clause.op = *op;
            clause.value = value;
            return clause;
        }
    }
    std::string joined;
    for (const auto& w : words) joined += (joined.empty() ? "" : " ") + w;
    *error = "cannot read condition part '" + joined +
             "'; expected NAME, 'not NAME' or 'NAME OP NUMBER' with OP one of == != < <= > >=";
    return std::nullopt;
}

bool clause_holds(const Condition::Clause& clause, const Variables& variables) {
    auto found = variables.find(clause.variable);
    int value = found == variables.end() ? 0 : found->second;
    switch (clause.op) {
        case Condition::Op::Truthy: return value != 0;
        case Condition::Op::Falsy: return value == 0;
        case Condition::Op::Eq: return value == clause.value;
        case Condition::Op::Ne: return value != clause.value;
        case Condition::Op::Lt: return value < clause.value;
        case Condition::Op::Le: return value <= clause.value;
        case Condition::Op::Gt: return value > clause.value;
        case Condition::Op::Ge: return value >= clause.value;
    }
    return false;
}

}  // namespace

std::optional<Condition> Condition::parse(const std::string& text, std::string* error) {
    Condition condition;
    condition.text_ = text;
    std::istringstream in(text);
    std::vector<std::string> words;
    std::vector<Clause> all_of;
    auto close_clause = [&]() -> bool {
        if (words.empty()) {
            *error = "condition '" + text + "' has an empty part; expected NAME, 'not NAME' or 'NAME OP NUMBER' around 'and'/'or'";
            return false;
        }
        auto clause = parse_clause(words, error);
        if (!clause) return false;
        all_of.push_back(*clause);
        words.clear();
        return true;
    };
    for (std::string word; in >> word;) {
        if (word == "and" || word == "or") {
            if (!close_clause()) return std::nullopt;
            if (word == "or") {
                condition.any_of_all_of_.push_back(std::move(all_of));
                all_of.clear();
            }
        } else {
            words.push_back(word);
        }
    }
    if (!close_clause()) return std::nullopt;
    condition.any_of_all_of_.push_back(std::move(all_of));
    return condition;
}

bool Condition::holds(const Variables& variables) const {
    for (const auto& all_of : any_of_all_of_) {
        bool all = true;
        for (const auto& clause : all_of) all = all && clause_holds(clause, variables);
        if (all) return true;
    }
    return false;
}

std::vector<std::string> Condition::variables() const {
    std::vector<std::string> names;
    for (const auto& all_of : any_of_all_of_)
        for (const auto& clause : all_of) names.push_back(clause.variable);
    return names;
}

std::vector<Condition::Clause> Condition::clauses() const {
    std::vector<Clause> all;
    for (const auto& all_of : any_of_all_of_) all.insert(all.end(), all_of.begin(), all_of.end());
    return all;
}

}  // namespace secondlook
