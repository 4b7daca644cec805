// SDL2_image's two functions the window uses, with their types from
// <SDL_image.h>. The desktop opens the library on first use
// (sdl_image_opened.cpp: most windows never show a picture); the browser
// page links it (sdl_image_linked.cpp: a page cannot open libraries).
#pragma once

#include <SDL_image.h>

#include <string>

namespace secondlook {

struct SdlImage {
    decltype(&IMG_LoadTexture) load_texture = nullptr;
    decltype(&IMG_SavePNG_RW) save_png = nullptr;
};

// The functions, or nullptr with the reason in *error.
const SdlImage* sdl_image(std::string* error);

}  // namespace secondlook
