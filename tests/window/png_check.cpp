// png_check FILE WIDTH HEIGHT: exits 0 when FILE is a PNG of that size that
// shows something (many distinct colours), 1 otherwise, saying why.
#include <SDL.h>
#include <SDL_image.h>

#include <cstdio>
#include <cstdlib>
#include <set>

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: png_check FILE WIDTH HEIGHT\n");
        return 2;
    }
    const int want_w = std::atoi(argv[2]), want_h = std::atoi(argv[3]);
    SDL_Surface* loaded = IMG_Load(argv[1]);
    if (!loaded) {
        std::fprintf(stderr, "png_check: %s is not a readable image: %s\n", argv[1], IMG_GetError());
        return 1;
    }
    SDL_Surface* image = SDL_ConvertSurfaceFormat(loaded, SDL_PIXELFORMAT_RGBA32, 0);
    SDL_FreeSurface(loaded);
    int status = 0;
    if (image->w != want_w || image->h != want_h) {
        std::fprintf(stderr, "png_check: %s is %dx%d, expected %dx%d\n", argv[1], image->w, image->h, want_w, want_h);
        status = 1;
    }
    std::set<Uint32> colours;
    for (int y = 0; y < image->h; y += 2) {
        const Uint32* row = reinterpret_cast<const Uint32*>(static_cast<const Uint8*>(image->pixels) + y * image->pitch);
        for (int x = 0; x < image->w; x += 2) colours.insert(row[x]);
    }
    // Text is anti-aliased, so a real screen has hundreds of shades; a blank
    // or single-colour frame has a handful.
    if (colours.size() < 64) {
        std::fprintf(stderr, "png_check: %s looks blank (%zu colours)\n", argv[1], colours.size());
        status = 1;
    }
    SDL_FreeSurface(image);
    if (status == 0) std::printf("png_check: %s ok (%dx%d, %zu colours)\n", argv[1], want_w, want_h, colours.size());
    return status;
}
