#include "audio/audio_player.h"

#include <SDL.h>
#include <SDL_mixer.h>

#include <algorithm>
#include <cstring>

namespace secondlook {

namespace {

// Each cue owns the mixer channel numbered after it, so playing() and stop()
// refer to exactly that sound and a new ping can never cut off the ringtone.
int channel_of(SoundCue cue) { return static_cast<int>(cue); }
int speech_channel() { return static_cast<int>(all_cues().size()); }

void set_reason(std::string* why, const std::string& text) {
    if (why) *why = text;
}

}  // namespace

AudioPlayer::~AudioPlayer() { close(); }

bool AudioPlayer::open(const std::string& sounds_dir, std::string* why) {
    close();
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        set_reason(why, std::string("no audio: ") + SDL_GetError());
        return false;
    }
    // The device runs in the format every cue and espeak-ng's speech are made
    // in (16-bit mono, 22050 Hz), so the sounds load as they are: resampling
    // to 44100 Hz took a fifth of the start-up, and copying mono to stereo
    // held 2.2 MB more (SDL_mixer keeps its whole conversion buffer, four
    // times the sound). Nothing is panned, so the speakers get the same sound:
    // SDL or the sound server gives a mono stream to both sides at full level.
    // 512-frame buffers keep a ping within ~25 ms of the message it marks.
    constexpr int kSoundsRate = 22050;
    if (Mix_OpenAudio(kSoundsRate, MIX_DEFAULT_FORMAT, 1, 512) != 0) {
        set_reason(why, std::string("cannot open the audio device: ") + Mix_GetError());
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return false;
    }
    device_ = true;

    const std::vector<SoundCue> cues = all_cues();
    const int count = static_cast<int>(cues.size());
    Mix_AllocateChannels(count + 1);  // and one for read aloud
    // Reserved so that any other code playing on "the first free channel"
    // cannot take over a cue's channel.
    Mix_ReserveChannels(count + 1);

    chunks_.assign(cues.size(), nullptr);
    for (SoundCue cue : cues) {
        const std::string path = sounds_dir + "/" + cue_file_name(cue);
        // Opened separately so a missing file is reported as missing, not as
        // Mix_LoadWAV's "NULL src".
        SDL_RWops* file = SDL_RWFromFile(path.c_str(), "rb");
        Mix_Chunk* chunk = file ? Mix_LoadWAV_RW(file, 1) : nullptr;
        if (!chunk) {
            set_reason(why, "cannot load sound " + path + ": " + (file ? Mix_GetError() : SDL_GetError()));
            close();
            return false;
        }
        // A device that is stereo or another rate after all makes SDL_mixer
        // convert, and keep the conversion buffer at four times the sound's
        // size; the tail past the converted sound is given back.
        if (chunk->allocated)
            if (auto* fitted = static_cast<Uint8*>(SDL_realloc(chunk->abuf, chunk->alen))) chunk->abuf = fitted;
        chunks_[channel_of(cue)] = chunk;
    }
    open_ = true;
    apply_volume();
    return true;
}

void AudioPlayer::close() {
    if (device_) Mix_HaltChannel(-1);  // a chunk must not be freed while it plays
    stop_speech();
    for (Mix_Chunk* chunk : chunks_) {
        if (chunk) Mix_FreeChunk(chunk);
    }
    chunks_.clear();
    if (device_) {
        Mix_CloseAudio();
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
    }
    device_ = false;
    open_ = false;
}

void AudioPlayer::play(SoundCue cue) {
    if (!open_) return;
    const int channel = channel_of(cue);
    if (cue_loops(cue)) {
        if (Mix_Playing(channel)) return;  // restarting would make the loop stutter
        Mix_PlayChannel(channel, chunks_[channel], -1);
    } else {
        Mix_PlayChannel(channel, chunks_[channel], 0);
    }
}

void AudioPlayer::stop(SoundCue cue) {
    if (open_) Mix_HaltChannel(channel_of(cue));
}

void AudioPlayer::stop_all() {
    if (open_) Mix_HaltChannel(-1);
}

void AudioPlayer::set_volume(int percent) {
    volume_ = std::clamp(percent, 0, 100);
    apply_volume();
}

void AudioPlayer::set_muted(bool muted) {
    muted_ = muted;
    apply_volume();
}

// Muting sets the volume to zero rather than stopping, so a ringtone or
// countdown bed carries on in time and is heard again on unmute.
void AudioPlayer::apply_volume() {
    if (!open_) return;
    Mix_Volume(-1, muted_ ? 0 : volume_ * MIX_MAX_VOLUME / 100);
    Mix_Volume(speech_channel(), volume_ * MIX_MAX_VOLUME / 100);
}

void AudioPlayer::play_speech(const std::vector<std::int16_t>& mono, int sample_rate) {
    if (!open_ || mono.empty()) return;
    stop_speech();
    int frequency = 0, channels = 0;
    Uint16 format = 0;
    Mix_QuerySpec(&frequency, &format, &channels);
    SDL_AudioCVT convert;
    if (SDL_BuildAudioCVT(&convert, AUDIO_S16SYS, 1, sample_rate, format, static_cast<Uint8>(channels), frequency) < 0)
        return;
    const int bytes = static_cast<int>(mono.size() * sizeof(std::int16_t));
    speech_samples_.assign(static_cast<std::size_t>(bytes) * std::max(1, convert.len_mult), 0);
    std::memcpy(speech_samples_.data(), mono.data(), bytes);
    convert.buf = speech_samples_.data();
    convert.len = bytes;
    if (convert.needed && SDL_ConvertAudio(&convert) != 0) return;
    const int converted = convert.needed ? convert.len_cvt : bytes;
    speech_ = Mix_QuickLoad_RAW(speech_samples_.data(), static_cast<Uint32>(converted));
    if (speech_) Mix_PlayChannel(speech_channel(), speech_, 0);
}

void AudioPlayer::stop_speech() {
    if (!device_ || !speech_) return;
    Mix_HaltChannel(speech_channel());  // before the samples under it are freed
    Mix_FreeChunk(speech_);
    speech_ = nullptr;
}

bool AudioPlayer::speaking() const { return open_ && speech_ && Mix_Playing(speech_channel()) != 0; }

bool AudioPlayer::loaded(SoundCue cue) const {
    return open_ && chunks_[channel_of(cue)] != nullptr;
}

bool AudioPlayer::playing(SoundCue cue) const {
    return open_ && Mix_Playing(channel_of(cue)) != 0;
}

}  // namespace secondlook
