class Solution {
    public String eraseToSmallest(String digits, int k) {
        StringBuilder stack = new StringBuilder();
        for (char d : digits.toCharArray()) {
            while (k > 0 && stack.length() > 0 && stack.charAt(stack.length() - 1) > d) {
                stack.setLength(stack.length() - 1);
                k--;
            }
            stack.append(d);
        }
        stack.setLength(stack.length() - k);
        int start = 0;
        while (start < stack.length() && stack.charAt(start) == '0') start++;
        return start == stack.length() ? "0" : stack.substring(start);
    }
}
