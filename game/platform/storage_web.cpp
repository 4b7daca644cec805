// The page's storage: files under /data, a folder emscripten's IDBFS keeps
// in the browser's IndexedDB for this site. web/storage.js mounts it and
// loads what an earlier visit stored before main() runs; persist() copies
// the changed files back (FS.syncfs), which the browser completes later.
// Copies never overlap: one asked for while another runs follows it.
#include "platform/storage.h"

#include <emscripten.h>

#include "app/resource_paths.h"

namespace secondlook::storage {
namespace {

const char* const kFolder = "/data";  // the IDBFS mount (web/storage.js)

}  // namespace

std::string records_path() { return std::string(kFolder) + "/records.sqlite"; }
std::string settings_path() { return std::string(kFolder) + "/settings.ini"; }
std::string new_session_folder() { return secondlook::new_session_folder(kFolder); }
std::string exports_folder() { return ""; }  // offered as downloads (file_exchange_web.cpp)

namespace {

// Text web/storage.js keeps in Module.secondlookStorage (`field`).
std::string storage_text(const std::string& field) {
    const std::string script = "Module.secondlookStorage." + field + " || ''";
    return emscripten_run_script_string(script.c_str());
}

}  // namespace

std::string problem() { return storage_text("loadError"); }

void persist() { EM_ASM(Module.secondlookPersist();); }

Persisted persisted(std::string* why) {
    const int state = EM_ASM_INT({
        var s = Module.secondlookStorage;
        return s.running || s.again ? 1 : s.saveError ? 2 : 0;
    });
    if (state == 1) return Persisted::Pending;
    if (state == 0) return Persisted::Done;
    if (why) *why = storage_text("saveError");
    return Persisted::Failed;
}

}  // namespace secondlook::storage
