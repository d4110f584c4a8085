class Solution {
public:
    int countShadowed(vector<string>& codes) {
        vector<array<int, 10>> child(1);
        vector<int> ends(1, 0);  // how many codes end at each node
        child[0].fill(-1);
        for (auto& c : codes) {
            int v = 0;
            for (char ch : c) {
                int d = ch - '0';
                if (child[v][d] < 0) {
                    child[v][d] = child.size();
                    child.emplace_back();
                    child.back().fill(-1);
                    ends.push_back(0);
                }
                v = child[v][d];
            }
            ends[v]++;
        }
        int shadowed = 0;
        for (auto& c : codes) {
            int v = 0;
            for (size_t i = 0; i < c.size(); i++) {
                v = child[v][c[i] - '0'];
                int own = i + 1 == c.size() ? 1 : 0;  // the code itself ends at its last node
                if (ends[v] > own) {
                    shadowed++;
                    break;
                }
            }
        }
        return shadowed;
    }
};
