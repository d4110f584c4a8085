# Wrong: decides that the plan works as soon as some sticker has no rule before it. A cycle
# elsewhere (example 2) still makes the plan impossible.
class Solution:
    def canLayer(self, rules: List[List[str]]) -> bool:
        if not rules:
            return True
        held = {y for _, y in rules}
        return any(x not in held for x, _ in rules)
