// Small statistics for the figures: medians resist the odd garbage-collection pause better than means.

/** @param {number[]} values */
export function median(values) {
	if (values.length === 0) throw new Error("median of nothing");
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
