#include "ui/image_files.h"

#include "core/text_file.h"
#include "ui/sdl_image.h"

namespace secondlook {

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
