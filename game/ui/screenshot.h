// Saves what the renderer has drawn this frame as a PNG.
#pragma once

#include <SDL.h>

#include <string>

namespace secondlook {

// Call after drawing and before presenting. Returns false and sets *error on failure.
bool save_screenshot(SDL_Renderer* renderer, const std::string& path, std::string* error);

// A fresh file name for the F12 key under the user's data folder.
std::string next_screenshot_path();

}  // namespace secondlook
