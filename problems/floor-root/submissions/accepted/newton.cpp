// Newton's iteration in 64-bit integers: r falls towards floor(sqrt(x)) and stops there.
class Solution {
public:
    int floorRoot(int x) {
        long long r = x;
        while (r * r > x) r = (r + x / r) / 2;
        return (int) r;
    }
};
