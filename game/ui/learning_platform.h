// The learning platform (an LMS) the page was launched from, when it was:
// a SCORM or cmi5 package made by tools/package-lms. The platform asks for
// one scenario of one track and may hand back where the learner stopped;
// it is told how the play goes and how it ended (web/learning_platform.js
// speaks the platform's protocol). Outside a platform, and always on the
// desktop, there is none: nothing is asked and nothing is told.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace secondlook {

class GameState;

struct PlatformLaunch {
    std::string scenario_file;          // the scenario the package's activity plays
    std::string track;                  // its audience track
    std::vector<std::string> resume;    // the ids played before the learner left, to carry on
};

// What the page was launched for; nullopt when it was not launched as a
// package's activity (no scenario in its address).
std::optional<PlatformLaunch> platform_launch();

// After each frame: tells the platform what changed in the play under way
// (the ids played, so it can be carried on; the score once it ended).
void tell_platform(const GameState& state);

}  // namespace secondlook
