// Binary search: b stays in [low, high]; endl flushes each question.
#include <iostream>

int main() {
    long long n;
    std::cin >> n;
    long long low = 1, high = n;
    while (low < high) {
        long long mid = low + (high - low) / 2;
        std::cout << "? " << mid << std::endl;
        int broken;
        if (!(std::cin >> broken)) return 0;
        if (broken) high = mid;
        else low = mid + 1;
    }
    std::cout << "! " << low << std::endl;
}
