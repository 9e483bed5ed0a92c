# Builds the demonstration portfolio for the tests with the program itself: cmake -DCLI=… -DDB=… -P BuildDemo.cmake
file(REMOVE "${DB}" "${DB}-wal" "${DB}-shm")
execute_process(COMMAND "${CLI}" init --db "${DB}" --demo RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "loandesk-cli init --demo failed (${result})")
endif()
