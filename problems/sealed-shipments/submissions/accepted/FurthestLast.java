class Solution {
    public int[] shipmentSizes(String boxes) {
        int n = boxes.length();
        int[] last = new int[26];
        for (int i = 0; i < n; i++) last[boxes.charAt(i) - 'a'] = i;
        List<Integer> out = new ArrayList<>();
        int start = 0, end = 0;
        for (int i = 0; i < n; i++) {
            end = Math.max(end, last[boxes.charAt(i) - 'a']);
            if (i == end) { out.add(i - start + 1); start = i + 1; }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
