// The page hands a file over as a download: its bytes in a Blob, and a
// link to it with the download attribute, clicked. The browser saves it
// where its downloads go (or asks where, as the user has set it).
#include "platform/file_exchange.h"

#include <emscripten.h>

namespace secondlook {

bool hand_file(const FileToHand& file, const std::string&, std::string* where) {
    const int offered = EM_ASM_INT({
        try {
            var bytes = HEAPU8.slice($0, $0 + $1);
            var url = URL.createObjectURL(new Blob([bytes], { type: UTF8ToString($3) }));
            var link = document.createElement('a');
            link.href = url;
            link.download = UTF8ToString($2);
            document.body.appendChild(link);
            link.click();
            link.remove();
            // The download has taken its copy once the click is handled.
            setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
            return 1;
        } catch (error) {
            return 0;
        }
    }, file.bytes.data(), file.bytes.size(), file.name.c_str(), file.type.c_str());
    *where = offered ? file.name : "this browser would not offer the download; try another browser";
    return offered != 0;
}

}  // namespace secondlook
