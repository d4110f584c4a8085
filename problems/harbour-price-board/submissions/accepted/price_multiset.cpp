// Current price per time in a hash map; the current prices in a multiset, the old price of a
// corrected time erased (one copy). O(log n) per call.
class PriceBoard {
    unordered_map<int, int> at;
    multiset<int> prices;
    int last = 0;

public:
    PriceBoard() {}

    void record(int time, int price) {
        auto it = at.find(time);
        if (it != at.end()) {
            prices.erase(prices.find(it->second));
            it->second = price;
        } else {
            at[time] = price;
        }
        prices.insert(price);
        last = max(last, time);
    }

    int latest() { return at[last]; }

    int highest() { return *prices.rbegin(); }

    int lowest() { return *prices.begin(); }
};
