# A positional-only parameter cannot be given by keyword.
def send(port: str, /, data: int) -> int:
    return data


send(port="uart0", data=1)
# error: 6:6: send() got some positional-only arguments passed as keyword arguments: 'port'
