// The next ticket in 64 bits: after the last one it may overshoot to about 2*10^9.
class StrideIterator {
    long long cur, stop, step;

public:
    StrideIterator(int start, int stop, int step) : cur(start), stop(stop), step(step) {}

    int next() {
        int value = (int) cur;
        cur += step;
        return value;
    }

    bool hasNext() { return step > 0 ? cur < stop : cur > stop; }
};
