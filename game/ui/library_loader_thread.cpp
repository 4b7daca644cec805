// The desktop's LibraryLoader: a second thread, so the content note is on
// screen while the library is parsed (most of start-up).
#include "ui/library_loader.h"

#include <chrono>
#include <future>

namespace secondlook {

struct LibraryLoader::Loading {
    std::future<Library> library;
};

LibraryLoader::LibraryLoader() : loading_(std::make_unique<Loading>()) {}
LibraryLoader::~LibraryLoader() = default;

void LibraryLoader::start() {
    if (loading_->library.valid()) return;
    loading_->library = std::async(std::launch::async, [] { return Library{load_catalogue(), load_knowledge_check()}; });
}

std::optional<Library> LibraryLoader::take(bool wait) {
    if (!loading_->library.valid()) return std::nullopt;
    if (!wait && loading_->library.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return std::nullopt;
    return loading_->library.get();
}

}  // namespace secondlook
