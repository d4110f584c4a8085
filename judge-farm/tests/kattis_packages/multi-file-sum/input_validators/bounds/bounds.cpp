#include "bounds.h"
bool in_bounds(long long value) { return -1000000000 <= value && value <= 1000000000; }
