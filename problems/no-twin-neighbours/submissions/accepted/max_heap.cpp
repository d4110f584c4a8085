// Greedy with a max-heap: place the letter with the most copies left, other than the one just
// placed.
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s;
    cin >> s;
    int count[26] = {};
    for (char c : s) count[c - 'a']++;
    priority_queue<pair<int, int>> heap;  // (copies left, letter)
    for (int c = 0; c < 26; c++)
        if (count[c]) heap.push({count[c], c});
    string out;
    while (!heap.empty()) {
        auto first = heap.top();
        heap.pop();
        if (!out.empty() && out.back() - 'a' == first.second) {
            if (heap.empty()) { puts("IMPOSSIBLE"); return 0; }
            auto second = heap.top();
            heap.pop();
            out.push_back('a' + second.second);
            if (--second.first) heap.push(second);
            heap.push(first);
            continue;
        }
        out.push_back('a' + first.second);
        if (--first.first) heap.push(first);
    }
    puts(out.c_str());
}
