// A min-heap of (head value, feed, position); skipTo binary-searches each feed it touches.
class FeedCursor {
    vector<vector<int>> feeds;
    priority_queue<tuple<int, int, int>, vector<tuple<int, int, int>>, greater<>> heap;

public:
    FeedCursor(vector<vector<int>>& feeds) : feeds(feeds) {
        for (int i = 0; i < (int) feeds.size(); i++)
            if (!feeds[i].empty()) heap.emplace(feeds[i][0], i, 0);
    }

    int next() {
        auto [v, i, p] = heap.top();
        heap.pop();
        if (p + 1 < (int) feeds[i].size()) heap.emplace(feeds[i][p + 1], i, p + 1);
        return v;
    }

    int peek() { return get<0>(heap.top()); }

    bool hasNext() { return !heap.empty(); }

    int skipTo(int x) {
        int skipped = 0;
        while (!heap.empty() && get<0>(heap.top()) < x) {
            auto [v, i, p] = heap.top();
            heap.pop();
            auto& f = feeds[i];
            int q = lower_bound(f.begin() + p, f.end(), x) - f.begin();
            skipped += q - p;
            if (q < (int) f.size()) heap.emplace(f[q], i, q);
        }
        return skipped;
    }
};
