#include "records/row_reader.h"

#include <charconv>
#include <cstdio>

#include "core/utf8.h"

namespace secondlook {

void RowReader::fail(const std::string& problem) {
    if (problem_.empty()) problem_ = problem;
}

std::string RowReader::text(std::size_t column, const char* name) {
    const SqlValue& value = row_.at(column);
    const auto* text = std::get_if<std::string>(&value);
    if (!text) {
        fail(std::string("its ") + name + (std::holds_alternative<std::nullptr_t>(value) ? " is missing" : " is a number, not text"));
        return {};
    }
    if (text->find('\0') != std::string::npos) fail(std::string("its ") + name + " holds a NUL character");
    else if (!is_valid_utf8(*text)) fail(std::string("its ") + name + " is not valid UTF-8 text");
    return *text;
}

std::string RowReader::text_or_empty(std::size_t column, const char* name) {
    return std::holds_alternative<std::nullptr_t>(row_.at(column)) ? std::string() : text(column, name);
}

std::int64_t RowReader::number(std::size_t column, const char* name, std::int64_t low, std::int64_t high) {
    const auto* number = std::get_if<std::int64_t>(&row_.at(column));
    if (!number) {
        fail(std::string("its ") + name + ", " + printable(row_.at(column)) + ", is not a whole number");
        return 0;
    }
    if (*number < low || *number > high) {
        fail(std::string("its ") + name + ", " + std::to_string(*number) + ", is outside " + std::to_string(low) +
             " to " + std::to_string(high));
        return 0;
    }
    return *number;
}

std::optional<std::int64_t> RowReader::optional_number(std::size_t column, const char* name, std::int64_t low,
                                                      std::int64_t high) {
    if (std::holds_alternative<std::nullptr_t>(row_.at(column))) return std::nullopt;
    return number(column, name, low, high);
}

std::map<std::string, int> RowReader::points(std::size_t column) {
    const std::string kept = text(column, "points");
    std::map<std::string, int> points;
    for (std::size_t start = 0; start < kept.size();) {
        std::size_t end = kept.find(';', start);
        if (end == std::string::npos) end = kept.size();
        const std::string part = kept.substr(start, end - start);
        const std::size_t colon = part.find(':');
        long long value = 0;
        const char* digits = part.data() + (colon == std::string::npos ? part.size() : colon + 1);
        const auto parsed = std::from_chars(digits, part.data() + part.size(), value);
        if (colon == 0 || colon == std::string::npos || parsed.ec != std::errc() ||
            parsed.ptr != part.data() + part.size() || value < -kMaxRecordedPoints || value > kMaxRecordedPoints) {
            fail("its points, " + printable(kept) + ", are not OBJECTIVE:NUMBER pairs with numbers from " +
                 std::to_string(-kMaxRecordedPoints) + " to " + std::to_string(kMaxRecordedPoints));
            return {};
        }
        points[part.substr(0, colon)] += static_cast<int>(value);
        start = end + 1;
    }
    return points;
}

std::string printable(const SqlValue& value) {
    if (std::holds_alternative<std::nullptr_t>(value)) return "(none)";
    if (const auto* number = std::get_if<std::int64_t>(&value)) return std::to_string(*number);
    const std::string& text = std::get<std::string>(value);
    std::string shown = "'";
    for (std::size_t i = 0; i < text.size() && shown.size() < 80;) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0 || c < 0x20 || c == 0x7F) {
            char escaped[5];
            std::snprintf(escaped, sizeof escaped, "\\x%02X", c);
            shown += escaped;
            ++i;
        } else {
            shown.append(text, i, length);
            i += length;
        }
    }
    return shown + (shown.size() >= 80 ? "...'" : "'");
}

}  // namespace secondlook
