// PNG files in and out of the renderer, through SDL2_image opened the first
// time a picture is saved or shown (see app/shared_library.h for why it is
// not linked): it and the codecs it pulls in (PNG, JPEG, TIFF, WebP, ...)
// cost 0.7 MB of memory in every start, and only screenshots need them.
#pragma once

#include <SDL.h>

#include <string>

namespace secondlook {

// The image at `path` as a texture of `renderer`, or null with *error set.
SDL_Texture* load_image_texture(SDL_Renderer* renderer, const std::string& path, std::string* error);

// Writes `surface` to `path` as a PNG, through a temporary file renamed into
// place, so a full disk leaves no half picture. False, with *error set
// (saying the disk may be full), when it cannot.
bool save_png(SDL_Surface* surface, const std::string& path, std::string* error);

}  // namespace secondlook
