// Two heaps; the mean of the middle values is taken in 64 bits before halving.
class RunningMedian {
    priority_queue<int> low;                             // the smaller half, largest on top
    priority_queue<int, vector<int>, greater<int>> high; // the larger half, smallest on top

public:
    RunningMedian() {}

    void add(int value) {
        low.push(value);
        high.push(low.top());
        low.pop();
        if (high.size() > low.size()) {
            low.push(high.top());
            high.pop();
        }
    }

    double median() {
        if (low.size() > high.size()) return low.top();
        return ((long long)low.top() + high.top()) / 2.0;
    }
};
