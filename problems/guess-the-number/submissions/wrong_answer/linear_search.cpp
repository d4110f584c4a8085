// Counts up from 1: right in the end, but far past the 30 guesses allowed for large numbers.
#include <iostream>
#include <string>

int main() {
    for (long long guess = 1;; guess++) {
        std::cout << guess << std::endl;  // endl flushes: the interactor waits for each guess
        std::string reply;
        if (!(std::cin >> reply) || reply != ">") break;
    }
}
