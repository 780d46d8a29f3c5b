// Runs the registered figures in order and prints each as `name: value unit`.
import { figures } from "./registry.mjs";

/**
 * @param {{ root: string, only: string[], out: (line: string) => void, progress: (line: string) => void }} io
 * @returns {Promise<boolean>} true when a figure failed
 */
export async function runBench({ root, only, out, progress }) {
	let failed = false;
	const chosen = only.length > 0 ? figures.filter((f) => only.includes(f.name)) : figures;
	for (const figure of chosen) {
		progress(`bench: ${figure.name} …`);
		const started = performance.now();
		try {
			const value = await figure.measure({ root, progress });
			out(`${figure.name}: ${value.toFixed(figure.decimals ?? 1)} ${figure.unit}`);
			progress(`bench: ${figure.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
		} catch (err) {
			failed = true;
			progress(`bench: ${figure.name} FAILED: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
		}
	}
	return failed;
}
