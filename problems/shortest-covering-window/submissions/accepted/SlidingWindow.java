// The classic two-index window with counts in int[128]; `missing` counts what is still short.
class Solution {
    public String shortestCover(String s, String need) {
        int[] wanted = new int[128], have = new int[128];
        for (char c : need.toCharArray()) wanted[c]++;
        int missing = need.length(), left = 0, bestStart = -1, bestLength = Integer.MAX_VALUE;
        for (int right = 0; right < s.length(); right++) {
            char c = s.charAt(right);
            if (have[c]++ < wanted[c]) missing--;
            if (missing > 0) continue;
            while (have[s.charAt(left)] > wanted[s.charAt(left)]) have[s.charAt(left++)]--;
            if (right + 1 - left < bestLength) {
                bestStart = left;
                bestLength = right + 1 - left;
            }
            have[s.charAt(left++)]--;
            missing++;
        }
        return bestStart < 0 ? "" : s.substring(bestStart, bestStart + bestLength);
    }
}
