// Right answers, but checks every rectangle (top-left and bottom-right corner) with a 2-D
// prefix sum of trees: O(R² C²), about 6·10^10 rectangles at 500 × 500.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int r, c;
    if (scanf("%d %d", &r, &c) != 2) return 1;
    vector<vector<int>> trees(r + 1, vector<int>(c + 1, 0));
    static char row[512];
    for (int i = 0; i < r; i++) {
        scanf("%s", row);
        for (int j = 0; j < c; j++)
            trees[i + 1][j + 1] = trees[i][j + 1] + trees[i + 1][j] - trees[i][j] + (row[j] == '#');
    }
    int best = 0;
    for (int t = 0; t < r; t++)
        for (int l = 0; l < c; l++)
            for (int b = t + 1; b <= r; b++)
                for (int rr = l + 1; rr <= c; rr++)
                    if (trees[b][rr] - trees[t][rr] - trees[b][l] + trees[t][l] == 0)
                        best = max(best, (b - t) * (rr - l));
    printf("%d\n", best);
}
