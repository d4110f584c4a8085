// Shared by the checker's source: a checker is a folder of one source and its headers.
#pragma once
#include <cstdlib>
#include <fstream>
inline int accept() { return 42; }
inline int reject() { return 43; }
