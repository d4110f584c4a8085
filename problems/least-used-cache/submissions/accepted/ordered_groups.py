class LeastUsedCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.value = {}
        self.count = {}
        self.groups = defaultdict(OrderedDict)  # use count -> keys, oldest last use first
        self.low = 0                            # the smallest count with keys

    def _use(self, key):
        f = self.count[key]
        del self.groups[f][key]
        if not self.groups[f] and self.low == f:
            self.low = f + 1
        self.count[key] = f + 1
        self.groups[f + 1][key] = None

    def get(self, key: int) -> int:
        if key not in self.value:
            return -1
        self._use(key)
        return self.value[key]

    def put(self, key: int, value: int) -> None:
        if key in self.value:
            self.value[key] = value
            self._use(key)  # replacing a value is a use
            return
        if len(self.value) == self.capacity:
            victim, _ = self.groups[self.low].popitem(last=False)
            del self.value[victim], self.count[victim]
        self.value[key] = value
        self.count[key] = 1
        self.groups[1][key] = None
        self.low = 1
