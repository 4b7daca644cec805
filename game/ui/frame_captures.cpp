#include "ui/frame_captures.h"

#include <filesystem>
#include <iostream>

#include "ui/screenshot.h"

namespace secondlook {

void save_evidence_capture(GameState& state, SDL_Renderer* renderer) {
    auto capture = state.pending_capture();
    if (!capture) return;
    std::error_code ignored;
    state.capture_saved(*capture);
    std::string path = state.capture_path(*capture), why;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ignored);
    if (!save_screenshot(renderer, path, &why)) {
        state.capture_lost(*capture);
        std::cerr << "secondlook: cannot save evidence screenshot " << path << ": " << why
                  << "; the locker does not count it\n";
    }
}

bool save_requested_screenshot(SDL_Renderer* renderer, const std::string& path) {
    std::string why;
    if (save_screenshot(renderer, path, &why)) return true;
    std::cerr << "secondlook: cannot save the screenshot to " << path << ": " << why << '\n';
    return false;
}

void save_numbered_screenshot(SDL_Renderer* renderer, const std::string& stem, int number) {
    std::string why;
    if (!save_screenshot(renderer, stem + "-" + std::to_string(number) + ".png", &why))
        std::cerr << "secondlook: cannot save the screenshot: " << why << '\n';
}

void save_player_screenshot(SDL_Renderer* renderer) {
    std::string path = next_screenshot_path(), why;
    if (save_screenshot(renderer, path, &why))
        std::cout << "secondlook: screenshot saved to " << path << '\n';
    else
        std::cerr << "secondlook: cannot save the screenshot: " << why << '\n';
}

}  // namespace secondlook
