class Channel:
    def __init__(self) -> None:
        self.gain = 1

    def reset(self) -> None:
        self.gain = "unity"


Channel().reset()
# error: 6:9: field 'gain' of type int cannot hold a str
