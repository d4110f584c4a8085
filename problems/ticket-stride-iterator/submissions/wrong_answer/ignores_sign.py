# Always tests cur < stop, as if step were positive: a falling stride (step < 0) whose start
# is above stop looks empty, and one starting below stop never ends.
class StrideIterator:
    def __init__(self, start: int, stop: int, step: int):
        self.cur, self.stop, self.step = start, stop, step

    def next(self) -> int:
        value = self.cur
        self.cur += self.step
        return value

    def hasNext(self) -> bool:
        return self.cur < self.stop
