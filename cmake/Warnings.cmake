# One INTERFACE target carries the warning flags and the Qt hygiene defines, so
# every layer is built the same way.
add_library(rd_warnings INTERFACE)
target_compile_options(rd_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
  -Wcast-align -Woverloaded-virtual -Wnull-dereference)
if(RD_WERROR)
  target_compile_options(rd_warnings INTERFACE -Werror)
endif()
target_compile_definitions(rd_warnings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)
