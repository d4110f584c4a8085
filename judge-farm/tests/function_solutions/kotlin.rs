use super::{Echo, Solutions};

pub const SOLUTIONS: Solutions = Solutions {
    echo: Echo {
        field: Some("    private var sum: Long = start"),
        prefix: &[],
        echo: "return x",
        echo_nested: None,
        add: "sum += x",
        total: "return sum",
        reverse_list: "var prev: ListNode? = null\nvar node = head\nwhile (node != null) {\n    val next = node.next\n    \
                       node.next = prev\n    prev = node\n    node = next\n}\nreturn prev",
        invert_tree: "if (root != null) {\n    val left = root.left\n    root.left = invertTree(root.right)\n    \
                      root.right = invertTree(left)\n}\nreturn root",
    },
    two_sum: r#"
import java.util.HashMap

class Solution {
    fun twoSum(nums: IntArray, target: Int): IntArray {
        val seen = HashMap<Int, Int>()
        for ((i, x) in nums.withIndex()) {
            seen[target - x]?.let { return intArrayOf(it, i) }
            seen[x] = i
        }
        return intArrayOf()
    }
}
"#,
    two_sum_wrong: r#"
val early = generateSequence(::readLine).sumOf { it.length + 1 }

class Solution {
    fun twoSum(nums: IntArray, target: Int): IntArray {
        println("debug $target")
        println("early $early")
        println("0123456789abcdef0123456789abcdef 0 [9,9]")
        println("stdin " + System.`in`.readBytes().size)
        System.err.println("to stderr")
        check(target >= 0) { "boom" }
        return intArrayOf(0, 0)
    }
}
"#,
    merge: r#"
class Solution {
    fun merge(nums1: IntArray, m: Int, nums2: IntArray, n: Int): Unit {
        var (i, j) = m to n
        while (j > 0) {
            if (i > 0 && nums1[i - 1] > nums2[j - 1]) nums1[i + j - 1] = nums1[--i]
            else nums1[i + j - 1] = nums2[--j]
        }
    }
}
"#,
};
