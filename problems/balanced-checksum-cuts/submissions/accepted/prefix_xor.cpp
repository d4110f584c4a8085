// A stretch tags[i..k] has a balanced cut iff its XOR is 0 (left == right means left ^ right
// == 0), and then every one of its k - i cuts is balanced. With prefix XORs p, that is
// p[i] == p[k + 1]: sum y - x - 1 over equal pairs x < y, keeping a count and an index sum
// per prefix value.
class Solution {
public:
    long long balancedCuts(vector<int>& tags) {
        unordered_map<int, pair<long long, long long>> seen;  // value -> (count, index sum)
        seen.reserve(tags.size() * 2 + 1);
        seen[0] = {1, 0};
        int prefix = 0;
        long long total = 0;
        for (long long y = 1; y <= (long long) tags.size(); y++) {
            prefix ^= tags[y - 1];
            auto& [count, sum] = seen[prefix];
            total += count * (y - 1) - sum;
            count++;
            sum += y;
        }
        return total;
    }
};
