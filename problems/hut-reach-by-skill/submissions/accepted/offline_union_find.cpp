// Hikers sorted by skill, trails by grade: add the trails a hiker may use, then read the size
// of the hut's set.
class Solution {
    vector<int> parent, sz;

    int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

public:
    vector<int> reachCounts(int n, vector<vector<int>>& trails, vector<vector<int>>& hikers) {
        parent.resize(n);
        iota(parent.begin(), parent.end(), 0);
        sz.assign(n, 1);
        vector<int> byGrade(trails.size()), bySkill(hikers.size());
        iota(byGrade.begin(), byGrade.end(), 0);
        iota(bySkill.begin(), bySkill.end(), 0);
        sort(byGrade.begin(), byGrade.end(), [&](int a, int b) { return trails[a][2] < trails[b][2]; });
        sort(bySkill.begin(), bySkill.end(), [&](int a, int b) { return hikers[a][1] < hikers[b][1]; });
        vector<int> answer(hikers.size());
        size_t t = 0;
        for (int j : bySkill) {
            while (t < byGrade.size() && trails[byGrade[t]][2] < hikers[j][1]) {
                auto& tr = trails[byGrade[t++]];
                int a = find(tr[0]), b = find(tr[1]);
                if (a == b) continue;
                if (sz[a] < sz[b]) swap(a, b);
                parent[b] = a;
                sz[a] += sz[b];
            }
            answer[j] = sz[find(hikers[j][0])];
        }
        return answer;
    }
};
