// Per key a vector of (time, value); upper_bound on the time finds the first later version.
class VersionedStore {
    unordered_map<string, vector<pair<int, string>>> versions;

public:
    VersionedStore() {}

    void set(string key, string value, int timestamp) {
        versions[key].emplace_back(timestamp, value);
    }

    string get(string key, int timestamp) {
        auto it = versions.find(key);
        if (it == versions.end()) return "";
        auto& list = it->second;
        auto later = upper_bound(list.begin(), list.end(), timestamp,
                                 [](int t, const pair<int, string>& v) { return t < v.first; });
        return later == list.begin() ? "" : prev(later)->second;
    }
};
