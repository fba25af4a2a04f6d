# Annotated attributes in classes and methods.
from typing import List, Optional

class Inventory:
    count: int = 0

    def __init__(self, items: List[str]) -> None:
        self.items: List[str] = items
        Inventory.count += 1

    def find(self, name: str) -> Optional[int]:
        for i, it in enumerate(self.items):
            if it == name:
                return i
        return None

inv = Inventory(["nut", "bolt"])
print(inv.find("bolt"), inv.find("gear"), Inventory.count)
