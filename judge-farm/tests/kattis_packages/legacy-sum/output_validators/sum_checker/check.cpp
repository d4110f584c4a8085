// Kattis output validator: check <input> <answer> <feedback_dir> < contestant output.
#include <iostream>
#include "check.h"
int main(int argc, char** argv) {
    std::ifstream answer(argv[2]);
    long long expected, got;
    answer >> expected;
    if (!(std::cin >> got) || got != expected) return reject();
    std::string extra;
    if (std::cin >> extra) return reject();
    return accept();
}
