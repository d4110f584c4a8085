class Solution {
public:
    vector<int> survivingCarts(vector<int>& carts) {
        vector<int> stack;
        for (int c : carts) {
            bool alive = true;
            while (alive && c < 0 && !stack.empty() && stack.back() > 0) {
                if (stack.back() < -c) { stack.pop_back(); continue; }
                if (stack.back() == -c) stack.pop_back();
                alive = false;
            }
            if (alive) stack.push_back(c);
        }
        return stack;
    }
};
