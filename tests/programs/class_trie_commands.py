# A trie of command names for prefix completion, children in a dict.
class TrieNode:
    def __init__(self) -> None:
        self.children: dict[str, TrieNode] = {}
        self.terminal = False


class Trie:
    def __init__(self) -> None:
        self.root = TrieNode()
        self.count = 0

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            if ch not in node.children:
                node.children[ch] = TrieNode()
            node = node.children[ch]
        if not node.terminal:
            node.terminal = True
            self.count += 1

    def complete(self, prefix: str) -> list[str]:
        node = self.root
        for ch in prefix:
            nxt = node.children.get(ch)
            if nxt is None:
                return []
            node = nxt
        out: list[str] = []
        self._collect(node, prefix, out)
        return sorted(out)

    def _collect(self, node: TrieNode, prefix: str, out: list[str]) -> None:
        if node.terminal:
            out.append(prefix)
        for ch, child in node.children.items():
            self._collect(child, prefix + ch, out)


t = Trie()
for cmd in ["reset", "read", "reboot", "write", "wipe", "rd", "read"]:
    t.insert(cmd)
print(t.count)
for p in ["re", "r", "w", "x", "", "reboot"]:
    print(repr(p), t.complete(p))
