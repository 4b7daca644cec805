// The browser page's LibraryLoader: no threads there, so start() loads the
// library there and then. The window asks after its first frame is shown, so
// the content note is still on screen first.
#include "ui/library_loader.h"

namespace secondlook {

struct LibraryLoader::Loading {
    bool started = false;
    std::optional<Library> library;
};

LibraryLoader::LibraryLoader() : loading_(std::make_unique<Loading>()) {}
LibraryLoader::~LibraryLoader() = default;

void LibraryLoader::start() {
    if (loading_->started) return;
    loading_->started = true;
    loading_->library = Library{load_catalogue(), load_knowledge_check()};
}

std::optional<Library> LibraryLoader::take(bool) {
    std::optional<Library> library = std::move(loading_->library);
    loading_->library.reset();
    return library;
}

}  // namespace secondlook
