// The interface's string table: every id the code asks for exists, texts
// fill their placeholders, and a translator's CSV is read back.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "app/csv.h"
#include "app/ui_text.h"
#include "test_files.h"

using namespace secondlook;

TEST_CASE("CSV fields with commas, quotes and line breaks come back as they went in") {
    const std::vector<std::string> fields{"plain", "a, b", "say \"hi\"", "two\nlines", ""};
    std::vector<std::vector<std::string>> rows;
    std::string why;
    REQUIRE(parse_csv(csv_row(fields) + csv_row({"x", "y"}), &rows, &why));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == fields);
    CHECK(rows[1] == std::vector<std::string>{"x", "y"});
    CHECK_FALSE(parse_csv("a,\"never closed\n", &rows, &why));
    CHECK(why.find("line 1") != std::string::npos);
}

TEST_CASE("every string id the program asks for is in the table, once") {
    std::set<std::string> table;
    for (const auto& entry : ui_strings()) {
        CHECK_MESSAGE(table.insert(std::string(entry.id)).second, "twice in the table: " << entry.id);
        CHECK_MESSAGE(!entry.text.empty(), entry.id);
        CHECK_MESSAGE(!entry.note.empty(), entry.id);
    }
    // Every literal id passed to ui_text(...) anywhere in game/, and every
    // literal shaped like an id of the table ("list.play", "top.help"), which
    // catches ids chosen in a ternary or kept in a list before the lookup.
    const std::regex asked(R"re(ui_text\(\s*"([a-z0-9.-]+)")re");
    const std::regex id_like(R"re("([a-z]+)\.([a-z0-9][a-z0-9.-]*)")re");
    const std::regex file_name(R"re(\.(h|cpp|ini|png|wav|ttf|yaml|csv|sqlite|html|json|txt|desktop)$)re");
    std::set<std::string> prefixes;
    for (const auto& id : table) prefixes.insert(id.substr(0, id.find('.')));
    std::size_t found = 0;
    for (const auto& file : std::filesystem::recursive_directory_iterator(source_path("game"))) {
        if (file.path().extension() != ".cpp" && file.path().extension() != ".h") continue;
        std::ifstream in(file.path());
        std::stringstream text;
        text << in.rdbuf();
        const std::string source = text.str();
        for (std::sregex_iterator it(source.begin(), source.end(), asked), end; it != end; ++it) {
            ++found;
            CHECK_MESSAGE(table.count((*it)[1].str()), file.path().filename().string() << " asks for " << (*it)[1].str());
        }
        if (file.path().filename() == "ui_strings_en.cpp") continue;
        for (std::sregex_iterator it(source.begin(), source.end(), id_like), end; it != end; ++it) {
            const std::string id = (*it)[1].str() + "." + (*it)[2].str();
            if (!prefixes.count((*it)[1].str()) || std::regex_search(id, file_name)) continue;
            CHECK_MESSAGE(table.count(id), file.path().filename().string() << " names " << id);
        }
    }
    CHECK(found > 0);
}

TEST_CASE("placeholders are filled, and an unknown id shows as itself") {
    CHECK(ui_text("list.has-errors", {{"problem", "line 3"}}) == "This file has errors and cannot be played: line 3");
    CHECK(ui_text("no.such.id") == "no.such.id");
}

TEST_CASE("a translator's CSV replaces the interface's strings; untranslated rows keep English") {
    const auto path = scratch_path("strings-test.csv");
    {
        std::ofstream out(path, std::ios::binary);
        out << csv_row({"id", "context", "source", "translation"})
            << csv_row({"ui.list.title", "heading", "Choose a scenario", "Dewiswch senario"})
            << csv_row({"ui.list.play", "button", "Play", ""})
            << csv_row({"friend-request/title", "title", "The Friend Request", "Y Cais Ffrind"});
    }
    std::string why;
    REQUIRE_MESSAGE(load_ui_translation(path.string(), &why), why);
    CHECK(ui_text("list.title") == "Dewiswch senario");
    CHECK(ui_text("list.play") == "Play");
    clear_ui_translation();
    CHECK(ui_text("list.title") == "Choose a scenario");

    {
        std::ofstream out(path, std::ios::binary);
        out << "not,a,strings,file\r\n";
    }
    CHECK_FALSE(load_ui_translation(path.string(), &why));
    CHECK(why.find("id,context,source,translation") != std::string::npos);
    CHECK(ui_text("list.title") == "Choose a scenario");  // a bad file changes nothing
}

namespace {

// Writes `text` as a translator's CSV and tries to load it: the reason, or "" when it loaded.
std::string translation_problem(const std::string& name, const std::string& text) {
    const auto path = scratch_path(name);
    std::ofstream(path, std::ios::binary) << text;
    std::string why;
    const bool loaded = load_ui_translation(path.string(), &why);
    clear_ui_translation();
    return loaded ? "" : why.substr(path.string().size());
}

const std::string kHeader = "id,context,source,translation\r\n";

}  // namespace

TEST_CASE("a translation saved with a byte order mark loads") {
    const auto path = scratch_path("bom-strings.csv");
    std::ofstream(path, std::ios::binary) << "\xEF\xBB\xBF" << kHeader
                                          << csv_row({"ui.list.title", "heading", "Choose a scenario", "Dewiswch senario"});
    std::string why;
    REQUIRE_MESSAGE(load_ui_translation(path.string(), &why), why);
    CHECK(ui_text("list.title") == "Dewiswch senario");
    clear_ui_translation();
}

TEST_CASE("a translation that is not UTF-8, holds a control character or lacks a placeholder is refused at its line") {
    // A quoted field over two lines (2 and 3) comes first, so rows and lines differ.
    const std::string multi_line = csv_row({"ui.list.title", "heading\nsecond line", "Choose a scenario", "Dewiswch"});
    CHECK(translation_problem("latin1.csv", kHeader + multi_line + "ui.list.play,button,Play,Chwarae \xe9\r\n") ==
          ":4:34: this is not valid UTF-8 text; save the file as UTF-8 in your editor (or retype the character here)");
    CHECK(translation_problem("bell.csv", kHeader + multi_line + "ui.list.play,button,Play,Chwa\x07rae\r\n") ==
          ":4:30: the file holds an invisible control character (code 7) here; delete it");
    const std::string lacking = csv_row({"ui.list.has-errors", "list",
                                         "This file has errors and cannot be played: {problem}",
                                         "Mae gwallau yn y ffeil hon:\nni ellir ei chwarae"});
    CHECK(translation_problem("placeholder.csv", kHeader + multi_line + lacking) ==
          ":4: the translation of 'ui.list.has-errors' lacks {problem}, which the program fills in; put it back "
          "where it belongs in the sentence");
    CHECK(ui_text("list.title") == "Choose a scenario");  // nothing of a refused file is used
    // The same rows with the placeholder kept load.
    CHECK(translation_problem("kept.csv", kHeader + multi_line +
                                              csv_row({"ui.list.has-errors", "list", "x", "Mae gwallau: {problem}"})) == "");
}
