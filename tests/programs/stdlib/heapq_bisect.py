# heapq (same heap layouts as CPython, merge, nsmallest/nlargest, errors) and bisect (lo/hi/key, insort).
import heapq, bisect
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 3, 0, 6]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(4)], h)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 5, 5]
heapq.heapify(data)
print(data, heapq.heapreplace(data, 10), data, heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.nsmallest(3, [5, 1, 4, 1, 3]), heapq.nlargest(2, ["a", "ccc", "bb"], key=len), heapq.nlargest(0, [1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge(["a", "cc"], ["bb", "ddd"], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)), list(heapq.merge()))
pq = []
for pri, task in [(2, "write"), (1, "read"), (3, "test"), (1, "alpha")]:
    heapq.heappush(pq, (pri, task))
print([heapq.heappop(pq) for _ in range(len(pq))])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print("TypeError:", e)
a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 10), bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3))
bisect.insort(a, 5); bisect.insort_left(a, 4); bisect.insort_right(a, 4)
print(a)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("z", 4), key=lambda r: r[1])
print(recs)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print("ValueError:", e)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
rng = [((i * 7919) % 101) for i in range(60)]
h2 = []
for v in rng:
    heapq.heappush(h2, v)
print(h2[:20], sorted(rng) == [heapq.heappop(h2) for _ in range(len(rng))])
