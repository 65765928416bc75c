# One INTERFACE target carries the warning flags and the Qt hygiene defines, so
# every layer is built the same way. Tests get the same flags but may build a
# QString from a string literal, which keeps their data tables readable.
add_library(rd_build_flags INTERFACE)
target_compile_options(rd_build_flags INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
  -Wcast-align -Woverloaded-virtual)
if(RD_WERROR)
  target_compile_options(rd_build_flags INTERFACE -Werror)
endif()
target_compile_definitions(rd_build_flags INTERFACE
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)

add_library(rd_warnings INTERFACE)
target_link_libraries(rd_warnings INTERFACE rd_build_flags)
target_compile_definitions(rd_warnings INTERFACE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII)

add_library(rd_test_warnings INTERFACE)
target_link_libraries(rd_test_warnings INTERFACE rd_build_flags)
target_compile_definitions(rd_test_warnings INTERFACE QT_RESTRICTED_CAST_FROM_ASCII)
