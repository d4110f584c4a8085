#include <bits/stdc++.h>
using namespace std;

int main() {
    vector<string> words;
    string w;
    while (cin >> w) words.push_back(w);
    for (size_t i = words.size(); i-- > 0;) cout << words[i] << (i ? " " : "\n");
    return 0;
}
