#include <iostream>

int ask(long long x) {
    std::cout << "? " << x << std::endl;
    int reply;
    if (!(std::cin >> reply)) std::exit(0);
    return reply;
}

int main() {
    int ones = ask(0), found = 0;
    long long h = 0;
    for (int i = 0; i < 29 && ones > 0; i++)
        if (ask(1LL << i) == ones - 1) { h |= 1LL << i; found++; }
    if (found < ones) h |= 1LL << 29;  // the last bit needs no question
    std::cout << "! " << h << std::endl;
}
