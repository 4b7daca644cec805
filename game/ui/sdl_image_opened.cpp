#include "ui/sdl_image.h"

#include "app/shared_library.h"

namespace secondlook {
namespace {

// Its errors are SDL's own (IMG_GetError is SDL_GetError).
struct OpenedSdlImage {
    OpenedSdlImage() : library("libSDL2_image-2.0.so.0") {
        library.find(functions.load_texture, "IMG_LoadTexture");
        library.find(functions.save_png, "IMG_SavePNG_RW");
    }

    SharedLibrary library;
    SdlImage functions;
};

}  // namespace

// Opened on first use, on the window's thread, and kept until exit.
const SdlImage* sdl_image(std::string* error) {
    static const OpenedSdlImage opened;
    if (opened.library.loaded()) return &opened.functions;
    *error = "cannot open SDL2_image for pictures (install libsdl2-image-2.0-0): " + opened.library.error();
    return nullptr;
}

}  // namespace secondlook
