// Right structure, but the two middle values are added as 32-bit ints: near 2^31 the sum
// overflows (here it wraps, giving a negative median).
class RunningMedian {
    priority_queue<int> low;
    priority_queue<int, vector<int>, greater<int>> high;

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
        int sum = (int)((unsigned)low.top() + (unsigned)high.top());
        return sum / 2.0;
    }
};
