// Read aloud in the browser page: the browser's own speech synthesis
// (window.speechSynthesis) instead of espeak-ng, which the page does not
// have. The browser queues, speaks and plays the utterances itself, so there
// is no thread, no mixer and nothing to do once a frame. A browser without
// speech synthesis says so, as a desktop without espeak-ng does.
#include "audio/speech.h"

#include <emscripten.h>

namespace secondlook {
namespace {

EM_JS(int, web_speech_exists, (), { return typeof speechSynthesis !== 'undefined' ? 1 : 0; });

EM_JS(void, web_speech_say, (const char* text, int interrupt), {
    if (typeof speechSynthesis === 'undefined') return;
    if (interrupt) speechSynthesis.cancel();
    var utterance = new SpeechSynthesisUtterance(UTF8ToString(text));
    utterance.lang = 'en-GB';
    speechSynthesis.speak(utterance);
});

EM_JS(void, web_speech_cancel, (), {
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
});

EM_JS(int, web_speech_busy, (), {
    return typeof speechSynthesis !== 'undefined' && (speechSynthesis.speaking || speechSynthesis.pending) ? 1 : 0;
});

}  // namespace

Speech::~Speech() { stop(); }

bool Speech::start(std::string* why) {
    if (web_speech_exists()) return true;
    *why = "this browser has no speech synthesis; try another browser";
    return false;
}

bool Speech::available() const { return web_speech_exists() != 0; }

void Speech::say(const std::string& text, bool interrupt) { web_speech_say(text.c_str(), interrupt ? 1 : 0); }
void Speech::stop() { web_speech_cancel(); }
void Speech::update() {}
bool Speech::busy() const { return web_speech_busy() != 0; }
void Speech::work() {}

}  // namespace secondlook
