// Superseded by the small ports in src/core/engine-ports.ts: a part names the few it uses (VaultNotes, AuditTrail…).
// The old name stays one release as an alias, so code written against it (branches in flight) still compiles.
import type { EngineParts } from "../engine-ports";

/** @deprecated Name the ports the part uses (see src/core/engine-ports.ts); EngineParts only where all are handed on. */
export type WorkflowDeps = EngineParts;
