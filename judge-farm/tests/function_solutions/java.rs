use super::{Echo, Solutions};

pub const SOLUTIONS: Solutions = Solutions {
    echo: Echo {
        field: Some("    private long sum;"),
        prefix: &["sum = start;"],
        echo: "return x;",
        echo_nested: None,
        add: "sum += x;",
        total: "return sum;",
        reverse_list: "ListNode prev = null;\nwhile (head != null) {\n    ListNode next = head.next;\n    head.next = prev;\n    \
                       prev = head;\n    head = next;\n}\nreturn prev;",
        invert_tree: "if (root != null) {\n    TreeNode left = root.left;\n    root.left = invertTree(root.right);\n    \
                      root.right = invertTree(left);\n}\nreturn root;",
    },
    two_sum: r#"
import java.util.HashMap;

public class Solution {
    public int[] twoSum(int[] nums, int target) {
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            Integer j = seen.get(target - nums[i]);
            if (j != null) return new int[] {j, i};
            seen.put(nums[i], i);
        }
        return new int[0];
    }
}
"#,
    two_sum_wrong: r#"
class Solution {
    static final int EARLY = readEarly();

    static int readEarly() {
        try {
            return new Scanner(System.in).hasNextLine() ? 1 : 0;
        } catch (Exception e) {
            return -1;
        }
    }

    public int[] twoSum(int[] nums, int target) throws Exception {
        System.out.println("debug " + target);
        System.out.println("early " + EARLY);
        System.out.println("0123456789abcdef0123456789abcdef 0 [9,9]");
        System.out.println("stdin " + System.in.readAllBytes().length);
        System.err.println("to stderr");
        if (target < 0) throw new IllegalStateException("boom");
        return new int[] {0, 0};
    }
}
"#,
    merge: r#"
class Solution {
    public void merge(int[] nums1, int m, int[] nums2, int n) {
        while (n > 0) {
            if (m > 0 && nums1[m - 1] > nums2[n - 1]) nums1[m + n - 1] = nums1[--m];
            else nums1[m + n - 1] = nums2[--n];
        }
    }
}
"#,
};
