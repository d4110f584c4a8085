#include </dev/random>
