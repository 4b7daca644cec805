# libyaml, the C YAML parser the scenario loader reads with. Its CMake build
# installs no pkg-config file, so the one the desktop finds is written here.
package=libyaml
build() {
  emcmake cmake -S "$src" -B "$work" -DCMAKE_BUILD_TYPE=MinSizeRel -DCMAKE_INSTALL_PREFIX="$prefix" \
    -DBUILD_SHARED_LIBS=OFF -DBUILD_TESTING=OFF -DINSTALL_CMAKE_DIR=lib/cmake/yaml
  cmake --build "$work" --parallel "$jobs"
  cmake --install "$work"
  mkdir -p "$prefix/lib/pkgconfig"
  cat >"$prefix/lib/pkgconfig/yaml-0.1.pc" <<PC
prefix=$prefix
Name: LibYAML
Description: Library to parse and emit YAML
Version: ${version%%-*}
Cflags: -I\${prefix}/include -DYAML_DECLARE_STATIC
Libs: -L\${prefix}/lib -lyaml
PC
}
