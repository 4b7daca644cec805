# SQLite for the score records. Debian's source is SQLite's whole tree: its
# configure and make (host cc and tclsh) generate the one-file sqlite3.c,
# which emcc compiles. No threads in the page, no extension loading.
package=sqlite3
build() {
  mkdir -p "$work" "$prefix/include" "$prefix/lib/pkgconfig"
  (cd "$work" && CC=cc "$src/configure" --disable-shared >/dev/null && make sqlite3.c)
  emcc -Os -DSQLITE_THREADSAFE=0 -DSQLITE_OMIT_LOAD_EXTENSION -c "$work/sqlite3.c" -o "$work/sqlite3.o"
  emar rcs "$prefix/lib/libsqlite3.a" "$work/sqlite3.o"
  cp "$work/sqlite3.h" "$work/sqlite3ext.h" "$prefix/include/"
  cat >"$prefix/lib/pkgconfig/sqlite3.pc" <<PC
prefix=$prefix
Name: SQLite
Description: SQL database engine
Version: ${version%%-*}
Cflags: -I\${prefix}/include
Libs: -L\${prefix}/lib -lsqlite3
PC
}
