class Solution:
    def advanceCarousel(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        if head is None:
            return None
        n, tail = 1, head
        while tail.next:  # count the nodes and find the last one
            n, tail = n + 1, tail.next
        s = k % n  # full laps change nothing
        if s == 0:
            return head
        tail.next = head  # close the ring
        new_tail = head
        for _ in range(n - s - 1):
            new_tail = new_tail.next
        new_head, new_tail.next = new_tail.next, None  # cut it after the new tail
        return new_head
