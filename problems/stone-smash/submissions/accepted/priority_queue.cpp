class Solution {
public:
    int lastStoneWeight(vector<int>& stones) {
        priority_queue<int> pile(stones.begin(), stones.end());
        while (pile.size() > 1) {
            int y = pile.top(); pile.pop();
            int x = pile.top(); pile.pop();
            if (y > x) pile.push(y - x);
        }
        return pile.empty() ? 0 : pile.top();
    }
};
