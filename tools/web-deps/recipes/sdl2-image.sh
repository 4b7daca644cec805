# SDL2_image for the evidence screenshots: PNG loading through the bundled
# stb_image and PNG saving, every other format off.
package=libsdl2-image
needs=(sdl2)
build() {
  local formats=(AVIF BMP GIF JPG JXL LBM PCX PNM QOI SVG TGA TIF WEBP XCF XPM XV)
  emcmake cmake -S "$src" -B "$work" -DCMAKE_BUILD_TYPE=MinSizeRel -DCMAKE_INSTALL_PREFIX="$prefix" \
    -DSDL2_DIR="$prefix_sdl2/lib/cmake/SDL2" -DBUILD_SHARED_LIBS=OFF \
    -DSDL2IMAGE_VENDORED=OFF -DSDL2IMAGE_DEPS_SHARED=OFF -DSDL2IMAGE_SAMPLES=OFF \
    -DSDL2IMAGE_BACKEND_STB=ON -DSDL2IMAGE_PNG=ON -DSDL2IMAGE_PNG_SAVE=ON \
    $(printf -- "-DSDL2IMAGE_%s=OFF " "${formats[@]}")
  cmake --build "$work" --parallel "$jobs"
  cmake --install "$work"
}
