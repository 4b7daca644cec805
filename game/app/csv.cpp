#include "app/csv.h"

namespace secondlook {

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string csv_row(const std::vector<std::string>& fields) {
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) line += (i ? "," : "") + csv_field(fields[i]);
    return line + "\r\n";
}

bool parse_csv(const std::string& text, std::vector<std::vector<std::string>>* rows, std::string* error,
               std::vector<int>* row_lines) {
    rows->clear();
    if (row_lines) row_lines->clear();
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, row_started = false;
    int line = 1, quote_line = 0, row_line = 1;
    auto end_row = [&] {
        row.push_back(std::move(field));
        field.clear();
        rows->push_back(std::move(row));
        row.clear();
        if (row_lines) row_lines->push_back(row_line);
        row_started = false;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                if (c == '\n') ++line;
                field += c;
            }
            continue;
        }
        row_started = true;
        if (c == '"') {
            quoted = true;
            quote_line = line;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            end_row();
            row_line = ++line;
        } else {
            field += c;
        }
    }
    if (quoted) {
        if (error) *error = "a quoted field opened on line " + std::to_string(quote_line) + " is never closed";
        return false;
    }
    if (row_started) end_row();
    return true;
}

}  // namespace secondlook
