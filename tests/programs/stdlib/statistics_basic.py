# statistics: exact means and variances with CPython result types, medians, modes, quantiles, harmonic/geometric means, errors.
import statistics as st
data = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
print(st.mean(data), st.mean([1, 2, 3]), st.mean([0.1, 0.2, 0.3]), st.fmean([1, 2, 4]), st.mean([1, 2.5]))
print(st.median(data), st.median([3, 1, 2]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.mode([1, 2, 2, 3, 3, 3, 4]), st.mode(["a", "b", "b"]), st.multimode([1, 1, 2, 2, 3]), st.multimode([]))
print(st.variance(data), st.pvariance(data), st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pvariance([0, 0, 1, 1]))
print(st.stdev(data), st.pstdev(data), st.stdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.quantiles(data, n=4), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], n=10, method="inclusive"))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3]), round(st.geometric_mean([54, 24, 36]), 9), st.variance([1, 2, 3, 4]))
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.median([]), lambda: st.mode([])]:
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError:", e)
