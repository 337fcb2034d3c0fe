# Install rules and the CMake package for the C++ library (included by the top-level
# CMakeLists.txt in native builds):
#
#   cmake --install build/native --prefix /opt/finlens
#
# installs include/finlens/{analysis,json}.h, lib/libfinlens_{core,json}.a, the CLI as
# bin/finlens, and lib/cmake/finlens/ (finlensConfig.cmake, its version file and the
# exported targets). A consumer then writes
#
#   find_package(finlens 0.1 REQUIRED)
#   target_link_libraries(app PRIVATE finlens::core)   # finlens::analyze, analyze_many
#   target_link_libraries(app PRIVATE finlens::json)   # finlens::to_json_string (+ core)
#
# and configures with -DCMAKE_PREFIX_PATH="/opt/finlens;<re2 prefix>": the static
# libraries call re2, which finlensConfig.cmake finds with find_dependency(re2).
# nlohmann_json is used only inside libfinlens_json.a and is not needed downstream.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(FINLENS_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/finlens")

set_target_properties(finlens_core PROPERTIES EXPORT_NAME core)
set_target_properties(finlens_json PROPERTIES EXPORT_NAME json)
# The public headers need C++17 (std::optional, std::string_view, inline variables).
target_compile_features(finlens_core INTERFACE cxx_std_17)

install(TARGETS finlens_core finlens_json
  EXPORT finlensTargets
  ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/core/include/finlens"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
  FILES_MATCHING PATTERN "*.h")
install(EXPORT finlensTargets
  NAMESPACE finlens::
  DESTINATION "${FINLENS_CMAKE_DIR}")

configure_package_config_file("${CMAKE_CURRENT_LIST_DIR}/finlensConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/finlensConfig.cmake"
  INSTALL_DESTINATION "${FINLENS_CMAKE_DIR}")
write_basic_package_version_file("${PROJECT_BINARY_DIR}/finlensConfigVersion.cmake"
  VERSION "${PROJECT_VERSION}"
  COMPATIBILITY SameMinorVersion)  # 0.x: a new minor version may break the C++ API
install(FILES "${PROJECT_BINARY_DIR}/finlensConfig.cmake" "${PROJECT_BINARY_DIR}/finlensConfigVersion.cmake"
  DESTINATION "${FINLENS_CMAKE_DIR}")

if(TARGET finlens)
  install(TARGETS finlens RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
endif()
