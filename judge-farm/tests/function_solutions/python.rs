use super::{Echo, Solutions};

pub const SOLUTIONS: Solutions = Solutions {
    echo: Echo {
        field: None,
        prefix: &["self.sum = start"],
        echo: "return x",
        echo_nested: None,
        add: "self.sum += x",
        total: "return self.sum",
        reverse_list: "prev = None\nwhile head:\n    head.next, prev, head = prev, head, head.next\nreturn prev",
        invert_tree: "if root:\n    root.left, root.right = self.invertTree(root.right), self.invertTree(root.left)\nreturn root",
    },
    two_sum: r#"
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
"#,
    two_sum_wrong: r#"
import os
import sys

early = len(sys.stdin.read())

class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        print("debug", target)
        print("early", early)
        print("0123456789abcdef0123456789abcdef 0 [9,9]")
        print("stdin", len(os.read(0, 100)))
        print("to stderr", file=sys.stderr)
        if target < 0:
            raise ValueError("boom")
        return [0, 0]
"#,
    merge: r#"
class Solution:
    def merge(self, nums1: List[int], m: int, nums2: List[int], n: int) -> None:
        while n > 0:
            if m > 0 and nums1[m - 1] > nums2[n - 1]:
                nums1[m + n - 1] = nums1[m - 1]
                m -= 1
            else:
                nums1[m + n - 1] = nums2[n - 1]
                n -= 1
"#,
};
