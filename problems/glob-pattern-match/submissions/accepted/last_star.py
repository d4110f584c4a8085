class Solution:
    def globMatch(self, name: str, pattern: str) -> bool:
        i = j = 0                  # positions in name and pattern
        star, mark = -1, 0         # the last star seen, and where in name it started
        while i < len(name):
            if j < len(pattern) and (pattern[j] == "?" or pattern[j] == name[i]):
                i += 1
                j += 1
            elif j < len(pattern) and pattern[j] == "*":
                star, mark = j, i  # let it match nothing for now
                j += 1
            elif star >= 0:
                mark += 1          # back up: the last star takes one more character
                i, j = mark, star + 1
            else:
                return False
        return all(c == "*" for c in pattern[j:])
