// A finite decimal number read from the whole of a text, the way
// std::from_chars reads a double (C locale, an optional '-', digits with an
// optional point, an optional exponent; no '+', spaces or hexadecimal), for
// every C++ library: the browser build's (emscripten 3.1.6's libc++) has no
// std::from_chars for double. A number too large for a double, or so small
// that it would round to zero, is refused, as std::from_chars refuses it.
#pragma once

#include <optional>
#include <string_view>

namespace secondlook {

std::optional<double> decimal_number(std::string_view text);

}  // namespace secondlook
