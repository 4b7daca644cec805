#include <doctest/doctest.h>

#include "core/condition.h"

using secondlook::Condition;
using secondlook::Variables;

namespace {
bool holds(const std::string& text, const Variables& variables) {
    std::string error;
    auto condition = Condition::parse(text, &error);
    REQUIRE_MESSAGE(condition, error);
    return condition->holds(variables);
}
}  // namespace

TEST_CASE("a bare name is true when the variable is non-zero, and unset means zero") {
    CHECK(holds("paid", {{"paid", 1}}));
    CHECK_FALSE(holds("paid", {}));
    CHECK(holds("not paid", {}));
    CHECK_FALSE(holds("not paid", {{"paid", 2}}));
}

TEST_CASE("comparisons with numbers") {
    Variables demands{{"demands", 2}};
    CHECK(holds("demands >= 2", demands));
    CHECK(holds("demands == 2", demands));
    CHECK_FALSE(holds("demands > 2", demands));
    CHECK(holds("demands != 3", demands));
    CHECK(holds("demands < 3", demands));
    CHECK_FALSE(holds("demands <= 1", demands));
    CHECK(holds("debt > -1", {}));
}

TEST_CASE("'and' binds tighter than 'or'") {
    // a or (b and c)
    CHECK(holds("a or b and c", {{"a", 1}}));
    CHECK_FALSE(holds("a or b and c", {{"b", 1}}));
    CHECK(holds("a or b and c", {{"b", 1}, {"c", 1}}));
}

TEST_CASE("the variables a condition reads are listed") {
    std::string error;
    auto condition = Condition::parse("paid and not told or demands > 1", &error);
    REQUIRE(condition);
    CHECK(condition->variables() == std::vector<std::string>{"paid", "told", "demands"});
}

TEST_CASE("malformed conditions are rejected with a hint") {
    for (std::string text : {"", "paid and", "or told", "demands >", "demands => 2", "2 < demands", "not", "a b"}) {
        std::string error;
        CHECK_MESSAGE(!Condition::parse(text, &error), text);
        CHECK_MESSAGE(error.find("expected") != std::string::npos, text << " gave: " << error);
    }
}
