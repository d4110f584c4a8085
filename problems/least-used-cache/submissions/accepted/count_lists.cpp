// One list of keys per use count (most recent at the back) and an iterator per key.
class LeastUsedCache {
    struct Entry { int value, count; list<int>::iterator where; };
    int capacity, low = 0;
    unordered_map<int, Entry> entries;
    unordered_map<int, list<int>> groups;

    void use(int key, Entry& e) {
        auto& from = groups[e.count];
        from.erase(e.where);
        if (from.empty()) {
            groups.erase(e.count);
            if (low == e.count) low++;
        }
        e.count++;
        auto& to = groups[e.count];
        e.where = to.insert(to.end(), key);
    }

public:
    LeastUsedCache(int capacity) : capacity(capacity) {}

    int get(int key) {
        auto it = entries.find(key);
        if (it == entries.end()) return -1;
        use(key, it->second);
        return it->second.value;
    }

    void put(int key, int value) {
        auto it = entries.find(key);
        if (it != entries.end()) {
            it->second.value = value;
            use(key, it->second);
            return;
        }
        if ((int)entries.size() == capacity) {
            auto& oldest = groups[low];
            entries.erase(oldest.front());
            oldest.pop_front();
            if (oldest.empty()) groups.erase(low);
        }
        auto& ones = groups[1];
        entries[key] = {value, 1, ones.insert(ones.end(), key)};
        low = 1;
    }
};
