// A correct Fenwick tree, but set adds the new value instead of replacing the old one.
class Scoreboard {
    int n;
    vector<long long> tree;

    void add(int i, long long d) {
        for (i++; i <= n; i += i & -i) tree[i] += d;
    }
    long long prefix(int i) {
        long long s = 0;
        for (; i > 0; i -= i & -i) s += tree[i];
        return s;
    }

public:
    Scoreboard(vector<int>& scores) : n(scores.size()), tree(scores.size() + 1, 0) {
        for (int i = 0; i < n; i++) add(i, scores[i]);
    }

    void set(int index, int value) { add(index, value); }

    long long total(int left, int right) { return prefix(right + 1) - prefix(left); }
};
