// Advances mid after swapping a 2 to the back, so the value that came from the back is never
// looked at.
class Solution {
public:
    void sortFlags(vector<int>& flags) {
        int low = 0, mid = 0, high = (int) flags.size() - 1;
        while (mid <= high) {
            if (flags[mid] == 0) swap(flags[low++], flags[mid++]);
            else if (flags[mid] == 1) mid++;
            else swap(flags[mid++], flags[high--]);
        }
    }
};
