// Halves the range with every guess; std::endl flushes, so each guess reaches the judge at once.
#include <iostream>
#include <string>

int main() {
    long long low = 1, high = 1000000000;
    std::string reply;
    while (low <= high) {
        long long guess = (low + high) / 2;
        std::cout << guess << std::endl;
        if (!(std::cin >> reply) || reply == "=") break;
        if (reply == "<") high = guess - 1;
        else low = guess + 1;
    }
    return 0;
}
