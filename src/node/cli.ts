// Entry of dist/cli.cjs (`npx ai-employee`): runs main when the bundle is loaded and turns its result into the exit code.
import { setTimeout } from "node:timers";
import { main } from "./main";

void main(process.argv.slice(2), process.env).then(
	(code) => {
		process.exitCode = code;
		// Everything is stopped by now; if a stray handle still holds the process open, do not hang a service manager.
		setTimeout(() => process.exit(code), 3000).unref();
	},
	(err: unknown) => {
		process.stderr.write(`AI Employee crashed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
		process.exit(1);
	},
);
