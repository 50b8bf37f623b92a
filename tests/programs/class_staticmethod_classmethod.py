# Alternate constructors with @classmethod and helpers with @staticmethod.
class Color:
    def __init__(self, r: int, g: int, b: int) -> None:
        self.r = Color.clamp(r)
        self.g = Color.clamp(g)
        self.b = Color.clamp(b)

    @staticmethod
    def clamp(v: int) -> int:
        return 0 if v < 0 else 255 if v > 255 else v

    @classmethod
    def from_hex(cls, text: str) -> "Color":
        text = text.lstrip("#")
        return cls(int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))

    @classmethod
    def grey(cls, level: int) -> "Color":
        return cls(level, level, level)

    def to_rgb565(self) -> int:
        return ((self.r >> 3) << 11) | ((self.g >> 2) << 5) | (self.b >> 3)

    def __str__(self) -> str:
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"


for c in [Color(300, -5, 128), Color.from_hex("#1e90ff"), Color.grey(200)]:
    print(c, hex(c.to_rgb565()))
print(Color.clamp(1000), Color.clamp(-1))
try:
    Color.from_hex("#zz0000")
except ValueError as e:
    print("ValueError:", e)
