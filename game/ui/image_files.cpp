#include "ui/image_files.h"

#include <SDL_image.h>

#include "app/shared_library.h"
#include "core/text_file.h"

namespace secondlook {
namespace {

// SDL2_image's functions; the types come from <SDL_image.h>, so calls are
// checked as usual. Its errors are SDL's own (IMG_GetError is SDL_GetError).
struct SdlImage {
    SdlImage() : library("libSDL2_image-2.0.so.0") {
        library.find(load_texture, "IMG_LoadTexture");
        library.find(save_png, "IMG_SavePNG_RW");
    }

    SharedLibrary library;
    decltype(&IMG_LoadTexture) load_texture = nullptr;
    decltype(&IMG_SavePNG_RW) save_png = nullptr;
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
    // Encoded in memory, then written whole by replace_file: SDL_image
    // writing to the file itself leaves half a picture when the disk fills.
    std::string bytes;
    SDL_RWops* memory = SDL_AllocRW();
    if (!memory) {
        *error = SDL_GetError();
        return false;
    }
    memory->type = SDL_RWOPS_UNKNOWN;
    memory->hidden.unknown.data1 = &bytes;
    memory->size = [](SDL_RWops*) -> Sint64 { return -1; };
    memory->seek = [](SDL_RWops*, Sint64, int) -> Sint64 { return -1; };
    memory->read = [](SDL_RWops*, void*, size_t, size_t) -> size_t { return 0; };
    memory->write = [](SDL_RWops* context, const void* data, size_t size, size_t count) -> size_t {
        static_cast<std::string*>(context->hidden.unknown.data1)->append(static_cast<const char*>(data), size * count);
        return count;
    };
    memory->close = [](SDL_RWops* context) -> int {
        SDL_FreeRW(context);
        return 0;
    };
    if (image->save_png(surface, memory, 1) != 0) {
        *error = SDL_GetError();
        return false;
    }
    return replace_file(path, bytes, error);
}

}  // namespace secondlook
