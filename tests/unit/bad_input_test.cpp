// Every file of the bad-input corpus goes through the public loader (which
// runs the validator too) and must give its located error with a hint, never
// a crash; links may not lead the loader out of the scenario's folder.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "../malformed_corpus.h"
#include "core/input_limits.h"
#include "core/scenario_loader.h"
#include "scenario_text.h"
#include "test_files.h"

using namespace secondlook;
namespace fs = std::filesystem;

namespace {

std::string read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

bool has_error(const LoadResult& result, const std::string& file, const ExpectedError& expected) {
    for (const auto& diagnostic : result.diagnostics.all())
        if (diagnostic.severity == Severity::Error && diagnostic.where.file == file &&
            diagnostic.where.line == expected.line && diagnostic.where.column == expected.column &&
            diagnostic.message.find(expected.text) != std::string::npos)
            return true;
    return false;
}

// A scratch folder in the system's temporary folder, emptied first.
fs::path scratch_folder(const std::string& name) {
    fs::path folder = scratch_path(name);
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder;
}

}  // namespace

TEST_CASE("the bad-input corpus has at least 30 files, each saying what error it expects") {
    const auto corpus = malformed_corpus(SECONDLOOK_SOURCE_DIR);
    CHECK(corpus.size() >= 30);
    for (const auto& file : corpus) {
        INFO(file.relative_path);
        CHECK(file.expected.line > 0);
        CHECK(file.expected.column > 0);
        CHECK(file.expected.text.size() >= 8);
    }
}

TEST_CASE("every file of the bad-input corpus is refused with its file, line, column and hint") {
    for (const auto& file : malformed_corpus(SECONDLOOK_SOURCE_DIR)) {
        const std::string path = source_path(file.relative_path);
        auto result = load_scenario_file(path);
        INFO(file.relative_path << "\n" << all_diagnostics(result));
        CHECK_FALSE(result.ok());
        CHECK(has_error(result, path, file.expected));
    }
}

TEST_CASE("loading the corpus from memory gives the same located errors") {
    for (const auto& file : malformed_corpus(SECONDLOOK_SOURCE_DIR)) {
        const std::string path = source_path(file.relative_path);
        if (fs::is_symlink(path)) continue;  // text in memory has no folder to leave
        auto result = load_scenario_text(read_bytes(path), file.relative_path);
        INFO(file.relative_path << "\n" << all_diagnostics(result));
        CHECK_FALSE(result.ok());
        CHECK(has_error(result, file.relative_path, file.expected));
    }
}

TEST_CASE("a link leading out of the scenario folder is not followed, though its target is a valid scenario") {
    const std::string link = source_path("tests/data/malformed/link-outside.yaml");
    const std::string target = source_path("tests/data/outside/target.yaml");
    REQUIRE(fs::is_symlink(link));
    REQUIRE(fs::equivalent(link, target));
    auto direct = load_scenario_file(target);
    REQUIRE_MESSAGE(direct.ok(), all_diagnostics(direct));  // so following the link would have loaded it

    auto through_link = load_scenario_file(link);
    CHECK_FALSE(through_link.scenario);
    REQUIRE(through_link.diagnostics.all().size() == 1);
    const auto& error = through_link.diagnostics.all().front();
    CHECK(error.where.file == link);
    CHECK(error.message.find("outside the folder") != std::string::npos);
    CHECK(error.message.find(fs::canonical(target).string()) != std::string::npos);
}

TEST_CASE("a link to another file in the same folder loads") {
    const fs::path folder = scratch_folder("link-inside");
    fs::copy_file(source_path("tests/data/good/mini.yaml"), folder / "mini.yaml");
    fs::create_directory(folder / "more");
    fs::create_symlink("mini.yaml", folder / "alias.yaml");
    fs::create_symlink("../mini.yaml", folder / "more" / "up.yaml");
    auto same_folder = load_scenario_file((folder / "alias.yaml").string());
    CHECK_MESSAGE(same_folder.ok(), all_diagnostics(same_folder));
    auto parent_folder = load_scenario_file((folder / "more" / "up.yaml").string());
    CHECK_FALSE(parent_folder.ok());
    fs::remove_all(folder);
}

