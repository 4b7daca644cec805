#include <doctest/doctest.h>

#include <string>

#include "core/yaml_document.h"

using namespace secondlook;

namespace {

constexpr std::size_t kDepth = 32;

struct Parsed {
    Diagnostics diagnostics;
    std::unique_ptr<YamlDocument> document;
};

Parsed parse(const std::string& text) {
    Parsed parsed;
    parsed.document = parse_yaml(text, "test.yaml", kDepth, parsed.diagnostics);
    return parsed;
}

// The one error reported, as "LINE:COL: message".
std::string only_error(const Parsed& parsed) {
    REQUIRE(parsed.diagnostics.all().size() == 1);
    const Diagnostic& error = parsed.diagnostics.all().front();
    return std::to_string(error.where.line) + ":" + std::to_string(error.where.column) + ": " + error.message;
}

// The value under `key` in a mapping root.
const YamlNode* value_of(const YamlNode& map, const std::string& key) {
    for (const auto [name, value] : map.entries())
        if (name.text() == key) return &value;
    return nullptr;
}

}  // namespace

TEST_CASE("a mapping, a list and scalars come back with their places in the file") {
    auto parsed = parse("title: Hello\nitems:\n  - one\n  - { two: 2 }\n");
    REQUIRE(parsed.document);
    const YamlNode& root = *parsed.document->root();
    REQUIRE(root.is_map());
    CHECK(root.entries().size() == 2);
    const YamlNode* title = value_of(root, "title");
    REQUIRE(title);
    CHECK(title->text() == "Hello");
    CHECK(title->line() == 1);
    CHECK(title->column() == 8);
    const YamlNode* items = value_of(root, "items");
    REQUIRE(items);
    REQUIRE(items->is_sequence());
    REQUIRE(items->items().size() == 2);
    CHECK(items->items()[0]->text() == "one");
    CHECK(items->items()[0]->line() == 3);
    CHECK(items->items()[1]->is_map());
    CHECK(items->items()[1]->column() == 5);
    CHECK(root.items().empty());           // a mapping has no list items
    CHECK(items->entries().size() == 0);  // and a list no entries
}

TEST_CASE("empty lists and mappings, first or anywhere, have no children") {
    auto parsed = parse("a: []\nb: {}\nc: [[], {}]\n");
    REQUIRE(parsed.document);
    const YamlNode& root = *parsed.document->root();
    CHECK(value_of(root, "a")->is_sequence());
    CHECK(value_of(root, "a")->items().empty());
    CHECK(value_of(root, "b")->entries().size() == 0);
    CHECK(value_of(root, "c")->items().size() == 2);
    auto first = parse("[]");
    REQUIRE(first.document);
    CHECK(first.document->root()->items().empty());
}

TEST_CASE("repeated keys are all kept, so the loader can say which line repeats") {
    auto parsed = parse("a: 1\na: 2\n");
    REQUIRE(parsed.document);
    CHECK(parsed.document->root()->entries().size() == 2);
}

TEST_CASE("only unquoted, untagged null words and empty values are nothing") {
    auto parsed = parse("a:\nb: ~\nc: null\nd: NULL\ne: 'null'\nf: \"~\"\ng: !!str null\nh: nil\n");
    REQUIRE(parsed.document);
    const YamlNode& root = *parsed.document->root();
    for (const char* key : {"a", "b", "c", "d"}) {
        CAPTURE(key);
        CHECK(value_of(root, key)->is_null());
    }
    for (const char* key : {"e", "f", "g", "h"}) {
        CAPTURE(key);
        CHECK(value_of(root, key)->is_scalar());
    }
    CHECK(value_of(root, "e")->text() == "null");
}

TEST_CASE("a file with no value at all has no root") {
    for (const char* text : {"", "# only a comment\n", "\n\n", "---\n", " \t \n\t\n"}) {
        CAPTURE(text);
        auto parsed = parse(text);
        REQUIRE(parsed.document);
        CHECK(parsed.diagnostics.all().empty());
        CHECK(parsed.document->root() == nullptr);
    }
}

