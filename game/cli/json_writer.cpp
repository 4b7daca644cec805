#include "cli/json_writer.h"

#include <cstdio>

#include <nlohmann/json.hpp>

namespace secondlook {

void JsonWriter::new_line(int depth) {
    if (indent_ == 0) return;
    text_ += '\n';
    text_.append(static_cast<std::size_t>(depth * indent_), ' ');
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (empty_.empty()) return;  // the outermost value
    if (!empty_.back()) text_ += ',';
    empty_.back() = false;
    new_line(depth_ + static_cast<int>(empty_.size()));
}

void JsonWriter::open(char bracket) {
    before_value();
    text_ += bracket;
    empty_.push_back(true);
}

void JsonWriter::close(char bracket) {
    const bool was_empty = empty_.back();
    empty_.pop_back();
    if (!was_empty) new_line(depth_ + static_cast<int>(empty_.size()));
    text_ += bracket;
}

void JsonWriter::key(std::string_view name) {
    before_value();
    quoted(name);
    text_ += indent_ == 0 ? ":" : ": ";
    after_key_ = true;
}

void JsonWriter::string(std::string_view value) {
    before_value();
    quoted(value);
}

void JsonWriter::quoted(std::string_view value) {
    text_ += '"';
    for (char c : value) {
        switch (c) {
            case '"': text_ += "\\\""; break;
            case '\\': text_ += "\\\\"; break;
            case '\b': text_ += "\\b"; break;
            case '\t': text_ += "\\t"; break;
            case '\n': text_ += "\\n"; break;
            case '\f': text_ += "\\f"; break;
            case '\r': text_ += "\\r"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char escaped[7];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                    text_ += escaped;
                } else {
                    text_ += c;
                }
        }
    }
    text_ += '"';
}

void JsonWriter::number(std::int64_t value) {
    before_value();
    text_ += std::to_string(value);
}

void JsonWriter::real(double value) {
    before_value();
    text_ += nlohmann::json(value).dump();  // nlohmann's own shortest form, so the text stays the same
}

void JsonWriter::boolean(bool value) {
    before_value();
    text_ += value ? "true" : "false";
}

}  // namespace secondlook
