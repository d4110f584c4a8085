class Solution:
    def isPalindromeChain(self, head: Optional[ListNode]) -> bool:
        slow = fast = head
        while fast and fast.next:  # slow ends at the middle
            slow, fast = slow.next, fast.next.next
        prev = None
        while slow:  # reverse the second half in place
            slow.next, prev, slow = prev, slow, slow.next
        left, right = head, prev
        while right:
            if left.val != right.val:
                return False
            left, right = left.next, right.next
        return True
