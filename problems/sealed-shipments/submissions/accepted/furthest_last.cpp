class Solution {
public:
    vector<int> shipmentSizes(string boxes) {
        int last[26];
        for (int i = 0; i < (int) boxes.size(); i++) last[boxes[i] - 'a'] = i;
        vector<int> out;
        int start = 0, end = 0;
        for (int i = 0; i < (int) boxes.size(); i++) {
            end = max(end, last[boxes[i] - 'a']);
            if (i == end) { out.push_back(i - start + 1); start = i + 1; }
        }
        return out;
    }
};
