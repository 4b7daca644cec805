// Saving the drawn frame as pictures: the evidence screenshots a play asks
// for, the player's own screenshot key, and the screenshots of test runs.
// Each says on stderr (or stdout) what became of it.
#pragma once

#include <SDL.h>

#include <string>

#include "ui/game_state.h"

namespace secondlook {

// An evidence screenshot the play is waiting for: a real image of the
// screen, kept in this play's session folder for the locker. When it cannot
// be saved the locker does not count it.
void save_evidence_capture(GameState& state, SDL_Renderer* renderer);
// --screenshot: the frame to `path`. False (said on stderr) when it cannot be saved.
bool save_requested_screenshot(SDL_Renderer* renderer, const std::string& path);
// --layout-report with --screenshot: STEM-NUMBER.png beside the report.
void save_numbered_screenshot(SDL_Renderer* renderer, const std::string& stem, int number);
// The player's screenshot key: a new file in their data folder.
void save_player_screenshot(SDL_Renderer* renderer);

}  // namespace secondlook
