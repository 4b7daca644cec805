#include "audio/speech.h"

#include <espeak-ng/espeak_ng.h>

#include "app/shared_library.h"
#include "audio/audio_player.h"

namespace secondlook {
namespace {

// espeak-ng's functions, from libespeak-ng.so.1 opened the first time read
// aloud starts (see app/shared_library.h for why it is not linked). The
// types come from <espeak-ng/espeak_ng.h>, so calls are checked as usual.
struct Espeak {
    Espeak() : library("libespeak-ng.so.1") {
        library.find(initialize_path, "espeak_ng_InitializePath");
        library.find(initialize, "espeak_ng_Initialize");
        library.find(initialize_output, "espeak_ng_InitializeOutput");
        library.find(set_voice_by_name, "espeak_ng_SetVoiceByName");
        library.find(clear_error_context, "espeak_ng_ClearErrorContext");
        library.find(status_code_message, "espeak_ng_GetStatusCodeMessage");
        library.find(sample_rate, "espeak_ng_GetSampleRate");
        library.find(set_synth_callback, "espeak_SetSynthCallback");
        library.find(synthesize, "espeak_ng_Synthesize");
        library.find(terminate, "espeak_ng_Terminate");
    }

    SharedLibrary library;
    decltype(&espeak_ng_InitializePath) initialize_path = nullptr;
    decltype(&espeak_ng_Initialize) initialize = nullptr;
    decltype(&espeak_ng_InitializeOutput) initialize_output = nullptr;
    decltype(&espeak_ng_SetVoiceByName) set_voice_by_name = nullptr;
    decltype(&espeak_ng_ClearErrorContext) clear_error_context = nullptr;
    decltype(&espeak_ng_GetStatusCodeMessage) status_code_message = nullptr;
    decltype(&espeak_ng_GetSampleRate) sample_rate = nullptr;
    decltype(&espeak_SetSynthCallback) set_synth_callback = nullptr;
    decltype(&espeak_ng_Synthesize) synthesize = nullptr;
    decltype(&espeak_ng_Terminate) terminate = nullptr;
};

const Espeak& espeak() {
    static const Espeak library;  // opened on first use, kept until exit
    return library;
}

// espeak-ng's callback is global; only the worker thread synthesises, so
// one slot says where the samples go and whether to stop early.
struct Target {
    std::vector<std::int16_t>* samples = nullptr;
    const unsigned* generation = nullptr;
    unsigned wanted = 0;
    std::mutex* mutex = nullptr;
};
Target target;

int collect(short* wav, int count, espeak_EVENT*) {
    if (wav && count > 0) target.samples->insert(target.samples->end(), wav, wav + count);
    std::lock_guard<std::mutex> lock(*target.mutex);
    return *target.generation != target.wanted ? 1 : 0;  // 1: interrupted, stop
}

std::string status_text(espeak_ng_STATUS status) {
    char message[512] = {};
    espeak().status_code_message(status, message, sizeof message);
    return message;
}

}  // namespace

Speech::~Speech() {
    if (!worker_.joinable()) return;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        quitting_ = true;
        ++generation_;
    }
    wake_.notify_all();
    worker_.join();
    audio_.stop_speech();
    espeak().terminate();
}

bool Speech::start(std::string* why) {
    if (available()) return true;
    if (!audio_.is_open()) {
        *why = "no sound device, so nothing can be spoken";
        return false;
    }
    const Espeak& api = espeak();
    if (!api.library.loaded()) {
        *why = "cannot load espeak-ng (" + api.library.soname() + "): " + api.library.error() +
               "; install libespeak-ng1";
        return false;
    }
    api.initialize_path(nullptr);
    espeak_ng_ERROR_CONTEXT context = nullptr;
    espeak_ng_STATUS status = api.initialize(&context);
    if (status == ENS_OK) status = api.initialize_output(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
    if (status == ENS_OK && api.set_voice_by_name("en-gb") != ENS_OK) status = api.set_voice_by_name("en");
    if (status != ENS_OK) {
        *why = "espeak-ng cannot start (" + status_text(status) + "); install espeak-ng-data";
        api.clear_error_context(&context);
        return false;
    }
    sample_rate_ = api.sample_rate();
    api.set_synth_callback(collect);
    worker_ = std::thread([this] { work(); });
    return true;
}

bool Speech::available() const { return worker_.joinable(); }

void Speech::work() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (true) {
        wake_.wait(lock, [&] { return quitting_ || !to_speak_.empty(); });
        if (quitting_) return;
        const std::string text = to_speak_.front();
        to_speak_.pop_front();
        const unsigned generation = generation_;
        synthesising_ = true;
        lock.unlock();
        std::vector<std::int16_t> samples;
        target = {&samples, &generation_, generation, &mutex_};
        espeak().synthesize(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
        lock.lock();
        synthesising_ = false;
        if (generation == generation_ && !samples.empty()) ready_.push_back(std::move(samples));
    }
}

void Speech::say(const std::string& text, bool interrupt) {
    if (!available() || text.empty()) return;
    if (interrupt) stop();
    {
        std::lock_guard<std::mutex> lock(mutex_);
        to_speak_.push_back(text);
    }
    wake_.notify_one();
}

void Speech::stop() {
    if (!available()) return;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        to_speak_.clear();
        ready_.clear();
        ++generation_;
    }
    audio_.stop_speech();
}

void Speech::update() {
    if (!available() || audio_.speaking()) return;
    std::vector<std::int16_t> next;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (ready_.empty()) return;
        next = std::move(ready_.front());
        ready_.pop_front();
    }
    audio_.play_speech(next, sample_rate_);
}

bool Speech::busy() const {
    if (!available()) return false;
    std::lock_guard<std::mutex> lock(mutex_);
    return synthesising_ || !to_speak_.empty() || !ready_.empty() || audio_.speaking();
}

}  // namespace secondlook
