# A star matches nothing and the scan never goes back to give it more characters.
class Solution:
    def globMatch(self, name: str, pattern: str) -> bool:
        i = j = 0
        while i < len(name):
            if j < len(pattern) and (pattern[j] == "?" or pattern[j] == name[i]):
                i += 1
                j += 1
            elif j < len(pattern) and pattern[j] == "*":
                j += 1
                if j == len(pattern):
                    return True
            else:
                return False
        return all(c == "*" for c in pattern[j:])
