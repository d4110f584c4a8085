class Solution:
    def addDigitLists(self, a: Optional[ListNode], b: Optional[ListNode]) -> Optional[ListNode]:
        dummy = tail = ListNode()
        carry = 0
        while a or b or carry:  # a final carry needs one more node
            s = carry
            if a:
                s += a.val
                a = a.next
            if b:
                s += b.val
                b = b.next
            carry, digit = divmod(s, 10)
            tail.next = ListNode(digit)
            tail = tail.next
        return dummy.next
