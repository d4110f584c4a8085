// An iterative segment tree of sums: leaves at size + i, set walks up, total walks two ends.
class Scoreboard {
    int size;
    vector<long long> t;

public:
    Scoreboard(vector<int>& scores) {
        size = scores.size();
        t.assign(2 * size, 0);
        for (int i = 0; i < size; i++) t[size + i] = scores[i];
        for (int i = size - 1; i > 0; i--) t[i] = t[2 * i] + t[2 * i + 1];
    }

    void set(int index, int value) {
        int i = index + size;
        for (t[i] = value, i >>= 1; i > 0; i >>= 1) t[i] = t[2 * i] + t[2 * i + 1];
    }

    long long total(int left, int right) {
        long long s = 0;
        for (int l = left + size, r = right + size + 1; l < r; l >>= 1, r >>= 1) {
            if (l & 1) s += t[l++];
            if (r & 1) s += t[--r];
        }
        return s;
    }
};
