// Quickselect through nth_element on the squared distance.
class Solution {
public:
    vector<vector<int>> closestStations(vector<vector<int>>& stations, int k) {
        auto d = [](const vector<int>& p) { return (long long) p[0] * p[0] + (long long) p[1] * p[1]; };
        nth_element(stations.begin(), stations.begin() + (k - 1), stations.end(),
                    [&](const vector<int>& a, const vector<int>& b) { return d(a) < d(b); });
        return vector<vector<int>>(stations.begin(), stations.begin() + k);
    }
};
