#include <doctest/doctest.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <string>

#include "core/decimal_number.h"

using namespace secondlook;

TEST_CASE("decimal numbers read as std::from_chars reads a double, finite and in range") {
    CHECK(decimal_number("1.5") == 1.5);
    CHECK(decimal_number("-.5e-2") == -0.005);
    CHECK(decimal_number("1.") == 1);
    CHECK(decimal_number("3E+2") == 300);
    CHECK(decimal_number("0.1") == 0.1);            // the nearest double, as a literal is
    CHECK(decimal_number("4e-320") == 4e-320);      // a subnormal is still a number
    CHECK(decimal_number("0e999999") == 0);         // zero is zero at any exponent
    CHECK_FALSE(decimal_number("1e309"));           // too large
    CHECK_FALSE(decimal_number("1e-400"));          // too small: would read as 0
    for (const char* refused : {"", "-", ".", "e5", "1e", "1e+", "+1", "1..2", " 1", "1 ", "0x10", "12abc",
                                "inf", "nan", "1,5"}) {
        CAPTURE(refused);
        CHECK_FALSE(decimal_number(refused));
    }
}

// Where the C++ library has std::from_chars for double (the desktop's), the
// two agree on every text: same refusals, the same double to the last bit.
#if defined(__cpp_lib_to_chars)
namespace {

// Texts around every rule: signs, points, exponents, the edges of a double.
const char* const kTexts[] = {
    "0", "-0", "7", "-3", "1.5", "1.", ".5", "-.5e-2", "00012.5", "1.e3", "1E5", "3e+2", "0.1",
    "123456789012345678901234567890", "5.0000000000000000000000000000000000001",
    "1e308", "1.7976931348623157e308", "2.5e-308", "2.2250738585072011e-308", "4e-320", "0e999999",
    "1e309", "-1e309", "1e-400", "0.0000000001e-400",
    "", "-", ".", "-.", "e5", ".e5", "1e", "1e+", "1e-", "+1", "--1", "1..2", "1.2.3", " 1", "1 ", "0x10",
    "1_000", "12abc", "inf", "-infinity", "nan", "NaN", "1,5", "\xef\xbc\x91"};

}  // namespace

TEST_CASE("decimal numbers agree with std::from_chars where the library has it") {
    for (const char* text : kTexts) {
        CAPTURE(text);
        const char* last = text + std::strlen(text);
        double expected = 0;
        const auto [end, error] = std::from_chars(text, last, expected);
        const bool accepted = error == std::errc() && end == last && text != last && std::isfinite(expected);
        const auto value = decimal_number(text);
        REQUIRE(value.has_value() == accepted);
        if (accepted) CHECK(std::memcmp(&*value, &expected, sizeof expected) == 0);
    }
}
#endif
