// Images loaded from disk as renderer textures, for screens that show a
// picture (the evidence locker's screenshots). Each file loads once.
#pragma once

#include <SDL.h>
#include <imgui.h>

#include <map>
#include <string>

namespace secondlook {

class ImageCache {
public:
    explicit ImageCache(SDL_Renderer* renderer) : renderer_(renderer) {}
    ~ImageCache();
    ImageCache(const ImageCache&) = delete;
    ImageCache& operator=(const ImageCache&) = delete;

    // The texture for `path` and its size, or null when it cannot be read.
    ImTextureID texture(const std::string& path, ImVec2* size);

private:
    struct Entry {
        SDL_Texture* texture = nullptr;
        ImVec2 size;
    };
    SDL_Renderer* renderer_;
    std::map<std::string, Entry> entries_;
};

}  // namespace secondlook
