#include "cli/xapi_checks.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace secondlook {
namespace {

// Whether `text` matches `shape`, where in the shape 'h' stands for a hex
// digit, '9' for a decimal digit and any other character for itself.
bool has_shape(std::string_view text, std::string_view shape) {
    if (text.size() != shape.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool ok = shape[i] == 'h'   ? std::isxdigit(static_cast<unsigned char>(c)) != 0
                        : shape[i] == '9' ? std::isdigit(static_cast<unsigned char>(c)) != 0
                                          : c == shape[i];
        if (!ok) return false;
    }
    return true;
}

}  // namespace

std::string uuid_problem(const std::string& what, const std::string& text) {
    return has_shape(text, "hhhhhhhh-hhhh-hhhh-hhhh-hhhhhhhhhhhh") ? "" : "its " + what + " is not a UUID";
}

std::string time_problem(const std::string& text) {
    const bool iso = has_shape(text, "9999-99-99T99:99:99Z") || has_shape(text, "9999-99-99T99:99:99.999Z");
    return iso ? "" : "its time is not an ISO 8601 time";
}

std::string iri_part_problem(const std::string& what, const std::string& text) {
    const bool bad = text.empty() || std::any_of(text.begin(), text.end(), [](char c) {
                         const auto byte = static_cast<unsigned char>(c);
                         return byte <= 0x20 || byte == 0x7F || std::string_view("<>\"{}|\\^`").find(c) != std::string_view::npos;
                     });
    return bad ? "its " + what + " cannot be part of a web address (IRI)" : "";
}

std::string first_problem(std::initializer_list<std::string> problems) {
    for (const auto& problem : problems)
        if (!problem.empty()) return problem;
    return "";
}

}  // namespace secondlook
