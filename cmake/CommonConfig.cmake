# SPDX-License-Identifier: GPL-3.0-or-later
# Project-wide compile flags, carried by an interface target that every
# Closeloop target links (after qBittorrent's CommonConfig).
add_library(closeloop_config INTERFACE)
target_compile_definitions(closeloop_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CLOSELOOP_VERSION="${PROJECT_VERSION}")
target_compile_options(closeloop_config INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wno-missing-field-initializers)

# Fuzzing builds instrument every Closeloop target for coverage and
# sanitizers; only the fuzz executables link libFuzzer's main.
if(CLOSELOOP_FUZZ)
    target_compile_options(closeloop_config INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(closeloop_config INTERFACE -fsanitize=address,undefined)
endif()
