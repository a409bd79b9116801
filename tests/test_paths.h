// Where the tests find the project's data (levels/, assets/) and ../shared/testdata.
#pragma once
#include <string>

namespace sp::test {
inline std::string dataDir() { return STARPATH_DATA_DIR; }
inline std::string sharedDir() { return STARPATH_SHARED_DIR; }
} // namespace sp::test
