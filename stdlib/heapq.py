"""heapq for Taipan: the heap queue algorithm on plain lists.

Written for Taipan from the Python library reference (issue #6, decision
0020). The sift operations follow the same algorithm as CPython's (push
sifts the new item toward the root; pop moves the smaller child up to a leaf
and then sifts the last item back), so heaps have the same layout and print
the same; nsmallest and nlargest are the stable sorts the reference defines
them as; merge is lazy and, on ties, takes the earlier iterable first.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop']


def _check(heap, fname):
    if not isinstance(heap, list):
        raise TypeError(f"{fname}() argument 1 must be list, not {type(heap).__name__}")


def _sift_toward_root(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_to_leaf(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def heappush(heap, item):
    _check(heap, "heappush")
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    _check(heap, "heappop")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_to_leaf(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    _check(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0)
    return smallest


def heappushpop(heap, item):
    _check(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_to_leaf(heap, 0)
    return item


def heapify(x):
    _check(x, "heapify")
    for i in reversed(range(len(x) // 2)):
        _sift_to_leaf(x, i)


def merge(*iterables, key=None, reverse=False):
    its = [iter(it) for it in iterables]
    heads = []
    for i, it in enumerate(its):
        for value in it:
            heads.append([value if key is None else key(value), i, value])
            break
    while heads:
        best = 0
        for k in range(1, len(heads)):
            a = heads[k][0]
            b = heads[best][0]
            if (b < a) if reverse else (a < b):
                best = k
        entry = heads[best]
        yield entry[2]
        for value in its[entry[1]]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            break
        else:
            del heads[best]


def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
