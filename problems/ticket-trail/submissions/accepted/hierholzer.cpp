class Solution {
public:
    vector<string> ticketTrail(vector<vector<string>>& tickets, string start) {
        unordered_map<string, vector<string>> out;
        sort(tickets.begin(), tickets.end(), greater<vector<string>>());
        for (auto& t : tickets) out[t[0]].push_back(t[1]);
        vector<string> stack = {start}, trip;
        while (!stack.empty()) {
            auto& next = out[stack.back()];
            if (!next.empty()) {
                string b = next.back();
                next.pop_back();
                stack.push_back(b);
            } else {
                trip.push_back(stack.back());
                stack.pop_back();
            }
        }
        reverse(trip.begin(), trip.end());
        return trip;
    }
};
