class Solution:
    def foldChain(self, head: Optional[ListNode]) -> Optional[ListNode]:
        slow = fast = head
        while fast.next and fast.next.next:  # slow ends on the first half's last node
            slow, fast = slow.next, fast.next.next
        second, slow.next = slow.next, None  # cut, so no cycle is left behind
        prev = None
        while second:  # reverse the second half
            second.next, prev, second = prev, second, second.next
        a, b = head, prev
        while b:  # weave; the first half is as long or one longer
            a_next, b_next = a.next, b.next
            a.next, b.next = b, a_next
            a, b = a_next, b_next
        return head
