# Ignores case but keeps spaces and punctuation: "Step on no pets!" is then not a mirror.
class Solution:
    def isMirrorPhrase(self, s: str) -> bool:
        t = s.lower()
        return t == t[::-1]
