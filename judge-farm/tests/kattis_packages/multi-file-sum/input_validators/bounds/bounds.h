// Shared by the validator's two sources.
#pragma once
bool in_bounds(long long value);