TEST_CASE("an alias is the anchored value again") {
    auto parsed = parse("base: &score { RESP-2: 1 }\nagain: *score\n");
    REQUIRE(parsed.document);
    const YamlNode& root = *parsed.document->root();
    CHECK(value_of(root, "again") == value_of(root, "base"));
    CHECK(value_of(root, "again")->entries().size() == 1);
}

TEST_CASE("aliases that cannot be resolved are located errors, not loops") {
    CHECK(only_error(parse("a: 1\nb: *nowhere\n")) ==
          "2:4: the alias *nowhere comes before any &nowhere that names a value; put the &nowhere first, "
          "or write the value out");
    auto self = parse("list: &me [ 1, *me ]\n");
    CHECK_FALSE(self.document);
    CHECK(only_error(self).rfind("1:16: the alias *me sits inside the value &me names", 0) == 0);
}

TEST_CASE("nesting deeper than the limit stops at the first level too deep") {
    std::string deep = "a: ";
    for (std::size_t i = 0; i < 100; ++i) deep += "[";
    auto parsed = parse(deep + "\n");
    CHECK_FALSE(parsed.document);
    // The root mapping is level 1, so the 32nd '[' (column 4 + 31) is level 33.
    CHECK(only_error(parsed).rfind("1:35: lists and mappings are nested more than 32 levels deep", 0) == 0);

    std::string fits = "a: ";
    for (std::size_t i = 0; i < 31; ++i) fits += "[";
    for (std::size_t i = 0; i < 31; ++i) fits += "]";
    CHECK(parse(fits + "\n").document);
}

TEST_CASE("syntax errors name the place and what to check") {
    auto parsed = parse("title: [one, two\nnext: x\n");
    CHECK_FALSE(parsed.document);
    const std::string error = only_error(parsed);
    CHECK(error.find("this is not valid YAML (") != std::string::npos);
    CHECK(error.find("check indentation and quotes") != std::string::npos);
}

TEST_CASE("a tab used for indentation gets its own hint, but a tab on a blank line is fine") {
    CHECK(only_error(parse("a:\n\tb: 1\n")).rfind("2:1: this line is indented with a tab", 0) == 0);
    auto blank = parse("a: 1\n\t\nb: 2\n");
    REQUIRE(blank.document);
    CHECK(blank.document->root()->entries().size() == 2);
}

TEST_CASE("a second document is refused where it starts") {
    CHECK(only_error(parse("a: 1\n---\nb: 2\n")).rfind("2:1: a second YAML document starts here", 0) == 0);
}

TEST_CASE("whole numbers are decimal and must be the whole text") {
    auto parsed = parse("[7, -3, +4, 0x10, 1.5, 12abc, '', 99999999999, [1]]");
    REQUIRE(parsed.document);
    const auto& items = parsed.document->root()->items();
    CHECK(yaml_int(*items[0]) == 7);
    CHECK(yaml_int(*items[1]) == -3);
    CHECK(yaml_int(*items[2]) == 4);
    for (std::size_t i = 3; i < items.size(); ++i) {
        CAPTURE(i);
        CHECK_FALSE(yaml_int(*items[i]));
    }
}

TEST_CASE("numbers are finite decimals") {
    auto parsed = parse("[1.5, -2, 3e2, .inf, nan, one]");
    REQUIRE(parsed.document);
    const auto& items = parsed.document->root()->items();
    CHECK(yaml_number(*items[0]) == 1.5);
    CHECK(yaml_number(*items[1]) == -2);
    CHECK(yaml_number(*items[2]) == 300);
    CHECK_FALSE(yaml_number(*items[3]));
    CHECK_FALSE(yaml_number(*items[4]));
    CHECK_FALSE(yaml_number(*items[5]));
}

TEST_CASE("true and false also read as yes/no, on/off and y/n in three casings") {
    auto parsed = parse("[true, True, TRUE, yes, On, Y, false, No, OFF, n, tRUE, 1, maybe]");
    REQUIRE(parsed.document);
    const auto& items = parsed.document->root()->items();
    for (std::size_t i = 0; i < 6; ++i) CHECK(yaml_bool(*items[i]) == true);
    for (std::size_t i = 6; i < 10; ++i) CHECK(yaml_bool(*items[i]) == false);
    for (std::size_t i = 10; i < items.size(); ++i) CHECK_FALSE(yaml_bool(*items[i]));
}
