// esbuild plugin for the invoice reader's bundle: its tables carry their examples beside each row, and those examples
// run as tests only (tests/connectors/gmail/*); nothing reads them when an email is read. They are about a fifth of the
// reader's source, so the shipped worker leaves them out: each `examples: …` value becomes `0`. The TypeScript
// parser finds them, so a string that merely says "examples:" is left alone.
import { readFile } from "node:fs/promises";
import ts from "typescript";

const TABLES = /[\\/]src[\\/]connectors[\\/]gmail[\\/]invoice[\\/][^\\/]+\.ts$/;

/** The source with every `examples` property's value replaced by `0`. */
export function stripExamples(source, fileName) {
	const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
	const cuts = [];
	const visit = (node) => {
		if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === "examples") {
			cuts.push([node.initializer.getStart(file), node.initializer.end]);
			return;
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	let out = source;
	for (const [start, end] of cuts.reverse()) out = `${out.slice(0, start)}0${out.slice(end)}`;
	return out;
}

/** @returns {import("esbuild").Plugin} */
export function stripInvoiceExamples() {
	return {
		name: "strip-invoice-examples",
		setup(build) {
			build.onLoad({ filter: TABLES }, async (args) => ({ contents: stripExamples(await readFile(args.path, "utf8"), args.path), loader: "ts" }));
		},
	};
}
