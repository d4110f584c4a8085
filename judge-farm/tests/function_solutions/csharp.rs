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
        invert_tree: "if (root != null) {\n    TreeNode left = root.left;\n    root.left = InvertTree(root.right);\n    \
                      root.right = InvertTree(left);\n}\nreturn root;",
    },
    two_sum: r#"
using System.Collections.Generic;

public class Solution {
    public int[] TwoSum(int[] nums, int target) {
        var seen = new Dictionary<int, int>();
        for (int i = 0; i < nums.Length; i++) {
            int j;
            if (seen.TryGetValue(target - nums[i], out j)) return new[] { j, i };
            seen[nums[i]] = i;
        }
        return new int[0];
    }
}
"#,
    two_sum_wrong: r#"
public class Solution {
    static readonly int Early = Console.In.ReadToEnd().Length;

    public int[] TwoSum(int[] nums, int target) {
        Console.WriteLine("debug " + target);
        Console.WriteLine("early " + Early);
        Console.WriteLine("0123456789abcdef0123456789abcdef 0 [9,9]");
        Console.WriteLine("stdin " + Console.In.ReadToEnd().Length);
        Console.Error.WriteLine("to stderr");
        if (target < 0) throw new InvalidOperationException("boom");
        return new[] { 0, 0 };
    }
}
"#,
    merge: r#"
public class Solution {
    public void Merge(int[] nums1, int m, int[] nums2, int n) {
        while (n > 0) {
            if (m > 0 && nums1[m - 1] > nums2[n - 1]) nums1[m + n - 1] = nums1[--m];
            else nums1[m + n - 1] = nums2[--n];
        }
    }
}
"#,
};
