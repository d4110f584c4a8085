// The number in base 26, digits a-z.
#include <iostream>
#include <string>

int main() {
    std::string mode, value;
    std::cin >> mode >> value;
    if (mode == "encode") {
        long long x = std::stoll(value);
        std::string word;
        do {
            word.insert(word.begin(), char('a' + x % 26));
            x /= 26;
        } while (x > 0);
        std::cout << word << "\n";
    } else {
        long long x = 0;
        for (char c : value) x = x * 26 + (c - 'a');
        std::cout << x << "\n";
    }
}
