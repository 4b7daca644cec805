# Compiling for the browser with Debian's emscripten (tools/web configures
# with emcmake). Included from the top CMakeLists.txt when EMSCRIPTEN is set.

# The engine reports bad files and records by throwing; emscripten turns C++
# exceptions off unless asked, at compile and at link time.
add_compile_options(-fexceptions)
add_link_options(-fexceptions -sALLOW_MEMORY_GROWTH=1)

# Programs run under node (the unit tests through ctest): the machine's files
# as they are (scenarios, scratch files), and the exit status returned.
set(SECONDLOOK_NODE_LINK_OPTIONS -sNODERAWFS=1 -sEXIT_RUNTIME=1)
