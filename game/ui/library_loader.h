// Loads the scenario library and the knowledge check for the window while
// the content note is on screen. The desktop does it on a second thread; the
// browser page has only one (threads need headers a plain web host does not
// send), so there it loads at once when asked. Chosen by CMake:
// library_loader_thread.cpp or library_loader_at_once.cpp.
#pragma once

#include <memory>
#include <optional>

#include "ui/library_loading.h"

namespace secondlook {

class LibraryLoader {
public:
    LibraryLoader();
    ~LibraryLoader();
    LibraryLoader(const LibraryLoader&) = delete;
    LibraryLoader& operator=(const LibraryLoader&) = delete;

    // Begins loading the whole library (once; later calls do nothing).
    void start();
    // The loaded library, once: with `wait`, waits for it if it is still
    // loading; without, only if it is ready. Nothing when not started or
    // already taken.
    std::optional<Library> take(bool wait);

private:
    struct Loading;
    std::unique_ptr<Loading> loading_;
};

}  // namespace secondlook
