#include "app/ui_text.h"

#include <algorithm>
#include <unordered_map>

#include "app/csv.h"
#include "core/text_check.h"
#include "core/text_file.h"

namespace secondlook {
namespace {

// Built on first use from the English table, then overlaid by a translation.
std::unordered_map<std::string, std::string>& current_texts() {
    static std::unordered_map<std::string, std::string> texts = [] {
        std::unordered_map<std::string, std::string> english;
        for (const auto& entry : ui_strings()) english.emplace(entry.id, entry.text);
        return english;
    }();
    return texts;
}

constexpr std::string_view kUiPrefix = "ui.";

// A translation of the interface and of a whole library of scenarios is a
// few hundred KB; this leaves room for many more.
constexpr FileRules kTranslationFile{8 * 1024 * 1024};

// Every {name} in an English text, braces included.
std::vector<std::string> placeholders_in(std::string_view text) {
    std::vector<std::string> found;
    for (auto open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
        const auto close = text.find('}', open);
        if (close == std::string_view::npos) break;
        found.emplace_back(text.substr(open, close - open + 1));
    }
    return found;
}

}  // namespace

const std::string& ui_text(std::string_view id) {
    auto& texts = current_texts();
    auto found = texts.find(std::string(id));
    if (found != texts.end()) return found->second;
    return texts.emplace(std::string(id), std::string(id)).first->second;
}

std::string ui_text(std::string_view id, const std::vector<std::pair<std::string_view, std::string>>& values) {
    return with_placeholders(ui_text(id), values);
}

std::string with_placeholders(std::string text, const std::vector<std::pair<std::string_view, std::string>>& values) {
    for (const auto& [name, value] : values) {
        const std::string placeholder = "{" + std::string(name) + "}";
        for (auto at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size()))
            text.replace(at, placeholder.size(), value);
    }
    return text;
}

bool load_ui_translation(const std::string& path, std::string* error) {
    auto read = read_text_file(path, kTranslationFile);
    if (!read.text) {
        *error = path + ": " + read.problem;
        return false;
    }
    std::string_view text = *read.text;
    if (text.substr(0, kUtf8ByteOrderMark.size()) == kUtf8ByteOrderMark) text.remove_prefix(kUtf8ByteOrderMark.size());
    if (const auto fault = first_text_fault(text)) {
        *error = path + ":" + std::to_string(fault->line) + ":" + std::to_string(fault->column) + ": " + fault->message();
        return false;
    }
    std::vector<std::vector<std::string>> rows;
    std::vector<int> row_lines;
    std::string why;
    if (!parse_csv(std::string(text), &rows, &why, &row_lines)) {
        *error = path + ": " + why;
        return false;
    }
    if (rows.empty() || rows[0].size() < 4 || rows[0][0] != "id" || rows[0][3] != "translation") {
        *error = path + ":1: the first line must be id,context,source,translation (as 'secondlook strings' writes it)";
        return false;
    }
    // Checked whole before any of it is used, so a bad file leaves English in place.
    std::unordered_map<std::string, std::string> translated;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const auto& row = rows[i];
        // Scenario lines share the file; only the interface's own rows apply here.
        if (row.size() < 4 || row[3].empty() || row[0].compare(0, kUiPrefix.size(), kUiPrefix) != 0) continue;
        const std::string id = row[0].substr(kUiPrefix.size());
        const auto english = std::find_if(ui_strings().begin(), ui_strings().end(),
                                          [&](const UiString& entry) { return entry.id == id; });
        if (english == ui_strings().end()) continue;
        for (const auto& placeholder : placeholders_in(english->text))
            if (row[3].find(placeholder) == std::string::npos) {
                *error = path + ":" + std::to_string(row_lines[i]) + ": the translation of '" + row[0] + "' lacks " +
                         placeholder + ", which the program fills in; put it back where it belongs in the sentence";
                return false;
            }
        translated[id] = row[3];
    }
    clear_ui_translation();
    for (auto& [id, text_of_id] : translated) current_texts()[id] = std::move(text_of_id);
    return true;
}

void clear_ui_translation() {
    auto& texts = current_texts();
    texts.clear();
    for (const auto& entry : ui_strings()) texts.emplace(entry.id, entry.text);
}

}  // namespace secondlook
