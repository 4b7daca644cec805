#include "screenshot.h"

#include "app/resource_paths.h"
#include "ui/image_files.h"

#include <cstdlib>
#include <ctime>
#include <filesystem>

namespace secondlook {

bool save_screenshot(SDL_Renderer* renderer, const std::string& path, std::string* error) {
    int width = 0, height = 0;
    if (SDL_GetRendererOutputSize(renderer, &width, &height) != 0) {
        *error = SDL_GetError();
        return false;
    }
    SDL_Surface* surface = SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_RGBA32);
    if (!surface) {
        *error = SDL_GetError();
        return false;
    }
    bool saved = SDL_RenderReadPixels(renderer, nullptr, SDL_PIXELFORMAT_RGBA32, surface->pixels, surface->pitch) == 0;
    if (!saved) *error = SDL_GetError();
    saved = saved && save_png(surface, path, error);
    SDL_FreeSurface(surface);
    return saved;
}

std::string next_screenshot_path() {
    namespace fs = std::filesystem;
    fs::path folder = fs::path(user_data_directory()) / "screenshots";
    std::error_code ignored;
    fs::create_directories(folder, ignored);
    char stamp[32];
    std::time_t now = std::time(nullptr);
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::localtime(&now));
    return (folder / (std::string("secondlook-") + stamp + ".png")).string();
}

}  // namespace secondlook
