# doctest, the unit tests' framework (header only), installed with its CMake
# package so find_package(doctest) finds it in the browser build as on the
# desktop, without the machine's /usr/include.
package=doctest
build() {
  emcmake cmake -S "$src" -B "$work" -DCMAKE_INSTALL_PREFIX="$prefix" \
    -DDOCTEST_WITH_TESTS=OFF -DDOCTEST_WITH_MAIN_IN_STATIC_LIB=OFF
  cmake --install "$work"
}
