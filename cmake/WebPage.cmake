# Finishes the web page after emcc has linked it (see starpath_web_page in cmake/Web.cmake):
# writes the size of every file the page downloads into it, for an exact progress bar, and
# copies the page to index.html so the folder works at its bare address on any static host.
#   cmake -DSITE=<folder> -DNAME=<page name without .html> -P WebPage.cmake
set(page "${SITE}/${NAME}.html")
file(READ "${page}" html)
set(sizes "")
foreach(ext js wasm data)
    if(EXISTS "${SITE}/${NAME}.${ext}")
        file(SIZE "${SITE}/${NAME}.${ext}" size)
        string(APPEND sizes "\"${NAME}.${ext}\": ${size}, ")
    endif()
endforeach()
string(REGEX REPLACE ", $" "" sizes "${sizes}")
# web/shell.html holds this placeholder, a valid (empty) object until it is filled.
set(placeholder "{\"@FILE_SIZES@\": 0}")
string(FIND "${html}" "${placeholder}" at)
if(at EQUAL -1)
    message(FATAL_ERROR "${page}: no ${placeholder} placeholder (is it built from web/shell.html?)")
endif()
string(REPLACE "${placeholder}" "{${sizes}}" html "${html}")
file(WRITE "${page}" "${html}")
file(WRITE "${SITE}/index.html" "${html}")
message(STATUS "web page: ${page} ({${sizes}})")
