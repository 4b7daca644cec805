# SDL2_mixer with WAV only: every sound in assets/sounds is a .wav, so no
# decoder library is built or linked.
package=libsdl2-mixer
needs=(sdl2)
build() {
  emcmake cmake -S "$src" -B "$work" -DCMAKE_BUILD_TYPE=MinSizeRel -DCMAKE_INSTALL_PREFIX="$prefix" \
    -DSDL2_DIR="$prefix_sdl2/lib/cmake/SDL2" -DBUILD_SHARED_LIBS=OFF \
    -DSDL2MIXER_VENDORED=OFF -DSDL2MIXER_DEPS_SHARED=OFF -DSDL2MIXER_SAMPLES=OFF -DSDL2MIXER_CMD=OFF \
    -DSDL2MIXER_FLAC=OFF -DSDL2MIXER_MOD=OFF -DSDL2MIXER_MP3=OFF -DSDL2MIXER_MIDI=OFF \
    -DSDL2MIXER_OPUS=OFF -DSDL2MIXER_VORBIS= -DSDL2MIXER_WAVE=ON
  cmake --build "$work" --parallel "$jobs"
  cmake --install "$work"
}
