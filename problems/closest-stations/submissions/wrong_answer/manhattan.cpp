// Orders the stations by |x| + |y| instead of the straight-line distance.
class Solution {
public:
    vector<vector<int>> closestStations(vector<vector<int>>& stations, int k) {
        sort(stations.begin(), stations.end(), [](const vector<int>& a, const vector<int>& b) {
            return abs(a[0]) + abs(a[1]) < abs(b[0]) + abs(b[1]);
        });
        return vector<vector<int>>(stations.begin(), stations.begin() + k);
    }
};
