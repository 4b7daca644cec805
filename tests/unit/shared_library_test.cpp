// Opening a library at run time (how libcurl and espeak-ng are loaded):
// a library that is there gives working functions; a missing library or
// function is reported by name instead of crashing.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "app/shared_library.h"

using secondlook::SharedLibrary;

TEST_CASE("a library's function is found and callable through its own type") {
    SharedLibrary maths("libm.so.6");
    decltype(&::cos) cosine = nullptr;
    maths.find(cosine, "cos");
    REQUIRE_MESSAGE(maths.loaded(), maths.error());
    CHECK(maths.error().empty());
    CHECK(cosine(0.0) == doctest::Approx(1.0));
    CHECK(cosine(std::acos(-1.0)) == doctest::Approx(-1.0));
}

TEST_CASE("a library that is not installed is reported with its name") {
    SharedLibrary missing("libsecondlook-not-installed.so.7");
    decltype(&::cos) cosine = &::cos;
    missing.find(cosine, "cos");
    CHECK_FALSE(missing.loaded());
    CHECK((cosine == nullptr));
    CHECK(missing.soname() == "libsecondlook-not-installed.so.7");
    CHECK(missing.error().find("libsecondlook-not-installed.so.7") != std::string::npos);
}

TEST_CASE("a function the library lacks makes it unusable and is named") {
    SharedLibrary maths("libm.so.6");
    decltype(&::cos) cosine = nullptr;
    decltype(&::cos) no_such = &::cos;
    maths.find(cosine, "cos");
    maths.find(no_such, "secondlook_no_such_function");
    CHECK_FALSE(maths.loaded());
    CHECK((cosine != nullptr));
    CHECK((no_such == nullptr));
    CHECK(maths.error() == "libm.so.6 has no function secondlook_no_such_function");
}
