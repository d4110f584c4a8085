use super::{Echo, Solutions};

pub const SOLUTIONS: Solutions = Solutions {
    echo: Echo {
        field: None,
        prefix: &["sum int64", "return Echo{sum: start}"],
        echo: "return x",
        echo_nested: None,
        add: "this.sum += x",
        total: "return this.sum",
        reverse_list: "var prev *ListNode\nfor head != nil {\n    next := head.Next\n    head.Next = prev\n    \
                       prev, head = head, next\n}\nreturn prev",
        invert_tree: "if root != nil {\n    root.Left, root.Right = this.InvertTree(root.Right), this.InvertTree(root.Left)\n}\nreturn root",
    },
    two_sum: r#"
func twoSum(nums []int, target int) []int {
    seen := map[int]int{}
    for i, x := range nums {
        if j, ok := seen[target-x]; ok {
            return []int{j, i}
        }
        seen[x] = i
    }
    return nil
}
"#,
    two_sum_wrong: r#"
package main

import (
    "fmt"
    "io"
    "os"
)

var early, _ = io.ReadAll(os.Stdin)

func twoSum(nums []int, target int) []int {
    fmt.Println("debug", target)
    fmt.Println("early", len(early))
    fmt.Println("0123456789abcdef0123456789abcdef 0 [9,9]")
    rest, _ := io.ReadAll(os.Stdin)
    fmt.Println("stdin", len(rest))
    fmt.Fprintln(os.Stderr, "to stderr")
    if target < 0 {
        panic("boom")
    }
    return []int{0, 0}
}
"#,
    merge: r#"
func merge(nums1 []int, m int, nums2 []int, n int) {
    for n > 0 {
        if m > 0 && nums1[m-1] > nums2[n-1] {
            nums1[m+n-1] = nums1[m-1]
            m--
        } else {
            nums1[m+n-1] = nums2[n-1]
            n--
        }
    }
}
"#,
};
