// Two passes: count each colour, then rewrite the array.
class Solution {
    public void sortFlags(int[] flags) {
        int[] count = new int[3];
        for (int f : flags) count[f]++;
        int i = 0;
        for (int colour = 0; colour < 3; colour++)
            for (int c = 0; c < count[colour]; c++) flags[i++] = colour;
    }
}
