from ..sensors import scale
from . import crc

BAUD = 115200


def send(text: str) -> str:
    return f"uart@{BAUD}: {text} crc={crc.crc8(text)} scaled={scale(len(text))}"
