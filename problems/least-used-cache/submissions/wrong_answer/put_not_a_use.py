# Replacing the value of a present key does not count as a use (nor refresh its recency).
class LeastUsedCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.value = {}
        self.count = {}
        self.groups = defaultdict(OrderedDict)
        self.low = 0

    def get(self, key: int) -> int:
        if key not in self.value:
            return -1
        f = self.count[key]
        del self.groups[f][key]
        if not self.groups[f] and self.low == f:
            self.low = f + 1
        self.count[key] = f + 1
        self.groups[f + 1][key] = None
        return self.value[key]

    def put(self, key: int, value: int) -> None:
        if key in self.value:
            self.value[key] = value
            return
        if len(self.value) == self.capacity:
            victim, _ = self.groups[self.low].popitem(last=False)
            del self.value[victim], self.count[victim]
        self.value[key] = value
        self.count[key] = 1
        self.groups[1][key] = None
        self.low = 1
