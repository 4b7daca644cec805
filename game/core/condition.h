// Conditions on choices and branches: "paid", "not told", "demands >= 2",
// combined with "and" / "or" ("and" binds tighter). Kept deliberately small so
// authors can read them and the validator can reason about them.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace secondlook {

// Scenario variables. Flags are variables holding 0 or 1; unset means 0.
using Variables = std::map<std::string, int>;

class Condition {
public:
    enum class Op { Truthy, Falsy, Eq, Ne, Lt, Le, Gt, Ge };
    struct Clause {
        std::string variable;
        Op op = Op::Truthy;
        int value = 0;
    };

    // Parses the text; on failure returns nullopt and sets *error to a
    // sentence that says what was expected.
    static std::optional<Condition> parse(const std::string& text, std::string* error);

    bool holds(const Variables& variables) const;
    const std::string& text() const { return text_; }
    // Every variable the condition reads, for the "never set" check.
    std::vector<std::string> variables() const;
    // Every clause, for reasoning about which values the condition can tell
    // apart (the score walk).
    std::vector<Clause> clauses() const;

private:
    std::string text_;
    std::vector<std::vector<Clause>> any_of_all_of_;  // or-of-ands
};

}  // namespace secondlook
