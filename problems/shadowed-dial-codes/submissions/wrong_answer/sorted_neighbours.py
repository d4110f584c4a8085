# Sorts the codes and compares each one with its neighbour only. Every code with a prefix in
# the list does sort after it, but the code just before it need not be that prefix:
# ["3","30","31"] leaves "31" next to "30", and "3" is not checked.
class Solution:
    def countShadowed(self, codes: List[str]) -> int:
        ordered = sorted(codes)
        return sum(1 for i in range(1, len(ordered)) if ordered[i].startswith(ordered[i - 1]))
