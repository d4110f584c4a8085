class PodiumCutoff {
    size_t k;
    priority_queue<int, vector<int>, greater<int>> top;  // the k best scores, smallest on top

public:
    PodiumCutoff(int k, vector<int>& scores) : k(k) {
        for (int s : scores) submit(s);
    }

    int submit(int score) {
        top.push(score);
        if (top.size() > k) top.pop();
        return top.top();
    }
};