TEST_CASE("a missing file is reported with its name and what to check") {
    const std::string path = source_path("tests/data/malformed/no-such-file.yaml");
    auto result = load_scenario_file(path);
    REQUIRE(result.diagnostics.all().size() == 1);
    CHECK(result.diagnostics.all()[0].where.file == path);
    CHECK(result.diagnostics.all()[0].message.find("check the path") != std::string::npos);
}

TEST_CASE("the limits leave room for every shipped scenario") {
    for (const auto& entry : fs::directory_iterator(source_path("scenarios"))) {
        if (entry.path().extension() != ".yaml") continue;
        INFO(entry.path().string());
        CHECK(fs::file_size(entry.path()) * 4 < kMaxScenarioBytes);
        auto result = load_scenario_file(entry.path().string());
        CHECK_MESSAGE(result.ok(), all_diagnostics(result));
    }
}

TEST_CASE("a file over the size limit is refused before it is parsed, with what to do") {
    std::string text = kValidScenario;
    text += "# " + std::string(kMaxScenarioBytes, 'x') + "\n";
    auto result = load_text(text);
    REQUIRE_FALSE(result.ok());
    CHECK(reports(result, "tiny.yaml:1:1: error: the file is"));
    CHECK(reports(result, "split the story into several scenarios"));
}

TEST_CASE("a text just at the length limit loads; one character more does not") {
    auto with_text = [](std::size_t characters) {
        std::string text = kValidScenario;
        const std::string greeting = "\"Hi!\"";
        const auto at = text.find(greeting);
        REQUIRE(at != std::string::npos);
        // "é" is two bytes: the limit counts characters, not bytes.
        std::string long_text;
        for (std::size_t i = 0; i < characters; ++i) long_text += "\xc3\xa9";
        text.replace(at, greeting.size(), "\"" + long_text + "\"");
        return load_text(text);
    };
    auto at_limit = with_text(kMaxTextCharacters);
    CHECK_MESSAGE(at_limit.ok(), all_diagnostics(at_limit));
    CHECK_FALSE(with_text(kMaxTextCharacters + 1).ok());
}

TEST_CASE("a mistake repeated through aliases is listed a thousand times, and the rest counted") {
    auto result = load_scenario_file(source_path("tests/data/malformed/alias-many-problems.yaml"));
    CHECK(result.diagnostics.all().size() == Diagnostics::kMaxListed);
    CHECK(result.diagnostics.unlisted_errors() > 300000);
    CHECK(result.diagnostics.has_errors());

    // Warnings past the limit are counted apart from errors.
    Diagnostics diagnostics;
    for (std::size_t i = 0; i < Diagnostics::kMaxListed; ++i) diagnostics.warning({"f", 1, 1}, "w");
    CHECK_FALSE(diagnostics.has_errors());
    diagnostics.error({"f", 2, 1}, "e");
    CHECK(diagnostics.unlisted_errors() == 1);
    CHECK(diagnostics.unlisted_warnings() == 0);
    CHECK(diagnostics.has_errors());  // an error not listed still fails the file
}

TEST_CASE("past the listing limit a problem's message is never built, only counted") {
    Diagnostics diagnostics;
    int built = 0;
    auto build = [&] {
        ++built;
        return std::string("unknown key; did you mean ...");
    };
    for (std::size_t i = 0; i < Diagnostics::kMaxListed; ++i) diagnostics.error({"f", 1, 1}, build);
    CHECK(built == static_cast<int>(Diagnostics::kMaxListed));
    CHECK(diagnostics.listing_full());
    for (int i = 0; i < 5000; ++i) diagnostics.error({"f", 2, 1}, build);
    CHECK(built == static_cast<int>(Diagnostics::kMaxListed));
    CHECK(diagnostics.unlisted_errors() == 5000);
    CHECK(diagnostics.all().back().message == "unknown key; did you mean ...");
}
