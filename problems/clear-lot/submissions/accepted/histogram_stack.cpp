// For each row, the largest rectangle under the histogram of clear cells above it, found with a
// stack of columns of increasing height.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int r, c;
    if (scanf("%d %d", &r, &c) != 2) return 1;
    vector<int> height(c + 1, 0), stack;
    static char row[512];
    int best = 0;
    for (int i = 0; i < r; i++) {
        scanf("%s", row);
        for (int j = 0; j < c; j++) height[j] = row[j] == '.' ? height[j] + 1 : 0;
        stack.clear();
        for (int j = 0; j <= c; j++) {
            while (!stack.empty() && height[stack.back()] >= height[j]) {
                int h = height[stack.back()];
                stack.pop_back();
                int width = stack.empty() ? j : j - stack.back() - 1;
                best = max(best, h * width);
            }
            stack.push_back(j);
        }
    }
    printf("%d\n", best);
}
