#include "audio/speech.h"

#include <espeak-ng/espeak_ng.h>

#include "audio/audio_player.h"

namespace secondlook {
namespace {

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
    espeak_ng_GetStatusCodeMessage(status, message, sizeof message);
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
    espeak_ng_Terminate();
}

bool Speech::start(std::string* why) {
    if (available()) return true;
    if (!audio_.is_open()) {
        *why = "no sound device, so nothing can be spoken";
        return false;
    }
    espeak_ng_InitializePath(nullptr);
    espeak_ng_ERROR_CONTEXT context = nullptr;
    espeak_ng_STATUS status = espeak_ng_Initialize(&context);
    if (status == ENS_OK) status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
    if (status == ENS_OK && espeak_ng_SetVoiceByName("en-gb") != ENS_OK) status = espeak_ng_SetVoiceByName("en");
    if (status != ENS_OK) {
        *why = "espeak-ng cannot start (" + status_text(status) + "); install espeak-ng-data";
        espeak_ng_ClearErrorContext(&context);
        return false;
    }
    sample_rate_ = espeak_ng_GetSampleRate();
    espeak_SetSynthCallback(collect);
    worker_ = std::thread([this] { work(); });
    return true;
}

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
        espeak_ng_Synthesize(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
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
