// Right answers, but compares the pattern at every start: O(n·m), about 6·10^10 character
// comparisons on a text of a's and a pattern of a's ending in b.
#include <bits/stdc++.h>
using namespace std;

int main() {
    static char text[500001], pattern[500001];
    if (scanf("%500000s %500000s", text, pattern) != 2) return 1;
    int n = strlen(text), m = strlen(pattern);
    long long count = 0;
    for (int i = 0; i + m <= n; i++) {
        int j = 0;
        while (j < m && text[i + j] == pattern[j]) j++;
        if (j == m) count++;
    }
    printf("%lld\n", count);
}
