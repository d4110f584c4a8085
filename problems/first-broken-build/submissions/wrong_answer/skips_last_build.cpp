// Searches [1, n - 1] because build n is "known to be broken", but then answers n - 1 when
// b = n, the last build being the first broken one.
#include <iostream>

int main() {
    long long n;
    std::cin >> n;
    long long low = 1, high = n > 1 ? n - 1 : 1;
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
