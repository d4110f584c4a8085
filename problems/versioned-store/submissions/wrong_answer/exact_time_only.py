# Answers only when a version was written at exactly the asked time: get("lamp", 7) after a
# set at time 3 returns "" instead of "off".
class VersionedStore:
    def __init__(self):
        self.at = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.at[(key, timestamp)] = value

    def get(self, key: str, timestamp: int) -> str:
        return self.at.get((key, timestamp), "")
