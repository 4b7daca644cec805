// What a player types to be recorded: a session code and a nickname. The
// join form, the window's --session and --player, and `run` and `check`
// all read them here, so one set of rules decides what is taken.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace secondlook {

// The session a self-guided learner's results are kept under (the window's
// and `run`'s default). Private: it is never sent to an LRS.
inline const char* const kHomeSession = "home";

// A session code as typed: spaces around it are dropped and letters made
// capitals (codes are shown in capitals; "7kq2p" is "7KQ2P"), and any
// spelling of "home" is the private home session. Nullopt, with the
// ui_text id of what to tell the player in *problem, unless it is 4 to 8
// letters and digits.
std::optional<std::string> session_code_from(std::string_view typed, std::string* problem);

// A nickname or seat number as typed, spaces around it dropped: 1 to 20
// characters of UTF-8 text with no invisible control characters (line
// breaks, tabs, text direction overrides). Nullopt, with the ui_text id of
// what to tell the player in *problem, otherwise.
std::optional<std::string> nickname_from(std::string_view typed, std::string* problem);

// The longest nickname, in characters.
inline constexpr std::size_t kMaxNicknameCharacters = 20;

}  // namespace secondlook
