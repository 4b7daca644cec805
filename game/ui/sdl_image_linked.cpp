#include "ui/sdl_image.h"

namespace secondlook {

const SdlImage* sdl_image(std::string*) {
    static const SdlImage linked{&IMG_LoadTexture, &IMG_SavePNG_RW};
    return &linked;
}

}  // namespace secondlook
