// Import cycle check for CI: every relative import under src/ (type-only ones too, since a type cycle still ties two
// modules' meanings together) forms a graph; any strongly connected group of files is a cycle and fails the run.
// Uses the TypeScript compiler the project already has, so the check adds no dependency.
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** Every .ts file under `dir`, as absolute paths. */
function sourceFiles(dir) {
	const out = [];
	for (const name of readdirSync(dir)) {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
		else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push(full);
	}
	return out;
}

/** The file a relative specifier names (./x → x.ts or x/index.ts), or null for packages and non-TypeScript files. */
function resolve(from, specifier, known) {
	if (!specifier.startsWith(".")) return null;
	const base = path.resolve(path.dirname(from), specifier);
	for (const candidate of [base, `${base}.ts`, path.join(base, "index.ts")]) if (known.has(candidate)) return candidate;
	return null;
}

/** The import graph: file → files it imports. */
export function importGraph(root) {
	const files = sourceFiles(root);
	const known = new Set(files);
	const graph = new Map();
	for (const file of files) {
		const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
		const targets = info.importedFiles.map((f) => resolve(file, f.fileName, known)).filter((t) => t !== null);
		graph.set(file, [...new Set(targets)]);
	}
	return graph;
}

/** Groups of two or more files that import each other (directly or around a loop), and files that import themselves. */
export function findCycles(graph) {
	// Tarjan's strongly connected components, iterative so deep graphs do not overflow the stack.
	let index = 0;
	const indexOf = new Map();
	const low = new Map();
	const onStack = new Set();
	const stack = [];
	const cycles = [];
	for (const start of graph.keys()) {
		if (indexOf.has(start)) continue;
		const work = [{ node: start, next: 0 }];
		indexOf.set(start, index);
		low.set(start, index++);
		stack.push(start);
		onStack.add(start);
		while (work.length > 0) {
			const frame = work[work.length - 1];
			const edges = graph.get(frame.node) ?? [];
			if (frame.next < edges.length) {
				const to = edges[frame.next++];
				if (!indexOf.has(to)) {
					indexOf.set(to, index);
					low.set(to, index++);
					stack.push(to);
					onStack.add(to);
					work.push({ node: to, next: 0 });
				} else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node), indexOf.get(to)));
				continue;
			}
			work.pop();
			if (work.length > 0) {
				const parent = work[work.length - 1].node;
				low.set(parent, Math.min(low.get(parent), low.get(frame.node)));
			}
			if (low.get(frame.node) !== indexOf.get(frame.node)) continue;
			const group = [];
			let member;
			do {
				member = stack.pop();
				onStack.delete(member);
				group.push(member);
			} while (member !== frame.node);
			if (group.length > 1 || (graph.get(frame.node) ?? []).includes(frame.node)) cycles.push(group.sort());
		}
	}
	return cycles;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const root = path.resolve(process.argv[2] ?? "src");
	const graph = importGraph(root);
	const cycles = findCycles(graph);
	if (cycles.length === 0) {
		console.log(`No import cycles among ${graph.size} files under ${path.relative(process.cwd(), root) || "."}.`);
	} else {
		console.error(`${cycles.length} import cycle(s) under ${path.relative(process.cwd(), root) || "."}: each group imports itself around a loop.`);
		console.error("Break each one: let one side take a narrow interface (a port) instead of importing the other.");
		for (const group of cycles) console.error(`- ${group.map((f) => path.relative(process.cwd(), f)).join(" ↔ ")}`);
		process.exitCode = 1;
	}
}
