#include "decimal_number.h"

#include <cerrno>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <string>

namespace secondlook {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Whether text is -?(D+(.D*)?|.D+)([eE][+-]?D+)?, and whether its digits
// before the exponent are all zero.
bool is_decimal(std::string_view text, bool& mantissa_is_zero) {
    std::size_t at = 0;
    auto digits = [&](bool& all_zero) {
        const std::size_t start = at;
        for (; at < text.size() && is_digit(text[at]); ++at)
            if (text[at] != '0') all_zero = false;
        return at - start;
    };
    auto skip = [&](char a, char b) {
        if (at < text.size() && (text[at] == a || text[at] == b)) return ++at, true;
        return false;
    };
    mantissa_is_zero = true;
    skip('-', '-');
    std::size_t mantissa_digits = digits(mantissa_is_zero);
    if (skip('.', '.')) mantissa_digits += digits(mantissa_is_zero);
    if (mantissa_digits == 0) return false;
    if (skip('e', 'E')) {
        skip('+', '-');
        bool exponent_is_zero = true;
        if (digits(exponent_is_zero) == 0) return false;
    }
    return at == text.size();
}

}  // namespace

std::optional<double> decimal_number(std::string_view text) {
    bool mantissa_is_zero = true;
    if (!is_decimal(text, mantissa_is_zero)) return std::nullopt;
    // strtod reads the locale's decimal point; the text has only '.'.
    std::string copy(text);
    const char point = *std::localeconv()->decimal_point;
    if (point != '.')
        for (char& c : copy)
            if (c == '.') c = point;
    char* end = nullptr;
    const double value = std::strtod(copy.c_str(), &end);
    if (end != copy.c_str() + copy.size()) return std::nullopt;
    if (!std::isfinite(value)) return std::nullopt;        // too large
    if (value == 0 && !mantissa_is_zero) return std::nullopt;  // too small: would read as 0
    return value;
}

}  // namespace secondlook
