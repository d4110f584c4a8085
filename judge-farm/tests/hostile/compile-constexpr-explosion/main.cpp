constexpr unsigned long long spin() { unsigned long long x = 0; for (unsigned long long i = 0; i < (1ULL << 50); i++) x += i; return x; }
constexpr unsigned long long v = spin();
int main() { return (int)v; }
