# Sanitized builds (README "Testing"; scripts/test --sanitize builds one into build-sanitize/).
#
#   cmake -B build-sanitize -DNEWSDESK_SANITIZE="address;undefined"
#
# Every target — libraries, the program, the tests, the benchmark — is built with the sanitizers,
# so a test that runs the real program through QProcess runs it sanitized too. A finding of the
# undefined-behaviour sanitizer aborts like an AddressSanitizer one (-fno-sanitize-recover), so it
# fails the test instead of scrolling past; scripts/test sets ASAN_OPTIONS/UBSAN_OPTIONS to match.
set(NEWSDESK_SANITIZE "" CACHE STRING
    "Sanitizers to build with, a list such as address;undefined (empty: none)")

if(NEWSDESK_SANITIZE)
    list(JOIN NEWSDESK_SANITIZE "," newsdesk_sanitizers)
    message(STATUS "newsdesk: building with -fsanitize=${newsdesk_sanitizers}")
    add_compile_options(-fsanitize=${newsdesk_sanitizers} -fno-omit-frame-pointer
        -fno-sanitize-recover=all)
    add_link_options(-fsanitize=${newsdesk_sanitizers})
endif()

# The libFuzzer build (tests/fuzz/): clang only, always with AddressSanitizer and
# UndefinedBehaviorSanitizer. Everything is compiled with the fuzzer's coverage instrumentation
# (fuzzer-no-link), so the parser in newsdesk_core guides the fuzzer; only the fuzz target links
# libFuzzer itself (libclang-rt-14-dev on Debian bookworm).
#
#   CXX=clang++ cmake -B build-fuzz -G Ninja -DNEWSDESK_FUZZ=ON && cmake --build build-fuzz --target fuzz_listing
option(NEWSDESK_FUZZ "Build tests/fuzz/ as libFuzzer targets (needs clang)" OFF)
if(NEWSDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "NEWSDESK_FUZZ needs clang (libFuzzer): configure with CXX=clang++, "
            "not ${CMAKE_CXX_COMPILER_ID}")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
    if(NOT NEWSDESK_SANITIZE)
        add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
        add_link_options(-fsanitize=address,undefined)
    endif()
endif()
