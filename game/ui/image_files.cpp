#include "ui/image_files.h"

#include <SDL_image.h>

#include "app/shared_library.h"

namespace secondlook {
namespace {

// SDL2_image's functions; the types come from <SDL_image.h>, so calls are
// checked as usual. Its errors are SDL's own (IMG_GetError is SDL_GetError).
struct SdlImage {
    SdlImage() : library("libSDL2_image-2.0.so.0") {
        library.find(load_texture, "IMG_LoadTexture");
        library.find(save_png, "IMG_SavePNG");
    }

    SharedLibrary library;
    decltype(&IMG_LoadTexture) load_texture = nullptr;
    decltype(&IMG_SavePNG) save_png = nullptr;
};

// Opened on first use, on the window's thread, and kept until exit.
const SdlImage* sdl_image(std::string* error) {
    static const SdlImage library;
    if (library.library.loaded()) return &library;
    *error = "cannot open SDL2_image for pictures (install libsdl2-image-2.0-0): " + library.library.error();
    return nullptr;
}

}  // namespace

SDL_Texture* load_image_texture(SDL_Renderer* renderer, const std::string& path, std::string* error) {
    const SdlImage* image = sdl_image(error);
    if (!image) return nullptr;
    SDL_Texture* texture = image->load_texture(renderer, path.c_str());
    if (!texture) *error = SDL_GetError();
    return texture;
}

bool save_png(SDL_Surface* surface, const std::string& path, std::string* error) {
    const SdlImage* image = sdl_image(error);
    if (!image) return false;
    if (image->save_png(surface, path.c_str()) == 0) return true;
    *error = SDL_GetError();
    return false;
}

}  // namespace secondlook
