// Reading a file the user named (a scenario, a question set, the support
// contacts, the settings, a translation) whole into memory, as every loader
// does before parsing. Every such read goes through here, so each one is
// checked before a byte is read: only a plain file (a named pipe would block
// and a device such as /dev/zero never ends), its size from the open file
// itself, and a read that stops at the limit however the file grows.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "diagnostics.h"

namespace secondlook {

struct FileRules {
    std::size_t max_bytes;
    // A scenario folder may hold only its own files: a link in it (or in a
    // folder the author shares) must not make the program read files elsewhere.
    bool stay_in_folder = false;
};

struct FileRead {
    std::optional<std::string> text;  // the file's bytes, when it passed
    // Otherwise what is wrong and what to do, e.g. "this is a named pipe, not
    // a file, so it is not read; give the path of a file".
    std::string problem;
    bool unopened = false;  // it could not be opened at all
    bool missing = false;   // because it does not exist (callers may take that as "use defaults")
};

FileRead read_text_file(const std::string& path, const FileRules& rules);

// The same, reporting a problem as an error on `path`.
std::optional<std::string> read_text_file(const std::string& path, const FileRules& rules,
                                          Diagnostics& diagnostics);

// Writes `bytes` to a temporary file beside `path`, flushed to the disk, then
// renames it over `path`: a full disk or a crash leaves the old file (or
// none), never half a new one. False, with what went wrong in *why.
bool replace_file(const std::string& path, std::string_view bytes, std::string* why);

}  // namespace secondlook
