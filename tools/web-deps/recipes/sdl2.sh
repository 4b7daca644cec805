# SDL2 as a static library for Emscripten (its own video, audio and input
# backends for the browser), without threads or tests.
package=libsdl2
build() {
  emcmake cmake -S "$src" -B "$work" -DCMAKE_BUILD_TYPE=MinSizeRel -DCMAKE_INSTALL_PREFIX="$prefix" \
    -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF
  cmake --build "$work" --parallel "$jobs"
  cmake --install "$work"
}
