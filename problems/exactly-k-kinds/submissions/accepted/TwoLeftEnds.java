// One pass with two left ends: `far` is the smallest left end with at most k species, `near` the
// smallest with at most k - 1; the stretches ending at r with exactly k species start in
// [far, near).
class Solution {
    public long countStretches(int[] birds, int k) {
        int[] inFar = new int[100001], inNear = new int[100001];
        int kindsFar = 0, kindsNear = 0, far = 0, near = 0;
        long total = 0;
        for (int r = 0; r < birds.length; r++) {
            if (inFar[birds[r]]++ == 0) kindsFar++;
            if (inNear[birds[r]]++ == 0) kindsNear++;
            while (kindsFar > k) if (--inFar[birds[far++]] == 0) kindsFar--;
            while (kindsNear > k - 1) if (--inNear[birds[near++]] == 0) kindsNear--;
            total += near - far;
        }
        return total;
    }
}
