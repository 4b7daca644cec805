// Handing a file made in memory (an export of the records) to the user: one
// of the platform's small interfaces, chosen by CMake. The desktop writes
// it into a folder (file_exchange_desktop.cpp); the page offers its bytes as
// a download, which the browser saves where its downloads go
// (file_exchange_web.cpp). Screens never ask which platform they are on.
#pragma once

#include <string>

namespace secondlook {

struct FileToHand {
    std::string name;   // a plain file name, no folder: "secondlook-7KQ2.csv"
    std::string type;   // its media type: "text/csv", "application/json", "text/html"
    std::string bytes;
};

// Hands `file` over: into `folder` (made if needed) on the desktop, as a
// download in the browser (which ignores `folder`). True with *where saying
// where it went (a path, or the file name downloaded); false with *where
// saying what went wrong and what to do.
bool hand_file(const FileToHand& file, const std::string& folder, std::string* where);

}  // namespace secondlook
