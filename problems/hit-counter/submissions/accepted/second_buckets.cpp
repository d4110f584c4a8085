// A queue of (second, hits in that second): bursts within one second take one entry.
class HitCounter {
    deque<pair<int, int>> seconds;
    int total = 0;

public:
    HitCounter() {}

    void hit(int timestamp) {
        if (!seconds.empty() && seconds.back().first == timestamp) seconds.back().second++;
        else seconds.push_back({timestamp, 1});
        total++;
    }

    int count(int timestamp) {
        while (!seconds.empty() && seconds.front().first <= timestamp - 300) {
            total -= seconds.front().second;
            seconds.pop_front();
        }
        return total;
    }
};
