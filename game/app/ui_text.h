// The interface's own words (not the scenarios'), each under a stable id, so
// the program can be translated without touching code: screens ask for
// ui_text("list.title"), `secondlook strings` exports the table for
// translators, and `--language FILE` loads their translation column back.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace secondlook {

struct UiString {
    std::string_view id;
    std::string_view text;  // English, with {name} placeholders
    std::string_view note;  // for the translator: where it shows
};

// The whole English table, in the order the interface shows it.
const std::vector<UiString>& ui_strings();

// The text for `id`: its translation when one is loaded, else English. An id
// not in the table shows as itself, so a slip is visible but never a crash
// (and a test checks every id the code asks for is in the table).
const std::string& ui_text(std::string_view id);
// ui_text(id) with each {name} placeholder replaced by its value.
std::string ui_text(std::string_view id, const std::vector<std::pair<std::string_view, std::string>>& values);
// `text` with each {name} placeholder replaced by its value (for texts from
// other editable files, such as the facilitator's guide's letter).
std::string with_placeholders(std::string text, const std::vector<std::pair<std::string_view, std::string>>& values);

// Loads translations from a strings CSV (columns id,context,source,translation
// as `secondlook strings` writes them; rows with an empty translation keep
// English). False, with the reason in *error, if the file cannot be used.
bool load_ui_translation(const std::string& path, std::string* error);
// Back to English (tests use it).
void clear_ui_translation();

}  // namespace secondlook
