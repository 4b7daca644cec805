#include "ui/image_cache.h"

#include <iostream>

#include "ui/image_files.h"

namespace secondlook {

ImageCache::~ImageCache() {
    for (auto& [path, entry] : entries_)
        if (entry.texture) SDL_DestroyTexture(entry.texture);
}

ImTextureID ImageCache::texture(const std::string& path, ImVec2* size) {
    auto found = entries_.find(path);
    if (found == entries_.end()) {
        Entry entry;
        std::string why;
        entry.texture = load_image_texture(renderer_, path, &why);
        if (!entry.texture) std::cerr << "secondlook: cannot show " << path << ": " << why << '\n';
        int width = 0, height = 0;
        if (entry.texture) SDL_QueryTexture(entry.texture, nullptr, nullptr, &width, &height);
        entry.size = ImVec2(static_cast<float>(width), static_cast<float>(height));
        found = entries_.emplace(path, entry).first;
    }
    if (size) *size = found->second.size;
    return static_cast<ImTextureID>(found->second.texture);
}

}  // namespace secondlook
