// Passes the first run, then never finishes the second.
#include <iostream>
#include <string>

int main() {
    std::string mode;
    std::cin >> mode;
    if (mode == "decode") {
        volatile unsigned long long n = 0;
        for (;;) n = n + 1;
    }
    std::cout << "c\n";
}
