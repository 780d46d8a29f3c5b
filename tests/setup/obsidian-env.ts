// Vitest setup for tests that need Obsidian: Obsidian's globals and prototype helpers on top of jsdom.
// (The `obsidian` module itself is aliased to obsidian-test-mocks in vitest.config.ts.)
import { installObsidianGlobals } from "./obsidian-globals";
import { installWebWorkers } from "./web-worker";

installObsidianGlobals();
installWebWorkers();
