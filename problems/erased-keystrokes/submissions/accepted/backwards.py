class Solution:
    def sameText(self, first: str, second: str) -> bool:
        def next_letter(s, i):
            """The index of the last surviving letter at or before i, or -1."""
            skip = 0
            while i >= 0:
                if s[i] == "#":
                    skip += 1
                elif skip:
                    skip -= 1
                else:
                    return i
                i -= 1
            return -1

        i, j = len(first) - 1, len(second) - 1
        while True:
            i, j = next_letter(first, i), next_letter(second, j)
            if i < 0 or j < 0:
                return i < 0 and j < 0
            if first[i] != second[j]:
                return False
            i, j = i - 1, j - 1
