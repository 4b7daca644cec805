# Dear ImGui: the four core sources (Debian's binary package has them only
# compiled for the desktop) and the SDL2 platform backend, as one static
# library; the backends' sources are installed too, as the desktop's
# libimgui-dev does, for the SDL_Renderer backend the window compiles itself.
package=imgui
needs=(sdl2)
build() {
  mkdir -p "$work" "$prefix/include/imgui/backends" "$prefix/lib/pkgconfig" "$prefix/share/imgui/backends"
  local objects=()
  for source in imgui.cpp imgui_draw.cpp imgui_tables.cpp imgui_widgets.cpp backends/imgui_impl_sdl.cpp; do
    em++ -Os -I"$src" -I"$prefix_sdl2/include/SDL2" -c "$src/$source" -o "$work/$(basename "$source" .cpp).o"
    objects+=("$work/$(basename "$source" .cpp).o")
  done
  emar rcs "$prefix/lib/libimgui.a" "${objects[@]}"
  cp "$src"/*.h "$prefix/include/imgui/"
  cp "$src"/backends/*.h "$prefix/include/imgui/backends/"
  cp "$src"/backends/*.cpp "$prefix/share/imgui/backends/"
  cat >"$prefix/lib/pkgconfig/imgui.pc" <<PC
prefix=$prefix
Name: imgui
Description: Bloat-free Immediate Mode Graphical User interface for C++
Version: ${version%%+*}
Cflags: -I\${prefix}/include/imgui
Libs: -L\${prefix}/lib -limgui
PC
}
