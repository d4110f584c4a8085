class Solution {
public:
    int evaluatePostfix(vector<string>& tokens) {
        vector<long long> stack;
        for (auto& t : tokens) {
            if (t.size() == 1 && string("+-*/").find(t[0]) != string::npos) {
                long long b = stack.back(); stack.pop_back();
                long long a = stack.back(); stack.pop_back();
                switch (t[0]) {
                    case '+': stack.push_back(a + b); break;
                    case '-': stack.push_back(a - b); break;
                    case '*': stack.push_back(a * b); break;
                    default: stack.push_back(a / b);  // C++ division truncates toward zero
                }
            } else {
                stack.push_back(stoll(t));
            }
        }
        return (int) stack.back();
    }
};
