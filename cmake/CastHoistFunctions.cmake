# add_casthoist_library(name SOURCES... [LINK_LIBS libs...] [DEPENDS targets...])
#
# A static, position-independent library of this project, linked against the
# MLIR shared library (libMLIR.so) so that the tools, the mlir-opt plugin and
# downstream users all share one copy of MLIR's global state. Installed and
# exported as CastHoist::<name without the CastHoist prefix>.
function(add_casthoist_library name)
  cmake_parse_arguments(ARG "" "" "LINK_LIBS;DEPENDS" ${ARGN})
  add_library(${name} STATIC ${ARG_UNPARSED_ARGUMENTS})
  target_link_libraries(${name} PUBLIC ${ARG_LINK_LIBS} MLIR LLVM)
  target_include_directories(${name} PUBLIC
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
    $<BUILD_INTERFACE:${PROJECT_BINARY_DIR}/include>
    $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
  # Debian's imported MLIR target carries no include directories; users of
  # the installed package need them to include the project's headers.
  target_include_directories(${name} SYSTEM PUBLIC
    ${MLIR_INCLUDE_DIRS} ${LLVM_INCLUDE_DIRS})
  add_dependencies(${name} casthoist-headers ${ARG_DEPENDS})
  string(REGEX REPLACE "^CastHoist" "" exportName ${name})
  set_target_properties(${name} PROPERTIES EXPORT_NAME ${exportName})
  add_library(CastHoist::${exportName} ALIAS ${name})
  install(TARGETS ${name} EXPORT CastHoistTargets
    ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
  set_property(GLOBAL APPEND PROPERTY CASTHOIST_LIBS ${name})
endfunction()

# casthoist_tablegen(target td-file [outputs as "file.inc;flags..." pairs])
# Thin wrapper: runs mlir-tblgen and attaches the result to casthoist-headers.
macro(add_casthoist_tablegen_target target)
  add_public_tablegen_target(${target})
  add_dependencies(casthoist-headers ${target})
endmacro()
