// Takes the first value popped as the left operand: a b - becomes b - a.
class Solution {
public:
    int evaluatePostfix(vector<string>& tokens) {
        vector<long long> st;
        for (auto& t : tokens) {
            if (t == "+" || t == "-" || t == "*" || t == "/") {
                long long a = st.back(); st.pop_back();
                long long b = st.back(); st.pop_back();
                long long r = t == "+" ? a + b : t == "-" ? a - b : t == "*" ? a * b : (b ? a / b : 0);
                st.push_back(r);
            } else {
                st.push_back(stoll(t));
            }
        }
        return (int) st.back();
    }
};
