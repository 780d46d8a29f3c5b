// The worker's bundled code as text, made by the build (esbuild.config.mjs); main.js carries it, Obsidian's window never
// runs it.
declare module "invoice-reader-worker-source" {
	const source: string;
	export default source;
}
