// Opens a shared library at run time by its soname and looks up its
// functions. For the libraries only one feature needs (libcurl for
// `secondlook lrs`, espeak-ng for read aloud): linking them would load them,
// and the dozens of libraries they pull in, into every start of the window,
// costing megabytes of memory that most sessions never use.
#pragma once

#include <string>

namespace secondlook {

class SharedLibrary {
public:
    // dlopen()s `soname` (like "libcurl.so.4"). When it cannot be opened,
    // loaded() is false and error() says why (in the loader's words).
    explicit SharedLibrary(const std::string& soname);
    // The library stays loaded until the program ends: the libraries opened
    // this way keep global state and threads that must not outlive their code.
    SharedLibrary(const SharedLibrary&) = delete;
    SharedLibrary& operator=(const SharedLibrary&) = delete;

    // Opened, and every function asked for by find() was there.
    bool loaded() const { return handle_ != nullptr && error_.empty(); }
    const std::string& soname() const { return soname_; }
    // Why the library or one of its functions is missing; empty when loaded().
    const std::string& error() const { return error_; }

    // Sets `function` to the library's function `name` (declared by the
    // library's own header, so the type comes from there: find(easy_init,
    // "curl_easy_init") with `decltype(&curl_easy_init) easy_init`), or to
    // nullptr, noting the missing name in error().
    template <typename Function>
    void find(Function*& function, const char* name) {
        function = reinterpret_cast<Function*>(symbol(name));
    }

private:
    void* symbol(const char* name);

    std::string soname_;
    void* handle_ = nullptr;
    std::string error_;
};

}  // namespace secondlook
