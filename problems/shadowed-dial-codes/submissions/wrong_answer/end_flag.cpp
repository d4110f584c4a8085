// Marks code ends with a flag and only looks at the nodes before a code's last digit, so an
// entry equal to another one is never counted as shadowed.
class Solution {
public:
    int countShadowed(vector<string>& codes) {
        vector<array<int, 10>> child(1);
        vector<bool> end(1, false);
        child[0].fill(-1);
        for (auto& c : codes) {
            int v = 0;
            for (char ch : c) {
                int d = ch - '0';
                if (child[v][d] < 0) {
                    child[v][d] = child.size();
                    child.emplace_back();
                    child.back().fill(-1);
                    end.push_back(false);
                }
                v = child[v][d];
            }
            end[v] = true;
        }
        int shadowed = 0;
        for (auto& c : codes) {
            int v = 0;
            for (size_t i = 0; i + 1 < c.size(); i++) {
                v = child[v][c[i] - '0'];
                if (end[v]) {
                    shadowed++;
                    break;
                }
            }
        }
        return shadowed;
    }
};
