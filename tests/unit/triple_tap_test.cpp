#include <doctest/doctest.h>

#include "app/triple_tap.h"

using secondlook::TripleTap;

TEST_CASE("three presses within the window trigger, then counting restarts") {
    TripleTap tap(1.5);
    CHECK_FALSE(tap.press(10.0));
    CHECK_FALSE(tap.press(10.4));
    CHECK(tap.press(10.8));
    CHECK_FALSE(tap.press(11.0));
    CHECK_FALSE(tap.press(11.2));
    CHECK(tap.press(11.3));
}

TEST_CASE("presses spread out too far do not trigger") {
    TripleTap tap(1.5);
    CHECK_FALSE(tap.press(0.0));
    CHECK_FALSE(tap.press(1.0));
    CHECK_FALSE(tap.press(2.0));  // 2 s after the first: starts a new count
    CHECK_FALSE(tap.press(2.5));
    CHECK(tap.press(3.0));
}
