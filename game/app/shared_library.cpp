#include "app/shared_library.h"

#include <dlfcn.h>

namespace secondlook {

SharedLibrary::SharedLibrary(const std::string& soname) : soname_(soname) {
    // RTLD_LOCAL: the library's symbols serve only the lookups made here.
    handle_ = dlopen(soname.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle_) {
        const char* why = dlerror();
        error_ = why ? why : soname + ": cannot be opened";
    }
}

void* SharedLibrary::symbol(const char* name) {
    if (!handle_) return nullptr;
    dlerror();  // clear any earlier error, so the one read below is this lookup's
    void* found = dlsym(handle_, name);
    if (!found) {
        const std::string missing = soname_ + " has no function " + name;
        error_ += error_.empty() ? missing : "; " + missing;
    }
    return found;
}

}  // namespace secondlook
