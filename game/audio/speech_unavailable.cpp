// Read aloud in the browser page: not there yet (the browser's own speech
// synthesis is to replace espeak-ng). Switching it on says so, as a desktop
// without espeak-ng does; the captions and the screens are unchanged.
#include "audio/speech.h"

namespace secondlook {

Speech::~Speech() = default;

bool Speech::start(std::string* why) {
    *why = "read aloud is not yet available in the browser version";
    return false;
}

void Speech::say(const std::string&, bool) {}
void Speech::stop() {}
void Speech::update() {}
bool Speech::busy() const { return false; }
void Speech::work() {}

}  // namespace secondlook
