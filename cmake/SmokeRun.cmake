# Runs the game once for a smoke test (see cmake/Game.cmake) and checks what it did.
#   PROGRAM, ARGS (a ;-list), WORK_DIR
#   EXPECT_EXIT    the exit code (0 unless said)
#   EXPECT_OUTPUT  a regular expression stdout must match ("" = no check)
#   EXPECT_ERROR   a regular expression stderr must match ("" = no check)
#   EXPECT_FILE    a file the run must have written, not empty ("" = no check)
#   SEED           "FILE;PATH": copy FILE to PATH (inside WORK_DIR) before the run, e.g. an
#                  autosave a crashed session left in the per-user folder
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
if(SEED)
    list(GET SEED 0 seed_from)
    list(GET SEED 1 seed_to)
    configure_file(${seed_from} ${seed_to} COPYONLY)
endif()
execute_process(COMMAND ${PROGRAM} ${ARGS}
                WORKING_DIRECTORY ${WORK_DIR}
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err
                TIMEOUT 240)
message("exit: ${code}\n--- stdout\n${out}--- stderr\n${err}---")
if(NOT "${code}" STREQUAL "${EXPECT_EXIT}")
    message(FATAL_ERROR "expected exit code ${EXPECT_EXIT}, got ${code}")
endif()
if(NOT "${EXPECT_OUTPUT}" STREQUAL "" AND NOT out MATCHES "${EXPECT_OUTPUT}")
    message(FATAL_ERROR "stdout does not match '${EXPECT_OUTPUT}'")
endif()
if(NOT "${EXPECT_ERROR}" STREQUAL "" AND NOT err MATCHES "${EXPECT_ERROR}")
    message(FATAL_ERROR "stderr does not match '${EXPECT_ERROR}'")
endif()
if(NOT "${EXPECT_FILE}" STREQUAL "")
    if(NOT EXISTS "${EXPECT_FILE}")
        message(FATAL_ERROR "the run did not write ${EXPECT_FILE}")
    endif()
    file(SIZE "${EXPECT_FILE}" size)
    if(size LESS 1000)
        message(FATAL_ERROR "${EXPECT_FILE} is only ${size} bytes")
    endif()
endif()
